import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AGING_BUCKETS, type AgingBucket, type AgingRow } from '../../../src-main/vocabulary';
import { useChannel } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { formatDate } from '../ui/labels';
import { formatCents } from '../ui/money';
import { TableHead } from '../ui/TableHead';
import { BUCKET_LABELS } from './remitLabels';

// Older buckets are darker and redder: the longer a payer owes, the more it needs the biller.
const BUCKET_COLOURS: Record<AgingBucket, string> = {
  '0-30': '#1f6feb',
  '31-60': '#6f9fe8',
  '61-90': '#e3a008',
  '91-120': '#e06c2f',
  '120+': '#c62828',
};

/** The table's foot: each bucket summed over the payers, and the grand total, all in cents. */
export function agingTotals(rows: readonly AgingRow[]): { buckets: Record<AgingBucket, number>; totalCents: number; claims: number } {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, rows.reduce((s, r) => s + r.buckets[b], 0)])) as Record<
    AgingBucket,
    number
  >;
  return {
    buckets,
    totalCents: AGING_BUCKETS.reduce((s, b) => s + buckets[b], 0),
    claims: rows.reduce((s, r) => s + r.claims, 0),
  };
}

/** A/R aging: what each payer still owes by days since the claim went out, with the money not owed by payers. */
export function AgingPanel() {
  const aging = useChannel('aging.report', {});
  if (aging.isPending) return <p className="muted">Reading A/R aging…</p>;
  if (aging.isError) return <ErrorPanel title="A/R aging could not be read" error={aging.error} />;
  const view = aging.data;
  const sums = agingTotals(view.rows);
  // Recharts draws dollars; the table keeps cents and formats them.
  const chart = view.rows.map((r) => ({
    payer: r.payerName,
    ...Object.fromEntries(AGING_BUCKETS.map((b) => [BUCKET_LABELS[b], r.buckets[b] / 100])),
  }));
  return (
    <section className="aging" aria-labelledby="aging-title">
      <div className="card-head">
        <h2 id="aging-title">A/R aging</h2>
        <span className="muted">as of {formatDate(view.asOf)}</span>
      </div>
      <div className="kpis aging-kpis">
        <div className="kpi">
          <span className="kpi-label">Owed by payers</span>
          <span className="kpi-value">{formatCents(sums.totalCents)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">Patient balances</span>
          <span className="kpi-value">{formatCents(view.patientBalanceCents)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">Average days to payment</span>
          <span className="kpi-value">{view.averageDaysToPayment === null ? '—' : view.averageDaysToPayment.toFixed(1)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">Held for review</span>
          <span className="kpi-value">{formatCents(view.heldCents)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">Unapplied</span>
          <span className="kpi-value">{formatCents(view.unappliedCents)}</span>
        </div>
      </div>
      {view.rows.length === 0 ? (
        <p className="empty">No payer owes anything on the claims sent.</p>
      ) : (
        <>
          <div className="card chart-card" role="img" aria-label="A/R aging by payer, stacked by days outstanding">
            <ResponsiveContainer width="100%" height={Math.max(180, 60 + view.rows.length * 48)}>
              <BarChart data={chart} layout="vertical" margin={{ top: 10, right: 24, left: 10, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" tickFormatter={(v: number) => `$${v.toLocaleString('en-US')}`} />
                <YAxis type="category" dataKey="payer" width={170} />
                <Tooltip formatter={(v) => `$${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2 })}`} />
                <Legend />
                {AGING_BUCKETS.map((b) => (
                  <Bar
                    key={b}
                    dataKey={BUCKET_LABELS[b]}
                    stackId="aging"
                    fill={BUCKET_COLOURS[b]}
                    maxBarSize={36}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="grid" aria-label="A/R aging by payer">
            <TableHead columns={['Payer', 'Claims', ...AGING_BUCKETS.map((b) => BUCKET_LABELS[b]), 'Total']} />
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.payerId}>
                  <td>{r.payerName}</td>
                  <td className="num">{r.claims}</td>
                  {AGING_BUCKETS.map((b) => (
                    <td key={b} className="num">
                      {formatCents(r.buckets[b])}
                    </td>
                  ))}
                  <td className="num">{formatCents(r.totalCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>Total</td>
                <td className="num">{sums.claims}</td>
                {AGING_BUCKETS.map((b) => (
                  <td key={b} className="num">
                    {formatCents(sums.buckets[b])}
                  </td>
                ))}
                <td className="num">{formatCents(sums.totalCents)}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </section>
  );
}
