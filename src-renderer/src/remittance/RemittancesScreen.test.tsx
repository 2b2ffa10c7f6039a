import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AckView, RemitClaimResult, RemitPostingView } from '../../../src-main/vocabulary';
import { answer, callsTo, invalid } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { RemittancesScreen } from './RemittancesScreen';

const TEXT = 'ISA*00*~GS*HP~ST*835*0001~BPR*I*3300*C*ACH~TRN*1*EFT1215*1512345678~SE*4*0001~GE*1*1~IEA*1*000000101~';

function claim(controlNumber: string, more: Partial<RemitClaimResult>): RemitClaimResult {
  return {
    controlNumber,
    claimKey: 1,
    patientName: 'Lovelace, Ada',
    outcome: 'posted',
    statusCode: '1',
    statusText: 'Processed as primary',
    chargeCents: 210000,
    paidCents: 210000,
    patientResponsibilityCents: 0,
    problem: null,
    claimStatus: 'paid',
    ...more,
  };
}

const paidInFull = claim('000000001', {});
const coinsurance = claim('000000002', {
  claimKey: 2,
  patientName: 'Hopper, Grace',
  paidCents: 100000,
  patientResponsibilityCents: 20000,
  chargeCents: 150000,
  claimStatus: 'partially-paid',
});
const held = claim('000000003', {
  claimKey: 3,
  patientName: 'Turing, Alan',
  outcome: 'held',
  paidCents: 5000,
  problem: 'The service J2540 on 2026-11-03 (835 line 14) matches no line of claim 000000003.',
  claimStatus: 'exported',
});
const unmatched = claim('000000099', {
  claimKey: null,
  patientName: null,
  outcome: 'unmatched',
  statusCode: '4',
  statusText: 'Denied',
  paidCents: 0,
  problem: 'We sent no claim with the control number 000000099.',
  claimStatus: null,
});

function posting(claims: RemitClaimResult[], more: Partial<RemitPostingView> = {}): RemitPostingView {
  const counts = { posted: 0, held: 0, unmatched: 0, 'already-posted': 0 };
  for (const c of claims) counts[c.outcome] += 1;
  return {
    posted: false,
    fileKey: null,
    transactions: [
      {
        payerName: 'ACME HEALTH PLAN',
        traceNumber: 'EFT1215',
        paymentCents: 315000,
        paidOn: '2026-12-15',
        method: 'ACH',
        alreadyPosted: false,
        claims,
        providerAdjustments: [],
      },
    ],
    counts,
    warnings: [],
    ...more,
  };
}

const remitFile = () => new File([TEXT], 'era-1215.835', { type: 'text/plain' });
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Remittances: an 835 previewed, then posted', () => {
  it('reads the chosen file in the page and previews each claim’s outcome, problem and coming status', async () => {
    answer({ 'remittances.preview': posting([paidInFull, held, unmatched]) });
    const { user } = renderPage(<RemittancesScreen />);

    await user.upload(screen.getByLabelText('835 remittance file'), remitFile());

    const table = await screen.findByRole('table', { name: 'Claims in payment EFT1215' });
    expect(callsTo('remittances.preview')).toEqual([{ text: TEXT, fileName: 'era-1215.835' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Preview · 3 claims in 1 payment: 1 to post, 1 held for review, 1 unmatched.');
    expect(screen.getByText('$3,150.00')).toBeInTheDocument();
    expect(screen.getByText(/by ACH on 12\/15\/2026/)).toBeInTheDocument();
    const [, first, second, third] = within(table).getAllByRole('row') as HTMLElement[];
    expect(cells(first!)).toEqual([
      '000000001',
      'Lovelace, Ada',
      'Posted',
      'Processed as primaryCLP02 1',
      '$2,100.00',
      '$2,100.00',
      '$0.00',
      'Paid',
    ]);
    expect(cells(second!)).toEqual([
      '000000003',
      'Turing, Alan',
      'Held for reviewThe service J2540 on 2026-11-03 (835 line 14) matches no line of claim 000000003.',
      'Processed as primaryCLP02 1',
      '$2,100.00',
      '$50.00',
      '$0.00',
      'Exported',
    ]);
    expect(cells(third!)).toEqual([
      '000000099',
      'Not found',
      'UnmatchedWe sent no claim with the control number 000000099.',
      'DeniedCLP02 4',
      '$2,100.00',
      '$0.00',
      '$0.00',
      '—',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Claim becomes' })).toBeInTheDocument();
    expect(callsTo('remittances.post')).toEqual([]);
  });

  it('posts the same text and file name, then shows what was posted instead of the preview', async () => {
    answer({
      'remittances.preview': posting([paidInFull, coinsurance]),
      'remittances.post': posting([paidInFull, coinsurance], { posted: true, fileKey: 7 }),
    });
    const { user } = renderPage(<RemittancesScreen />);
    await user.upload(screen.getByLabelText('835 remittance file'), remitFile());

    await user.click(await screen.findByRole('button', { name: 'Post this remittance' }));

    expect(await screen.findByText('Posted era-1215.835: 2 claims in 1 payment: 2 posted.')).toHaveAttribute('role', 'status');
    expect(callsTo('remittances.post')).toEqual([{ text: TEXT, fileName: 'era-1215.835' }]);
    expect(screen.queryByRole('button', { name: 'Post this remittance' })).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Claims in payment EFT1215' });
    expect(within(table).getByRole('columnheader', { name: 'Claim status' })).toBeInTheDocument();
    expect(within(table).getByText('Partially paid')).toBeInTheDocument();
    expect(within(table).getByText('$200.00')).toBeInTheDocument();
  });

  it('offers nothing to post when every payment in the file was posted before (RM-4)', async () => {
    const again = claim('000000001', { outcome: 'already-posted', problem: 'This payment (trace EFT1215) was posted on 2026-12-15.' });
    const view = posting([again]);
    answer({ 'remittances.preview': { ...view, transactions: [{ ...view.transactions[0]!, alreadyPosted: true }] } });
    const { user } = renderPage(<RemittancesScreen />);
    await user.upload(screen.getByLabelText('835 remittance file'), remitFile());

    expect(await screen.findByRole('button', { name: 'Post this remittance' })).toBeDisabled();
    expect(screen.getAllByText('Already posted')).toHaveLength(2);
    expect(screen.getByText('Every payment in this file was posted before (RM-4).')).toBeInTheDocument();
  });

  it('says at the file picker why a file is not an 835', async () => {
    answer({ 'remittances.preview': invalid([{ path: 'text', message: 'the file holds no ISA segment' }], 'This is not a readable 835') });
    const { user } = renderPage(<RemittancesScreen />);
    const input = screen.getByLabelText('835 remittance file');
    await user.upload(input, remitFile());

    expect(await screen.findByRole('alert')).toHaveTextContent('the file holds no ISA segment');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Post this remittance' })).not.toBeInTheDocument();
  });
});

describe('Remittances: acknowledgments', () => {
  const ack: AckView = {
    kind: '277ca',
    accepted: 1,
    rejected: 1,
    claims: [
      { controlNumber: '000000001', claimKey: 1, status: 'accepted', reasons: [] },
      {
        controlNumber: '000000002',
        claimKey: 2,
        status: 'rejected',
        reasons: ['A7:562 Entity’s National Provider Identifier (NPI)', 'A7:21 Missing or invalid information'],
      },
    ],
    messages: [],
  };

  it('reads a 277CA and lists each claim accepted or rejected with its reasons', async () => {
    answer({ 'acknowledgments.read': ack });
    const { user } = renderPage(<RemittancesScreen />);

    await user.upload(screen.getByLabelText('Acknowledgment file'), new File(['ISA*277~'], 'ack.277', { type: 'text/plain' }));

    const table = await screen.findByRole('table', { name: 'Acknowledged claims' });
    expect(callsTo('acknowledgments.read')).toEqual([{ text: 'ISA*277~', fileName: 'ack.277' }]);
    expect(screen.getByRole('status')).toHaveTextContent('277CA: 1 claim accepted, 1 rejected.');
    const [, accepted, rejected] = within(table).getAllByRole('row') as HTMLElement[];
    expect(cells(accepted!)).toEqual(['000000001', 'Accepted', '—']);
    expect(
      within(rejected!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A7:562 Entity’s National Provider Identifier (NPI)', 'A7:21 Missing or invalid information']);
  });

  it('counts a 999’s transaction sets', async () => {
    answer({ 'acknowledgments.read': { kind: '999', accepted: 2, rejected: 0, claims: [], messages: ['IK5*A: accepted'] } });
    const { user } = renderPage(<RemittancesScreen />);
    await user.upload(screen.getByLabelText('Acknowledgment file'), new File(['ISA*999~'], 'ack.999'));

    expect(await screen.findByRole('status')).toHaveTextContent('999: 2 transaction sets accepted, 0 rejected.');
    expect(screen.getByRole('list', { name: 'Messages in the acknowledgment' })).toHaveTextContent('IK5*A: accepted');
    expect(screen.queryByRole('table', { name: 'Acknowledged claims' })).not.toBeInTheDocument();
  });
});
