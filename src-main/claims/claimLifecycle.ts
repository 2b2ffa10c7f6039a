import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import { withWriteRetry } from '../store/withWriteRetry';
import * as t from '../store/schema';
import type { Clock } from '../calendar/clock';
import { computeLines } from '../lines/lineService';
import { persistLines } from '../lines/persistLines';
import {
  dollars,
  InvalidInputError,
  isStanding,
  NotFoundError,
  RefusedError,
  type ClaimDetailView,
  type ClaimSummaryView,
} from '../vocabulary';
import { assembleClaims } from './assembly/assembleClaims';
import { assemblyInput, unbilledLines } from './assemblyInputFromStore';
import type { ClaimDraftView } from './assembly/claimDraft';
import { writeClaims, type ExportedFile } from './claimService';
import type { AdjudicationInput, ClaimListInput } from './claimInputs';
import { resolveOpenItems } from '../remittance/workQueueActions';
import { refreshWorkItems } from '../remittance/workQueue';
import { claimLedger } from '../remittance/ledgerView';
import { sentClaimsByControl } from '../remittance/sentClaims';

// After export: the payer's answer (paid, denied, partially paid), corrected claims (frequency 7, REF*F8)
// and voids (frequency 8). An exported claim's lines and amounts are never edited; a correction is a new
// claim that replaces it, a void is a new claim that cancels it.

function claimRow(opened: OpenedStore, key: number) {
  const row = opened.store.select().from(t.claims).where(eq(t.claims.key, key)).get();
  if (!row) throw new NotFoundError(`There is no claim ${key}.`);
  return row;
}

function summaries(opened: OpenedStore, where: SQL | undefined): ClaimSummaryView[] {
  return opened.store
    .select({ claim: t.claims, patient: t.patients, payer: t.payers })
    .from(t.claims)
    .innerJoin(t.patients, eq(t.patients.id, t.claims.patientId))
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .where(where)
    .orderBy(desc(t.claims.key))
    .all()
    .map(({ claim, patient, payer }) => ({
      key: claim.key,
      controlNumber: claim.controlNumber,
      patientId: patient.id,
      patientName: `${patient.lastName}, ${patient.firstName}`,
      payerId: payer.id,
      payerName: payer.name,
      from: claim.fromDate,
      to: claim.toDate,
      frequency: claim.frequency,
      status: claim.status,
      totalCents: claim.totalCents,
      paidCents: claim.paidCents,
      exportedAt: claim.exportedAt,
    }));
}

/** Claims by status and payer whose dates overlap the period, newest first. */
export function listClaims(opened: OpenedStore, filter: ClaimListInput): ClaimSummaryView[] {
  return summaries(
    opened,
    and(
      filter.status === undefined ? undefined : eq(t.claims.status, filter.status),
      filter.payerId === undefined ? undefined : eq(t.claims.payerId, filter.payerId),
      filter.from === undefined ? undefined : gte(t.claims.toDate, filter.from),
      filter.to === undefined ? undefined : lte(t.claims.fromDate, filter.to),
    ),
  );
}

export function claimDetail(opened: OpenedStore, key: number): ClaimDetailView {
  const claim = claimRow(opened, key);
  const summary = summaries(opened, eq(t.claims.key, key))[0]!;
  const events = opened.store.select().from(t.claimEvents).where(eq(t.claimEvents.claimKey, key)).orderBy(asc(t.claimEvents.key)).all();
  const related = opened.store
    .select({
      key: t.claims.key,
      controlNumber: t.claims.controlNumber,
      frequency: t.claims.frequency,
      replaces: t.claims.replacesClaimKey,
    })
    .from(t.claims)
    .all();
  return {
    ...summary,
    payerClaimNumber: claim.payerClaimNumber,
    replacesClaimKey: claim.replacesClaimKey,
    replacedBy: related
      .filter((r) => r.replaces === key)
      .map((r) => ({ key: r.key, controlNumber: r.controlNumber, frequency: r.frequency })),
    adjudicatedOn: claim.adjudicatedOn,
    adjudicationNote: claim.adjudicationNote,
    exportFileKey: claim.exportFileKey,
    draft: claim.snapshot as ClaimDraftView,
    history: events.map((e) => ({ at: e.at, kind: e.kind, note: e.note })),
    ledger: claimLedger(opened, key)!,
  };
}

export function recordAdjudication(opened: OpenedStore, clock: Clock, input: AdjudicationInput): ClaimDetailView {
  const claim = claimRow(opened, input.claim);
  if (claim.status === 'replaced' || claim.status === 'voided')
    throw new RefusedError(
      `Claim ${claim.controlNumber} was ${claim.status}: record the payer's answer on the claim that ${claim.status === 'replaced' ? 'replaced' : 'voided'} it.`,
    );
  if (claim.frequency === '8') throw new RefusedError('A void is not paid or denied.');
  const paid = input.status === 'denied' ? 0 : input.status === 'paid' ? (input.paidCents ?? claim.totalCents) : input.paidCents;
  if (paid === undefined)
    throw new InvalidInputError('Enter the amount paid.', [{ path: 'paidCents', message: 'Enter the amount the payer paid' }]);
  if (paid > claim.totalCents)
    throw new InvalidInputError('Paid more than billed.', [
      { path: 'paidCents', message: `At most the billed ${dollars(claim.totalCents)}` },
    ]);
  if (input.status === 'partially-paid' && (paid <= 0 || paid >= claim.totalCents)) {
    throw new InvalidInputError('A partial payment is more than 0 and less than the total.', [
      { path: 'paidCents', message: 'More than 0 and less than the billed total' },
    ]);
  }
  // The pharmacy's calendar day of the export, never the UTC instant (which is "tomorrow" after 19:00 in New York).
  const exportedOn = claim.exportedOn ?? claim.exportedAt.slice(0, 10);
  if (input.adjudicatedOn < exportedOn) {
    throw new InvalidInputError('The answer is dated before the claim went out.', [
      { path: 'adjudicatedOn', message: `On or after ${exportedOn}` },
    ]);
  }
  // A paper answer posts to the ledger like an 835 (RM-2), at claim level; a second answer is never laid on top.
  const posted = opened.store
    .select({ key: t.ledgerEntries.key })
    .from(t.ledgerEntries)
    .where(eq(t.ledgerEntries.claimKey, claim.key))
    .all();
  if (posted.length > 0 && claim.status !== 'reversed')
    throw new RefusedError(
      `Claim ${claim.controlNumber} already has the payer's answer posted: post the payer's reversal first, or correct the claim.`,
    );
  const now = clock.now();
  withWriteRetry(opened.store, (tx) => {
    const entry = {
      claimKey: claim.key,
      lineNumber: null,
      remitClaimKey: null,
      remarks: [],
      postedOn: input.adjudicatedOn,
      at: now,
      note: input.note ?? 'entered by hand',
    };
    if (paid !== 0)
      tx.insert(t.ledgerEntries)
        .values({ ...entry, kind: 'payment', cents: paid })
        .run();
    if (claim.totalCents - paid !== 0)
      tx.insert(t.ledgerEntries)
        .values({
          ...entry,
          kind: 'adjustment',
          group: input.adjustmentGroup ?? 'CO',
          reason: input.adjustmentReason ?? '',
          cents: claim.totalCents - paid,
        })
        .run();
    tx.update(t.claims)
      .set({ status: input.status, paidCents: paid, adjudicatedOn: input.adjudicatedOn, adjudicationNote: input.note ?? null })
      .where(eq(t.claims.key, claim.key))
      .run();
    const sent = sentClaimsByControl(tx, [claim.controlNumber]).get(claim.controlNumber);
    if (sent) refreshWorkItems(tx, clock.today(), sent, {});
    tx.insert(t.claimEvents)
      .values({
        claimKey: claim.key,
        at: clock.now(),
        kind: input.status,
        note: `${input.adjudicatedOn}: paid ${dollars(paid)}${input.note ? ` — ${input.note}` : ''}`,
      })
      .run();
  });
  return claimDetail(opened, claim.key);
}

/**
 * A corrected claim (frequency 7, REF*F8 = the payer's claim number) for what the record gives now for the
 * original's patient, payer and dates. The original's lines stay as they went out (marked superseded).
 */
export function correctClaim(opened: OpenedStore, clock: Clock, key: number, payerClaimNumber: string): ExportedFile {
  const original = claimRow(opened, key);
  if (!isStanding(original.status) || original.frequency === '8') {
    throw new RefusedError(`Claim ${original.controlNumber} is ${original.status}: only a claim that stands can be corrected.`);
  }
  const period = { from: original.fromDate, to: original.toDate };
  return withWriteRetry(opened.store, (tx) => {
    const oldIds = tx
      .select({ id: t.claimLines.billingLineId })
      .from(t.claimLines)
      .where(eq(t.claimLines.claimKey, key))
      .all()
      .map((r) => r.id);
    tx.update(t.billingLines).set({ status: 'superseded', statusChangedAt: clock.now() }).where(inArray(t.billingLines.id, oldIds)).run();
    const result = computeLines(opened.store, period, original.patientId);
    persistLines(opened.sqlite, period, result.lines, clock.now(), original.patientId);
    const lines = unbilledLines(opened.store, period, original.patientId).filter((l) => l.payer === original.payerId);
    const input = assemblyInput(opened.store, lines, result.findings, clock.today());
    const drafts = assembleClaims(input);
    if (drafts.length !== 1)
      throw new RefusedError(
        drafts.length === 0
          ? 'Nothing is billable for these dates any more: void the claim instead.'
          : 'The corrected lines no longer fit on one claim: void this claim and bill the lines again.',
      );
    const draft = drafts[0]!;
    if (draft.problems.length > 0)
      throw new InvalidInputError(
        'The corrected claim is not ready.',
        draft.problems.map((p) => ({ path: 'claim', message: `${p.rule} ${p.message}` })),
      );
    const file = writeClaims(tx, clock, input, [{ draft, frequency: '7', payerClaimNumber, replaces: key }]);
    tx.update(t.claims).set({ status: 'replaced' }).where(eq(t.claims.key, key)).run();
    // RM-5: correcting and resending resolves the original's denials and short payments.
    resolveOpenItems(tx, key, 'corrected', clock.today());
    tx.insert(t.claimEvents)
      .values({ claimKey: key, at: clock.now(), kind: 'replaced', note: `by ${file.claims[0]!.controlNumber}` })
      .run();
    return file;
  });
}

/** A void (frequency 8, REF*F8) of a claim as it went out. Its lines are voided and billable again if the record still gives them. */
export function voidClaim(opened: OpenedStore, clock: Clock, key: number, payerClaimNumber: string): ExportedFile {
  const original = claimRow(opened, key);
  if (!isStanding(original.status) || original.frequency === '8') {
    throw new RefusedError(`Claim ${original.controlNumber} is ${original.status}: it cannot be voided.`);
  }
  const snapshot = original.snapshot as ClaimDraftView;
  return withWriteRetry(opened.store, (tx) => {
    const lines = tx.select({ id: t.billingLines.id }).from(t.billingLines).where(eq(t.billingLines.claimId, key)).all();
    // The void repeats the original's lines and amounts exactly, from the claim as it went out.
    const input = assemblyInput(opened.store, [], [], clock.today(), [original.patientId]);
    const file = writeClaims(tx, clock, input, [{ draft: snapshot, frequency: '8', payerClaimNumber, replaces: key }]);
    tx.update(t.claims).set({ status: 'voided' }).where(eq(t.claims.key, key)).run();
    resolveOpenItems(tx, key, 'dismissed', clock.today());
    tx.update(t.billingLines)
      .set({ status: 'voided', statusChangedAt: clock.now() })
      .where(
        inArray(
          t.billingLines.id,
          lines.map((l) => l.id),
        ),
      )
      .run();
    tx.insert(t.claimEvents)
      .values({ claimKey: key, at: clock.now(), kind: 'voided', note: `by ${file.claims[0]!.controlNumber}` })
      .run();
    return file;
  });
}
