import type { OpenedStore } from '../store/openDatabase';
import type { RevenueRow } from '../vocabulary';
import { firstDayOfMonth, lastDayOfMonth, monthOf, type CalendarDate } from '../calendar/calendarDate';
import { computeLines } from '../lines/lineService';
import { lineKey } from '../lines/persistLines';

// Revenue by month and payer for managers: what went out on claims that stand (originals and corrections,
// not the replaced or voided ones), what the payers paid and denied, what is still open, and what is
// generated but not yet billed (billable now, or scheduled after today: DS-1). Billed = paid + denied + open + adjusted (the unpaid part of partial payments).

export function revenueByMonth(opened: OpenedStore, today: CalendarDate, fromMonth: string, toMonth: string): RevenueRow[] {
  const claimed = opened.sqlite
    .prepare(
      `SELECT substr(c.from_date, 1, 7) AS month, c.payer_id AS payerId, p.name AS payerName,
              sum(c.total_cents) AS billedCents,
              sum(coalesce(c.paid_cents, 0)) AS paidCents,
              sum(CASE WHEN c.status = 'denied' THEN c.total_cents ELSE 0 END) AS deniedCents,
              sum(CASE WHEN c.status = 'exported' THEN c.total_cents ELSE 0 END) AS openCents,
              sum(CASE WHEN c.status = 'partially-paid' THEN c.total_cents - coalesce(c.paid_cents, 0) ELSE 0 END) AS adjustedCents,
              count(*) AS claims
       FROM claims c JOIN payers p ON p.id = c.payer_id
       WHERE c.frequency IN ('1', '7') AND c.status NOT IN ('replaced', 'voided')
         AND substr(c.from_date, 1, 7) BETWEEN ? AND ?
       GROUP BY month, c.payer_id ORDER BY month, p.name`,
    )
    .all(fromMonth, toMonth) as Omit<RevenueRow, 'unbilledCents' | 'scheduledCents'>[];
  // Not yet billed, from the engine (drafts are never stored): lines on no claim that stands, split by DS-1
  // into what can be billed now (through today) and what is only scheduled (after today).
  const period = { from: firstDayOfMonth(fromMonth), to: lastDayOfMonth(toMonth) };
  const onClaims = new Set(
    (
      opened.sqlite
        .prepare(`SELECT line_key FROM billing_lines WHERE status = 'current' AND claim_id IS NOT NULL AND date BETWEEN ? AND ?`)
        .all(period.from, period.to) as { line_key: string }[]
    ).map((r) => r.line_key),
  );
  const payerNames = new Map(
    (opened.sqlite.prepare('SELECT id, name FROM payers').all() as { id: string; name: string }[]).map((p) => [p.id, p.name]),
  );
  const rows = new Map<string, RevenueRow>();
  for (const c of claimed) rows.set(`${c.month}|${c.payerId}`, { ...c, unbilledCents: 0, scheduledCents: 0 });
  for (const line of computeLines(opened.store, period).lines) {
    if (onClaims.has(lineKey(line))) continue;
    const month = monthOf(line.date);
    const key = `${month}|${line.payer}`;
    const row = rows.get(key) ?? {
      month,
      payerId: line.payer,
      payerName: payerNames.get(line.payer) ?? line.payer,
      billedCents: 0,
      paidCents: 0,
      deniedCents: 0,
      openCents: 0,
      adjustedCents: 0,
      claims: 0,
      unbilledCents: 0,
      scheduledCents: 0,
    };
    if (line.date > today) row.scheduledCents += line.chargeCents;
    else row.unbilledCents += line.chargeCents;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.payerName.localeCompare(b.payerName));
}
