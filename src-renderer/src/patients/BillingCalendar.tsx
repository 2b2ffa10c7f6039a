import { useState } from 'react';
import {
  addDays,
  daysBetween,
  firstDayOfMonth,
  isoWeekday,
  lastDayOfMonth,
  monthOf,
  parseCalendarDate,
} from '../../../src-main/calendar/calendarDate';
import type { LinesPreview } from '../../../src-main/ipc/contract/records';
import { useChannel } from '../api/channelQueries';
import { severityBadge } from '../ui/labels';
import { formatCents } from '../ui/money';
import { MonthPicker } from '../ui/MonthPicker';
import { ExplainPanel } from './ExplainPanel';

type Line = LinesPreview['lines'][number];

/**
 * A month of one patient's billing, day by day: a row per order (per diem with its modifier, drug units)
 * and one for nursing; each cell names the rules behind it. Computed live, nothing stored.
 */
export function BillingCalendar({ patientId, today }: { patientId: string; today: string }) {
  const [month, setMonth] = useState(monthOf(today));
  const [explain, setExplain] = useState<{ date: string; order?: string } | null>(null);
  const from = firstDayOfMonth(month);
  const to = lastDayOfMonth(month);
  const preview = useChannel('lines.preview', { patientId, from, to }, { placeholderData: (previous) => previous });
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  const lines = preview.data?.lines ?? [];
  const rows = [...new Set(lines.map((l) => (l.kind === 'nursing' ? 'nursing' : (l.order ?? ''))))];
  const cell = (row: string, date: string) => lines.filter((l) => (l.kind === 'nursing' ? 'nursing' : l.order) === row && l.date === date);
  // DS-1: days after today are scheduled, counted apart from what can be billed now.
  const billableNow = lines.filter((l) => !l.scheduled).reduce((sum, l) => sum + l.chargeCents, 0);
  const scheduled = lines.filter((l) => l.scheduled).reduce((sum, l) => sum + l.chargeCents, 0);
  const label = (l: Line) =>
    l.kind === 'drug'
      ? `${l.code}×${l.units}`
      : `${l.code}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''}${l.units > 1 ? `×${l.units}` : ''}`;

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="card-head">
        <h2 id="calendar-title">Billing calendar</h2>
        <MonthPicker label="Month" value={month} onChange={setMonth} ariaLabel="Calendar month" />
      </div>
      {lines.length === 0 ? (
        <p className="muted">Nothing is billed this month.</p>
      ) : (
        <div className="calendar-scroll">
          <table className="billing-calendar" aria-label="Billing calendar">
            <thead>
              <tr>
                <th>Order</th>
                {days.map((d) => (
                  <th key={d} className={isoWeekday(d) >= 6 ? 'weekend' : undefined}>
                    {parseCalendarDate(d)?.day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row}>
                  <th scope="row" className="mono">
                    {row === 'nursing' ? 'Nursing' : row}
                  </th>
                  {days.map((d) => {
                    const here = cell(row, d);
                    return (
                      <td
                        key={d}
                        className={
                          here.length === 0
                            ? undefined
                            : here.every((l) => l.scheduled)
                              ? 'scheduled'
                              : here.some((l) => l.kind === 'per-diem' && l.modifiers.length > 0)
                                ? 'reduced'
                                : 'billed'
                        }
                        title={[
                          ...(here.some((l) => l.scheduled) ? ['Scheduled (DS-1): after today, not billable yet'] : []),
                          ...here.map((l) => `${label(l)} ${formatCents(l.chargeCents)} · ${l.rules.join(' ')}`),
                        ].join('\n')}
                      >
                        {here.length > 0 && (
                          <button
                            type="button"
                            className="cal-button"
                            aria-label={`Explain ${row === 'nursing' ? 'nursing' : `order ${row}`} on ${d}${here.every((l) => l.scheduled) ? ' (scheduled)' : ''}`}
                            onClick={() => setExplain({ date: d, ...(row === 'nursing' ? {} : { order: row }) })}
                          >
                            {here.map((l) => (
                              <div key={`${l.kind}${l.code}`} className={`cal-${l.kind}`}>
                                {label(l)}
                              </div>
                            ))}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {explain && (
        <ExplainPanel
          patientId={patientId}
          date={explain.date}
          {...(explain.order ? { order: explain.order } : {})}
          onClose={() => setExplain(null)}
        />
      )}
      <p className="muted">
        {lines.length} lines · {formatCents(billableNow)} billable through {today}
        {scheduled > 0 ? ` · ${formatCents(scheduled)} scheduled after today (DS-1), not billable yet` : ''}
        {preview.data && preview.data.findings.length > 0 ? ` · ${preview.data.findings.length} finding(s)` : ''}
      </p>
      {preview.data && preview.data.findings.length > 0 && (
        <ul className="plain findings-list" aria-label="Findings this month">
          {preview.data.findings.map((f, i) => (
            <li key={i}>
              <span className={severityBadge(f.severity)}>{f.severity}</span> <span className="rule-tag">{f.rule}</span>{' '}
              {f.order ? `${f.order} · ` : ''}
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
