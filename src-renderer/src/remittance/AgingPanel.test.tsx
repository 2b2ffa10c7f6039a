import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AGING_BUCKETS, type AgingBucket, type AgingRow, type AgingView } from '../../../src-main/vocabulary';
import { answer, refuse } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { AgingPanel, agingTotals } from './AgingPanel';

// jsdom has no layout: recharts' ResponsiveContainer only needs ResizeObserver to exist.
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return () => vi.unstubAllGlobals();
});

/** A payer's row: cents owed in each bucket, 0-30 days to over 120, and its total, their sum. */
function agingRow(payerId: string, payerName: string, cents: readonly number[], claims: number): AgingRow {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((k, i) => [k, cents[i]!])) as Record<AgingBucket, number>;
  return { payerId, payerName, buckets, totalCents: cents.reduce((s, c) => s + c, 0), claims };
}

const medicare = agingRow('MCR', 'Medicare Part B', [210000, 9950, 0, 0, 1], 3);
const blueCross = agingRow('BCBS', 'Blue Cross', [4550, 0, 12345, 99, 100], 2);

const view = (rows: AgingRow[], more: Partial<AgingView> = {}): AgingView => ({
  asOf: '2026-12-31',
  rows,
  totals: agingTotals(rows).buckets,
  patientBalanceCents: 3000,
  averageDaysToPayment: 13.5,
  heldCents: 5000,
  unappliedCents: -250,
  ...more,
});

const cells = (tr: HTMLElement) =>
  within(tr)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('A/R aging panel', () => {
  it('sums each bucket over the payers, in cents', () => {
    expect(agingTotals([medicare, blueCross])).toEqual({
      buckets: { '0-30': 214550, '31-60': 9950, '61-90': 12345, '91-120': 99, '120+': 101 },
      totalCents: 237045,
      claims: 5,
    });
    expect(agingTotals([])).toEqual({ buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 }, totalCents: 0, claims: 0 });
  });

  it('makes the grand total the sum of the payers’ totals, whatever the amounts', () => {
    const cents = fc.integer({ min: -1_000_000, max: 100_000_000 });
    const row = fc
      .tuple(cents, cents, cents, cents, cents, fc.nat(50))
      .map(([a, b, c, d, e, claims]) => agingRow('P', 'P', [a, b, c, d, e], claims));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const sums = agingTotals(rows);
        expect(sums.totalCents).toBe(rows.reduce((s, r) => s + r.totalCents, 0));
        expect(sums.claims).toBe(rows.reduce((s, r) => s + r.claims, 0));
      }),
    );
  });

  it('shows each payer by bucket with the totals underneath, and the KPIs', async () => {
    answer({ 'aging.report': view([medicare, blueCross]) });
    renderPage(<AgingPanel />);

    const table = await screen.findByRole('table', { name: 'A/R aging by payer' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Payer', 'Claims', '0–30 days', '31–60 days', '61–90 days', '91–120 days', 'Over 120 days', 'Total']);
    const [, first, second, total] = within(table).getAllByRole('row') as HTMLElement[];
    expect(cells(first!)).toEqual(['Medicare Part B', '3', '$2,100.00', '$99.50', '$0.00', '$0.00', '$0.01', '$2,199.51']);
    expect(cells(second!)).toEqual(['Blue Cross', '2', '$45.50', '$0.00', '$123.45', '$0.99', '$1.00', '$170.94']);
    expect(cells(total!)).toEqual(['Total', '5', '$2,145.50', '$99.50', '$123.45', '$0.99', '$1.01', '$2,370.45']);

    const kpi = (label: string) => screen.getByText(label).closest('.kpi');
    expect(kpi('Owed by payers')).toHaveTextContent('$2,370.45');
    expect(kpi('Patient balances')).toHaveTextContent('$30.00');
    expect(kpi('Average days to payment')).toHaveTextContent('13.5');
    expect(kpi('Held for review')).toHaveTextContent('$50.00');
    expect(kpi('Unapplied')).toHaveTextContent('-$2.50');
    expect(screen.getByRole('img', { name: 'A/R aging by payer, stacked by days outstanding' })).toBeInTheDocument();
    expect(screen.getByText('as of 12/31/2026')).toBeInTheDocument();
  });

  it('says when no payer owes anything, and shows no average before any payment', async () => {
    answer({ 'aging.report': view([], { averageDaysToPayment: null }) });
    renderPage(<AgingPanel />);

    expect(await screen.findByText('No payer owes anything on the claims sent.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Average days to payment').closest('.kpi')).toHaveTextContent('—');
  });

  it('shows why the report could not be read', async () => {
    answer({ 'aging.report': refuse('The database is locked.') });
    renderPage(<AgingPanel />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The database is locked.');
  });
});
