import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LinesPreview } from '../../../src-main/ipc/contract/records';
import { answer, callsTo } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { BillingCalendar } from './BillingCalendar';

type Line = LinesPreview['lines'][number];

const TODAY = '2026-11-24';

const line = (date: string, more: Partial<Line> = {}): Line => ({
  order: 'O1',
  date,
  kind: 'per-diem',
  code: 'S9500',
  modifiers: [],
  units: 1,
  chargeCents: 15000,
  payer: 'MCR',
  rules: ['PD-1'],
  scheduled: date > TODAY,
  ...more,
});

const november: LinesPreview = {
  today: TODAY,
  lines: [
    line('2026-11-23'),
    line('2026-11-23', { kind: 'drug', code: 'J0690', units: 4, chargeCents: 2400, rules: ['DR-1'] }),
    line('2026-11-24', { modifiers: ['SS'], chargeCents: 7500, rules: ['PD-1', 'PD-3'] }),
    line('2026-11-25'),
    line('2026-11-26'),
    line('2026-11-23', { order: undefined, kind: 'nursing', code: '99601', chargeCents: 12500, rules: ['NU-1'] }),
  ],
  findings: [
    { order: 'O1', date: '2026-11-20', rule: 'PA-2', severity: 'warning', message: 'The prior authorization ends on 11/30/2026.' },
  ],
};

/** The calendar cell behind a day's explain button. */
const cellOf = (name: string) => screen.getByRole('button', { name }).closest('td') as HTMLElement;

describe('BillingCalendar', () => {
  it('asks for the lines of the month of today', async () => {
    answer({ 'lines.preview': november });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);

    await screen.findByRole('table', { name: 'Billing calendar' });
    expect(callsTo('lines.preview')).toContainEqual({ patientId: 'P1', from: '2026-11-01', to: '2026-11-30' });
    expect(screen.getByLabelText('Calendar month')).toHaveValue('2026-11');
  });

  it('has a row per order and one for nursing, a column per day of the month', async () => {
    answer({ 'lines.preview': november });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);

    const table = await screen.findByRole('table', { name: 'Billing calendar' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['O1', 'Nursing']);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(1 + 30);
  });

  it('marks days after today as scheduled, a reduced per diem as reduced, the rest as billed', async () => {
    answer({ 'lines.preview': november });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);
    await screen.findByRole('table', { name: 'Billing calendar' });

    expect(cellOf('Explain order O1 on 2026-11-23')).toHaveClass('billed');
    expect(cellOf('Explain order O1 on 2026-11-23')).toHaveTextContent('S9500J0690×4');
    expect(cellOf('Explain order O1 on 2026-11-24')).toHaveClass('reduced');
    expect(cellOf('Explain order O1 on 2026-11-24')).toHaveTextContent('S9500-SS');
    expect(cellOf('Explain nursing on 2026-11-23')).toHaveClass('billed');

    const scheduled = cellOf('Explain order O1 on 2026-11-25 (scheduled)');
    expect(scheduled).toHaveClass('scheduled');
    expect(scheduled).toHaveAttribute('title', 'Scheduled (DS-1): after today, not billable yet\nS9500 $150.00 · PD-1');
    expect(cellOf('Explain order O1 on 2026-11-26 (scheduled)')).toHaveClass('scheduled');
  });

  it('totals what is billable through today apart from what is scheduled after it', async () => {
    answer({ 'lines.preview': november });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);
    await screen.findByRole('table', { name: 'Billing calendar' });

    // 150.00 + 24.00 + 75.00 + 125.00 through today; 2 × 150.00 after it.
    expect(
      screen.getByText(
        '6 lines · $374.00 billable through 2026-11-24 · $300.00 scheduled after today (DS-1), not billable yet · 1 finding(s)',
      ),
    ).toBeInTheDocument();
    const findings = screen.getByRole('list', { name: 'Findings this month' });
    expect(findings).toHaveTextContent('warning PA-2 O1 · The prior authorization ends on 11/30/2026.');
  });

  it('leaves the scheduled part out when nothing is after today', async () => {
    answer({ 'lines.preview': { ...november, lines: november.lines.filter((l) => !l.scheduled), findings: [] } });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);

    expect(await screen.findByText('4 lines · $374.00 billable through 2026-11-24')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Findings this month' })).not.toBeInTheDocument();
  });

  it('explains a day when its cell is clicked', async () => {
    answer({
      'lines.preview': november,
      'lines.explain': [
        {
          subject: 'Per diem S9500 for order O1',
          facts: ['Cefazolin 1 g q8h is due on 11/23/2026'],
          rules: [{ id: 'PD-1', title: 'One per diem per day of therapy', source: 'LCD L33794' }],
        },
      ],
    });
    const { user } = renderPage(<BillingCalendar patientId="P1" today={TODAY} />);
    await screen.findByRole('table', { name: 'Billing calendar' });

    await user.click(screen.getByRole('button', { name: 'Explain order O1 on 2026-11-23' }));

    const panel = screen.getByRole('region', { name: 'Why these lines' });
    expect(within(panel).getByRole('heading', { name: 'Why: order O1 on 11/23/2026' })).toBeInTheDocument();
    expect(await within(panel).findByText('Per diem S9500 for order O1')).toBeInTheDocument();
    expect(callsTo('lines.explain')).toContainEqual({ patientId: 'P1', date: '2026-11-23', order: 'O1' });

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Why these lines' })).not.toBeInTheDocument();
  });

  it('explains a nursing day without an order', async () => {
    answer({ 'lines.preview': november, 'lines.explain': [] });
    const { user } = renderPage(<BillingCalendar patientId="P1" today={TODAY} />);
    await screen.findByRole('table', { name: 'Billing calendar' });

    await user.click(screen.getByRole('button', { name: 'Explain nursing on 2026-11-23' }));

    expect(screen.getByRole('heading', { name: 'Why: nursing on 11/23/2026' })).toBeInTheDocument();
    expect(callsTo('lines.explain')).toContainEqual({ patientId: 'P1', date: '2026-11-23' });
  });

  it('moves to another month', async () => {
    answer({
      'lines.preview': (input) => (input.from === '2026-11-01' ? november : { today: TODAY, lines: [], findings: [] }),
    });
    renderPage(<BillingCalendar patientId="P1" today={TODAY} />);
    await screen.findByRole('table', { name: 'Billing calendar' });

    fireEvent.change(screen.getByLabelText('Calendar month'), { target: { value: '2026-12' } });

    expect(await screen.findByText('Nothing is billed this month.')).toBeInTheDocument();
    expect(callsTo('lines.preview')).toContainEqual({ patientId: 'P1', from: '2026-12-01', to: '2026-12-31' });
    expect(screen.getByText('0 lines · $0.00 billable through 2026-11-24')).toBeInTheDocument();
  });
});
