import { asc, eq, inArray } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import { COVERAGE_RANKS } from '../vocabulary';
import * as t from '../store/schema';
import type { ClaimDraftView } from '../claims/assembly/claimDraft';
import type { LedgerEntry } from './posting/claimLedger';
import type { SentClaim, SentClaimLine } from './posting/postingPlan';

// The claims as they went out (their snapshot's service lines, numbered as the 837P's LX and REF*6R) with what
// is posted on them: what posting and the ledger read.

type Reader = Pick<OpenedStore['store'], 'select'>;

export function sentLines(snapshot: unknown): SentClaimLine[] {
  const draft = snapshot as ClaimDraftView;
  return draft.lines.map((l, i) => ({
    number: i + 1,
    code: l.code,
    modifiers: l.modifiers,
    units: l.units,
    chargeCents: l.chargeCents,
    from: l.from,
    to: l.to,
  }));
}

export function ledgerEntriesOf(db: Reader, claimKeys: number[]): Map<number, (LedgerEntry & { remarks: string[] })[]> {
  const byClaim = new Map<number, (LedgerEntry & { remarks: string[] })[]>();
  if (claimKeys.length === 0) return byClaim;
  const rows = db
    .select()
    .from(t.ledgerEntries)
    .where(inArray(t.ledgerEntries.claimKey, claimKeys))
    .orderBy(asc(t.ledgerEntries.key))
    .all();
  for (const r of rows) {
    const list = byClaim.get(r.claimKey) ?? [];
    list.push({ lineNumber: r.lineNumber, kind: r.kind, group: r.group, reason: r.reason, cents: r.cents, remarks: r.remarks });
    byClaim.set(r.claimKey, list);
  }
  return byClaim;
}

/** The claims we sent under these control numbers (CLM01), by control number. */
export function sentClaimsByControl(db: Reader, controlNumbers: string[]): Map<string, SentClaim> {
  const unique = [...new Set(controlNumbers)];
  if (unique.length === 0) return new Map();
  const rows = db
    .select({ claim: t.claims, payerName: t.payers.name })
    .from(t.claims)
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .where(inArray(t.claims.controlNumber, unique))
    .all();
  const entries = ledgerEntriesOf(
    db,
    rows.map((r) => r.claim.key),
  );
  return new Map(
    rows.map(({ claim, payerName }) => [
      claim.controlNumber,
      {
        key: claim.key,
        controlNumber: claim.controlNumber,
        status: claim.status,
        payerId: claim.payerId,
        payerName,
        totalCents: claim.totalCents,
        lines: sentLines(claim.snapshot),
        entries: entries.get(claim.key) ?? [],
      },
    ]),
  );
}

type CoverageRow = Pick<typeof t.coverages.$inferSelect, 'patientId' | 'rank' | 'fromDate' | 'toDate'>;
type ClaimRow = Pick<typeof t.claims.$inferSelect, 'patientId' | 'coverageRank' | 'fromDate' | 'toDate'>;

/** CB-2: the claim's payer is the patient's last on the claim's dates (no coverage ranks after it): what is left is the patient's. */
export function isLastPayer(claim: ClaimRow, coverages: readonly CoverageRow[]): boolean {
  return !coverages.some(
    (c) =>
      c.patientId === claim.patientId &&
      COVERAGE_RANKS.indexOf(c.rank) > COVERAGE_RANKS.indexOf(claim.coverageRank) &&
      c.fromDate <= claim.toDate &&
      (c.toDate === null || c.toDate >= claim.fromDate),
  );
}
