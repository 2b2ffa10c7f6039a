import { eq } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { figures, isDenied, lineLedgers } from '../remittance/posting/claimLedger';
import { ledgerEntriesOf, sentLines } from '../remittance/sentClaims';
import type { RevenueRow } from '../vocabulary';
import { firstDayOfMonth, lastDayOfMonth, monthOf, type CalendarDate } from '../calendar/calendarDate';
import { computeLines } from '../lines/lineService';
import { lineKey } from '../lines/persistLines';

// Revenue by month and payer for managers: what went out on claims that stand (originals and corrections,
// not the replaced or voided ones), what the payers paid and denied, what is still open, and what is
// generated but not yet billed (billable now, or scheduled after today: DS-1). From the ledger: billed = paid +
// patient responsibility + contractual adjustments + denied + open, over the claims that stand.

export function revenueByMonth(opened: OpenedStore, today: CalendarDate, fromMonth: string, toMonth: string): RevenueRow[] {
  const claimed = claimedByMonth(opened, fromMonth, toMonth);
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
  for (const c of claimed) rows.set(`${c.month}|${c.payerId}`, c);
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
      correctedDenialsCents: 0,
      openCents: 0,
      adjustedCents: 0,
      patientCents: 0,
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

const SETTLED = new Set(['paid', 'partially-paid', 'denied', 'reversed', 'exported', 'accepted']);

/**
 * What went out on claims, from the ledger (RM-2): per standing claim, paid, patient responsibility, contractual
 * adjustments, denials and what is still open; a denial stays counted after its claim was corrected and resent.
 */
function claimedByMonth(opened: OpenedStore, fromMonth: string, toMonth: string): RevenueRow[] {
  const claims = opened.store
    .select({ claim: t.claims, payerName: t.payers.name })
    .from(t.claims)
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .all()
    .filter(({ claim }) => claim.frequency !== '8' && monthOf(claim.fromDate) >= fromMonth && monthOf(claim.fromDate) <= toMonth);
  const entries = ledgerEntriesOf(
    opened.store,
    claims.map((c) => c.claim.key),
  );
  const rows = new Map<string, RevenueRow>();
  for (const { claim, payerName } of claims) {
    const month = monthOf(claim.fromDate);
    const key = `${month}|${claim.payerId}`;
    const row = rows.get(key) ?? { ...emptyRow(month, claim.payerId, payerName) };
    rows.set(key, row);
    const own = entries.get(claim.key) ?? [];
    const lines = lineLedgers(sentLines(claim.snapshot), own);
    const denied = lines.filter((l) => l.answered && isDenied(l)).reduce((s, l) => s + l.billedCents, 0);
    const claimLevel = figures(
      claim.totalCents,
      own.filter((e) => e.lineNumber === null),
    );
    const deniedWhole = lines.every((l) => !l.answered) && isDenied(claimLevel) ? claim.totalCents : 0;
    if (claim.status === 'replaced') {
      // The original's denial happened: it stays in the month, marked as corrected and resent.
      row.deniedCents += denied + deniedWhole;
      row.correctedDenialsCents += denied + deniedWhole;
      continue;
    }
    if (!SETTLED.has(claim.status)) continue; // rejected at the front door or voided: never billed to the payer
    const money = figures(claim.totalCents, own);
    const patient = money.patientResponsibilityCents;
    const otherAdjustments = money.adjustments.filter((a) => a.group !== 'PR').reduce((s, a) => s + a.cents, 0);
    row.claims += 1;
    row.billedCents += claim.totalCents;
    row.paidCents += money.paidCents;
    row.patientCents += patient;
    row.deniedCents += denied + deniedWhole;
    row.adjustedCents += otherAdjustments - denied - deniedWhole;
    row.openCents += money.balanceCents;
  }
  return [...rows.values()];
}

function emptyRow(month: string, payerId: string, payerName: string): RevenueRow {
  return {
    month,
    payerId,
    payerName,
    claims: 0,
    billedCents: 0,
    paidCents: 0,
    patientCents: 0,
    deniedCents: 0,
    correctedDenialsCents: 0,
    openCents: 0,
    adjustedCents: 0,
    unbilledCents: 0,
    scheduledCents: 0,
  };
}
