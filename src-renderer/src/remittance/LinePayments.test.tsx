import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LedgerClaim, LedgerLine } from '../../../src-main/vocabulary';
import { LinePayments } from './LinePayments';

// RM-2 on the claim's page: each line's payment and adjustments as the payer sent them, and the claim's totals.

const lines: LedgerLine[] = [
  {
    date: '2026-11-01',
    to: '2026-11-14',
    code: 'S9500',
    modifiers: [],
    units: 14,
    billedCents: 210000,
    paidCents: 180000,
    adjustments: [
      { group: 'CO', reason: '45', cents: 15000 },
      { group: 'PR', reason: '2', cents: 15000 },
    ],
    remarks: [],
  },
  {
    date: '2026-11-03',
    to: '2026-11-03',
    code: 'J2540',
    modifiers: ['JW'],
    units: 2,
    billedCents: 12000,
    paidCents: 0,
    adjustments: [{ group: 'CO', reason: '96', cents: 12000 }],
    remarks: ['N30', 'M80'],
  },
];
const sum = (cents: readonly number[]) => cents.reduce((s, c) => s + c, 0);

/** RM-2: the claim's billed, paid and adjustments are its lines' (no claim-level CAS); the patient owes PR-2. */
const ledger: LedgerClaim = {
  id: '000000002',
  claimKey: 2,
  patient: 'P1',
  patientName: 'Lovelace, Ada',
  payer: 'MCR',
  payerName: 'Medicare Part B',
  rank: 'primary',
  from: '2026-11-01',
  to: '2026-11-14',
  frequency: '1',
  status: 'partially-paid',
  exportedOn: '2026-12-02',
  billedCents: sum(lines.map((l) => l.billedCents)),
  paidCents: sum(lines.map((l) => l.paidCents)),
  patientResponsibilityCents: 15000,
  balanceCents: 0,
  adjustments: lines.flatMap((l) => l.adjustments),
  lines,
};

const cells = (tr: HTMLElement) =>
  within(tr)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('LinePayments', () => {
  it('shows each line’s payment with its adjustments as chips and its remarks, then the claim’s totals', () => {
    render(<LinePayments ledger={ledger} />);

    const table = screen.getByRole('table', { name: 'Line payments' });
    const [, perDiem, drug, foot] = within(table).getAllByRole('row') as HTMLElement[];
    expect(cells(perDiem!)).toEqual(['11/01/2026 – 11/14/2026', 'S9500', '14', '$2,100.00', '$1,800.00', 'CO-45 $150.00PR-2 $150.00', '']);
    expect(cells(drug!)).toEqual(['11/03/2026', 'J2540-JW', '2', '$120.00', '$0.00', 'CO-96 $120.00', 'N30 M80']);
    expect(within(perDiem!).getByText('PR-2 $150.00')).toHaveClass('adjustment-chip', 'group-pr');
    expect(cells(foot!)).toEqual(['Total', '$2,220.00', '$1,800.00', '']);
    const totals = screen.getByLabelText('Claim totals');
    expect([...totals.querySelectorAll('.fact')].map((f) => f.textContent)).toEqual([
      'Billed$2,220.00',
      'Paid$1,800.00',
      'Patient responsibility$150.00',
      'Balance$0.00',
    ]);
    expect(screen.queryByText('No remittance is posted on this claim yet.')).not.toBeInTheDocument();
  });

  it('names the adjustments made on the whole claim, and says when nothing is posted yet', () => {
    const { rerender } = render(
      <LinePayments ledger={{ ...ledger, adjustments: [...ledger.adjustments, { group: 'OA', reason: '23', cents: -500 }] }} />,
    );
    expect(screen.getByText('Claim-level adjustments -$5.00')).toBeInTheDocument();

    const unanswered = ledger.lines.map((l) => ({ ...l, paidCents: 0, adjustments: [], remarks: [] }));
    rerender(
      <LinePayments
        ledger={{ ...ledger, paidCents: 0, adjustments: [], patientResponsibilityCents: 0, balanceCents: 222000, lines: unanswered }}
      />,
    );
    expect(screen.getByText('No remittance is posted on this claim yet.')).toBeInTheDocument();
    expect(screen.queryByText(/Claim-level adjustments/)).not.toBeInTheDocument();
  });
});
