import { and, eq, isNull } from 'drizzle-orm';
import { daysBetween } from '../calendar/calendarDate';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { AGING_BUCKETS, isStanding, type AgingBucket, type AgingRow, type AgingView } from '../vocabulary';
import { figures } from './posting/claimLedger';
import { isLastPayer, ledgerEntriesOf } from './sentClaims';

// A/R: what payers still owe on claims that went out, by payer and by days since the claim was sent; what
// patients owe after their last payer (CB-2); days to payment; money received but not applied to a claim.

export function agingBucket(days: number): AgingBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  if (days <= 120) return '91-120';
  return '120+';
}

const emptyBuckets = (): Record<AgingBucket, number> => Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as Record<AgingBucket, number>;

export function agingReport(opened: OpenedStore, clock: Clock): AgingView {
  const today = clock.today();
  const db = opened.store;
  const claims = db
    .select({ claim: t.claims, payerName: t.payers.name })
    .from(t.claims)
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .all()
    .filter(({ claim }) => isStanding(claim.status) && claim.frequency !== '8');
  const entries = ledgerEntriesOf(
    db,
    claims.map((c) => c.claim.key),
  );
  const coverages = db.select().from(t.coverages).all();
  const firstPayment = new Map<number, string>();
  // Days to payment count to the payer's payment date (BPR16) when the 835 gives one, else to the day it was posted.
  const paidOnByRemitClaim = new Map(
    db
      .select({ key: t.remitClaims.key, paidOn: t.remittances.paidOn })
      .from(t.remitClaims)
      .innerJoin(t.remittances, eq(t.remittances.key, t.remitClaims.remittanceKey))
      .all()
      .map((r) => [r.key, r.paidOn]),
  );
  const payments = db
    .select({
      claimKey: t.ledgerEntries.claimKey,
      posted: t.ledgerEntries.postedOn,
      remit: t.ledgerEntries.remitClaimKey,
      kind: t.ledgerEntries.kind,
      cents: t.ledgerEntries.cents,
    })
    .from(t.ledgerEntries)
    .all();
  for (const payment of payments) {
    const row = { ...payment, on: (payment.remit === null ? null : paidOnByRemitClaim.get(payment.remit)) ?? payment.posted };
    if (row.kind !== 'payment' || row.cents <= 0) continue;
    const seen = firstPayment.get(row.claimKey);
    if (!seen || row.on < seen) firstPayment.set(row.claimKey, row.on);
  }
  const rows = new Map<string, AgingRow>();
  const totals = emptyBuckets();
  let patientBalanceCents = 0;
  const paymentDays: number[] = [];
  for (const { claim, payerName } of claims) {
    const money = figures(claim.totalCents, entries.get(claim.key) ?? []);
    const sentOn = claim.exportedOn ?? claim.exportedAt.slice(0, 10);
    const paidOn = firstPayment.get(claim.key);
    if (paidOn) paymentDays.push(Math.max(0, daysBetween(sentOn, paidOn)));
    // CB-2: after the last payer (no coverage ranked after this claim's on its dates), patient responsibility is the patient's.
    if (isLastPayer(claim, coverages)) patientBalanceCents += money.patientResponsibilityCents;
    if (money.balanceCents <= 0) continue;
    const bucket = agingBucket(daysBetween(sentOn, today));
    const row = rows.get(claim.payerId) ?? { payerId: claim.payerId, payerName, buckets: emptyBuckets(), totalCents: 0, claims: 0 };
    row.buckets[bucket] += money.balanceCents;
    row.totalCents += money.balanceCents;
    row.claims += 1;
    totals[bucket] += money.balanceCents;
    rows.set(claim.payerId, row);
  }
  const held = db
    .select({ cents: t.workItems.amountCents })
    .from(t.workItems)
    .where(and(eq(t.workItems.kind, 'held'), isNull(t.workItems.resolution)))
    .all()
    .reduce((s, r) => s + r.cents, 0);
  // Money in a payment not applied to any claim: unmatched or held claims, and provider-level adjustments (PLB).
  const paymentsIn = db
    .select({ cents: t.remittances.paymentCents })
    .from(t.remittances)
    .all()
    .reduce((s, r) => s + r.cents, 0);
  const applied = db
    .select({ cents: t.remitClaims.paidCents })
    .from(t.remitClaims)
    .where(eq(t.remitClaims.outcome, 'posted'))
    .all()
    .reduce((s, r) => s + r.cents, 0);
  return {
    asOf: today,
    rows: [...rows.values()].sort((a, b) => b.totalCents - a.totalCents || a.payerName.localeCompare(b.payerName)),
    totals,
    patientBalanceCents,
    averageDaysToPayment:
      paymentDays.length === 0 ? null : Math.round((paymentDays.reduce((s, d) => s + d, 0) / paymentDays.length) * 10) / 10,
    heldCents: held,
    unappliedCents: paymentsIn - applied,
  };
}
