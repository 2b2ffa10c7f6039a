import type { OpenedStore } from '../store/openDatabase';
import type { RevenueRow } from '../ipc/contract/records';

// Revenue by month and payer for managers: what went out on claims that stand (originals and corrections,
// not the replaced or voided ones), what the payers paid and denied, what is still open, and what is
// generated but not yet billed. Billed = paid + denied + open + adjusted (the unpaid part of partial payments).

export function revenueByMonth(opened: OpenedStore, fromMonth: string, toMonth: string): RevenueRow[] {
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
    .all(fromMonth, toMonth) as Omit<RevenueRow, 'unbilledCents'>[];
  const unbilled = opened.sqlite
    .prepare(
      `SELECT substr(b.date, 1, 7) AS month, b.payer_id AS payerId, p.name AS payerName, sum(b.charge_cents) AS cents
       FROM billing_lines b JOIN payers p ON p.id = b.payer_id
       WHERE b.status = 'current' AND b.claim_id IS NULL AND substr(b.date, 1, 7) BETWEEN ? AND ?
       GROUP BY month, b.payer_id`,
    )
    .all(fromMonth, toMonth) as { month: string; payerId: string; payerName: string; cents: number }[];

  const rows = new Map<string, RevenueRow>();
  for (const c of claimed) rows.set(`${c.month}|${c.payerId}`, { ...c, unbilledCents: 0 });
  for (const u of unbilled) {
    const key = `${u.month}|${u.payerId}`;
    const row = rows.get(key) ?? {
      month: u.month,
      payerId: u.payerId,
      payerName: u.payerName,
      billedCents: 0,
      paidCents: 0,
      deniedCents: 0,
      openCents: 0,
      adjustedCents: 0,
      claims: 0,
      unbilledCents: 0,
    };
    row.unbilledCents = u.cents;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month) || a.payerName.localeCompare(b.payerName));
}
