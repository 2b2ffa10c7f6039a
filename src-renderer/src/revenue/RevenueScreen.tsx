import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { addMonths, monthOf } from '../../../src-main/calendar/calendarDate';
import { useChannel } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { formatCents } from '../ui/money';
import { MonthPicker } from '../ui/MonthPicker';
import { PageHead } from '../ui/PageHead';
import { TableHead } from '../ui/TableHead';
import { AgingPanel } from '../remittance/AgingPanel';

/** Managers' view from the ledger: billed, paid, patient responsibility, adjusted, denied, open and not yet billed, by month and payer; A/R aging. */
export function RevenueScreen() {
  const status = useChannel('app.status', {});
  const today = status.data?.today ?? '2026-01-01';
  const [to, setTo] = useState<string | null>(null);
  const last = to ?? monthOf(today);
  const first = addMonths(last, -5);
  const revenue = useChannel('revenue.byMonth', { from: first, to: last }, { enabled: status.isSuccess });
  const rows = revenue.data ?? [];
  const months = Array.from({ length: 6 }, (_, i) => addMonths(last, i - 5));
  const chart = months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    const sum = (k: 'paidCents' | 'patientCents' | 'openCents' | 'deniedCents' | 'unbilledCents' | 'scheduledCents') =>
      inMonth.reduce((s, r) => s + r[k], 0) / 100;
    return {
      month,
      Paid: sum('paidCents'),
      'Patient responsibility': sum('patientCents'),
      Open: sum('openCents'),
      Denied: sum('deniedCents'),
      'Billable now': sum('unbilledCents'),
      'Scheduled (after today)': sum('scheduledCents'),
    };
  });
  const total = (
    k:
      | 'billedCents'
      | 'paidCents'
      | 'patientCents'
      | 'deniedCents'
      | 'correctedDenialsCents'
      | 'openCents'
      | 'adjustedCents'
      | 'unbilledCents'
      | 'scheduledCents',
  ) => rows.reduce((s, r) => s + r[k], 0);
  return (
    <section aria-labelledby="revenue-title">
      <PageHead id="revenue-title" title="Revenue">
        <MonthPicker label="Through" value={last} onChange={setTo} ariaLabel="Last month shown" />
      </PageHead>
      {revenue.isError && <ErrorPanel title="Revenue could not be read" error={revenue.error} />}
      <div className="kpis">
        <Kpi label="Billed" cents={total('billedCents')} />
        <Kpi label="Paid" cents={total('paidCents')} />
        <Kpi label="Patient responsibility" cents={total('patientCents')} />
        <Kpi label="Open with payers" cents={total('openCents')} />
        <Kpi label="Denied" cents={total('deniedCents')} />
        <Kpi label="Contractual adjustments" cents={total('adjustedCents')} />
        <Kpi label="Billable now, not billed" cents={total('unbilledCents')} />
        <Kpi label="Scheduled after today (DS-1)" cents={total('scheduledCents')} />
      </div>
      <div className="card chart-card" aria-label="Revenue by month">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={chart} margin={{ top: 10, right: 20, left: 10, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" />
            <YAxis tickFormatter={(v: number) => `$${v.toLocaleString('en-US')}`} width={80} />
            <Tooltip formatter={(v) => `$${Number(v).toLocaleString('en-US', { minimumFractionDigits: 2 })}`} />
            <Legend />
            <Bar dataKey="Paid" stackId="a" fill="#1a7f37" isAnimationActive={false} />
            <Bar dataKey="Patient responsibility" stackId="a" fill="#8250df" isAnimationActive={false} />
            <Bar dataKey="Open" stackId="a" fill="#1f6feb" isAnimationActive={false} />
            <Bar dataKey="Denied" stackId="a" fill="#c62828" isAnimationActive={false} />
            <Bar dataKey="Billable now" stackId="a" fill="#6f7f98" isAnimationActive={false} />
            <Bar dataKey="Scheduled (after today)" stackId="a" fill="#c3ccd8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="grid" aria-label="Revenue by month and payer">
        <TableHead
          columns={['Month', 'Payer', 'Claims', 'Billed', 'Paid', 'Patient', 'Contractual', 'Denied', 'Open', 'Billable now', 'Scheduled']}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.month}-${r.payerId}`}>
              <td className="nowrap">{r.month}</td>
              <td>{r.payerName}</td>
              <td className="num">{r.claims}</td>
              <td className="num">{formatCents(r.billedCents)}</td>
              <td className="num">{formatCents(r.paidCents)}</td>
              <td className="num">{formatCents(r.patientCents)}</td>
              <td className="num">{formatCents(r.adjustedCents)}</td>
              <td
                className="num"
                title={r.correctedDenialsCents > 0 ? `${formatCents(r.correctedDenialsCents)} of it corrected and resent` : undefined}
              >
                {formatCents(r.deniedCents)}
                {r.correctedDenialsCents > 0 && <span className="muted"> ({formatCents(r.correctedDenialsCents)} resent)</span>}
              </td>
              <td className="num">{formatCents(r.openCents)}</td>
              <td className="num">{formatCents(r.unbilledCents)}</td>
              <td className="num">{formatCents(r.scheduledCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty">Nothing is scheduled or billed in these months.</p>}
      <AgingPanel />
    </section>
  );
}

function Kpi({ label, cents }: { label: string; cents: number }) {
  return (
    <div className="kpi">
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{formatCents(cents)}</span>
    </div>
  );
}
