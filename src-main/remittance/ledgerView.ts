import { asc, eq } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { assembleClaims } from '../claims/assembly/assembleClaims';
import { billingInput, unbilledLines } from '../claims/assemblyInputFromStore';
import type { ClaimStatus, LedgerClaim, LedgerStatus, LedgerView } from '../vocabulary';
import { figures, lineLedgers, sumAdjustments } from './posting/claimLedger';
import { ledgerEntriesOf, sentLines } from './sentClaims';

// The ledger (`dripline ledger --json`, the claim's money on screen): every claim that went out with what the
// payers paid and adjusted, line by line, and the claims still to bill from the lines stored so far.

/** A claim replaced or voided no longer stands; a reversed answer leaves it waiting for the payer's new one. */
export function ledgerStatus(status: ClaimStatus): LedgerStatus {
  if (status === 'replaced' || status === 'voided') return 'void';
  if (status === 'reversed') return 'exported';
  return status;
}

function sentClaims(opened: OpenedStore, claimKey?: number): LedgerClaim[] {
  const rows = opened.store
    .select({ claim: t.claims, patient: t.patients, payer: t.payers })
    .from(t.claims)
    .innerJoin(t.patients, eq(t.patients.id, t.claims.patientId))
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .where(claimKey === undefined ? undefined : eq(t.claims.key, claimKey))
    .orderBy(asc(t.claims.key))
    .all();
  const entries = ledgerEntriesOf(
    opened.store,
    rows.map((r) => r.claim.key),
  );
  return rows.map(({ claim, patient, payer }) => {
    const own = entries.get(claim.key) ?? [];
    const lines = sentLines(claim.snapshot);
    const perLine = lineLedgers(lines, own);
    const money = figures(claim.totalCents, own);
    return {
      id: claim.controlNumber,
      claimKey: claim.key,
      patient: patient.id,
      patientName: `${patient.lastName}, ${patient.firstName}`,
      payer: payer.id,
      payerName: payer.name,
      rank: claim.coverageRank,
      from: claim.fromDate,
      to: claim.toDate,
      frequency: claim.frequency,
      status: ledgerStatus(claim.status),
      exportedOn: claim.exportedOn ?? claim.exportedAt.slice(0, 10),
      ...money,
      lines: lines.map((line, i) => ({
        date: line.from,
        to: line.to,
        code: line.code,
        modifiers: line.modifiers,
        units: line.units,
        billedCents: line.chargeCents,
        paidCents: perLine[i]!.paidCents,
        adjustments: perLine[i]!.adjustments,
        remarks: [...new Set(own.filter((e) => e.lineNumber === line.number).flatMap((e) => e.remarks))],
      })),
    };
  });
}

/** Claims still to bill: the lines stored and not yet on a claim, through today, assembled as the Claims screen does. */
function claimsToBill(opened: OpenedStore, clock: Clock): LedgerClaim[] {
  const today = clock.today();
  const lines = unbilledLines(opened.store, { from: '0000-01-01', to: today });
  const drafts = assembleClaims(billingInput(opened.store, lines, [], today, { from: '0000-01-01', to: today }));
  return drafts.map((d) => ({
    id: d.draftId,
    claimKey: null,
    patient: d.patientId,
    patientName: d.patientName,
    payer: d.payerId,
    payerName: d.payerName,
    rank: d.coverageRank,
    from: d.from,
    to: d.to,
    frequency: '1',
    status: d.problems.length === 0 ? 'ready' : 'not-ready',
    exportedOn: null,
    billedCents: d.totalCents,
    paidCents: 0,
    patientResponsibilityCents: 0,
    balanceCents: d.totalCents,
    adjustments: sumAdjustments([]),
    lines: d.lines.map((l) => ({
      date: l.from,
      to: l.to,
      code: l.code,
      modifiers: l.modifiers,
      units: l.units,
      billedCents: l.chargeCents,
      paidCents: 0,
      adjustments: [],
      remarks: [],
    })),
  }));
}

export function ledger(opened: OpenedStore, clock: Clock): LedgerView {
  return { claims: [...sentClaims(opened), ...claimsToBill(opened, clock)] };
}

/** One claim's money, line by line: what the claim detail shows. */
export function claimLedger(opened: OpenedStore, claimKey: number): LedgerClaim | undefined {
  return sentClaims(opened, claimKey)[0];
}
