import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import { computeLines } from '../lines/lineService';
import { currentLineRows, persistLines, planLineChanges, type Correction } from '../lines/persistLines';
import type { CalendarDate } from '../calendar/calendarDate';
import { InvalidInputError, LINE_KINDS, RefusedError, type ExportFileSummary, type ExportFormat } from '../vocabulary';
import { write837p } from '../x12/write837p';
import { check837p } from '../x12/check837p';
import { assembleClaims } from './assembly/assembleClaims';
import { billingInput, unbilledLines } from './assemblyInputFromStore';
import type { AssemblyInput, ClaimDraftView, StoredBillingLine } from './assembly/claimDraft';
import { claimSettings } from './claimSettings';
import { claimControlNumber, envelopeControlNumbers } from './claimCounters';
import { withWriteRetry } from '../store/withWriteRetry';
import { interchange, toClaim837 } from './assembly/toClaim837';
import { resolveOpenItems } from '../remittance/workQueueActions';

export interface DraftsResult {
  drafts: ClaimDraftView[];
  /** Exported lines the record no longer matches: to fix with a corrected claim (frequency 7). */
  corrections: Correction[];
  input: AssemblyInput;
}

/** DS-1: the part of a period that can be billed on `today` (dates after today are only scheduled). */
export function billablePart(period: Period, today: CalendarDate): Period | null {
  const to = period.to < today ? period.to : today;
  return period.from <= to ? { from: period.from, to } : null;
}

// The order unbilledLines reads in: patient, date, per diems by rank each before its drugs, nursing last.
function claimOrder(a: StoredBillingLine, b: StoredBillingLine): number {
  const rank = (l: StoredBillingLine) => (l.kind === 'nursing' ? 2000 : (l.concurrencyRank ?? 1000));
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.patient, b.patient) ||
    text(a.date, b.date) ||
    rank(a) - rank(b) ||
    text(a.anchorOrder ?? a.order ?? '', b.anchorOrder ?? b.order ?? '') ||
    LINE_KINDS.indexOf(a.kind) - LINE_KINDS.indexOf(b.kind) ||
    text(a.anchorOrder === undefined ? '' : (a.order ?? ''), b.anchorOrder === undefined ? '' : (b.order ?? '')) ||
    text(a.code, b.code)
  );
}

/**
 * The period's claims to bill as of today. A read: nothing is stored. The lines are compared with the stored
 * ones as storing them would (corrections included); those not stored yet carry negative placeholder ids.
 */
export function claimDrafts(opened: OpenedStore, clock: Clock, period: Period, patientId?: string): DraftsResult {
  const today = clock.today();
  const result = computeLines(opened.store, period, patientId);
  const billable = billablePart(period, today);
  let unbilled: StoredBillingLine[] = [];
  let corrections: Correction[] = [];
  if (billable) {
    const lines = result.lines.filter((l) => l.date <= billable.to);
    const plan = planLineChanges(currentLineRows(opened.sqlite, billable, patientId), lines);
    let placeholder = 0;
    unbilled = [
      ...plan.unchanged.filter((u) => u.row.claim_id === null).map((u) => ({ ...u.line, id: u.row.id })),
      ...plan.insert.map((line) => ({ ...line, id: --placeholder })),
      ...plan.supersede.map(({ line }) => ({ ...line, id: --placeholder })),
    ].sort(claimOrder);
    corrections = plan.corrections;
  }
  const input = billingInput(opened.store, unbilled, result.findings, today, billable, patientId);
  return { drafts: assembleClaims(input), corrections, input };
}

/**
 * Inside the caller's write transaction: stores the billable part of the period's lines (DS-1), then
 * assembles the lines not yet on a claim, with their stored ids, into drafts.
 */
export function stageDrafts(opened: OpenedStore, clock: Clock, period: Period): DraftsResult {
  const today = clock.today();
  const result = computeLines(opened.store, period);
  const billable = billablePart(period, today);
  const stored = billable
    ? persistLines(
        opened.sqlite,
        billable,
        result.lines.filter((l) => l.date <= billable.to),
        clock.now(),
      )
    : undefined;
  const input = billingInput(opened.store, billable ? unbilledLines(opened.store, billable) : [], result.findings, today, billable);
  return { drafts: assembleClaims(input), corrections: stored?.corrections ?? [], input };
}

export interface ExportedFile {
  fileName: string;
  format: '837p';
  content: string;
  claims: { key: number; controlNumber: string; draftId: string; totalCents: number }[];
}

/** The chosen drafts, each ready; otherwise every problem, one per chosen draft. */
export function chosenDrafts(drafts: ClaimDraftView[], draftIds: string[], verb: string): ClaimDraftView[] {
  const chosen = draftIds.map((id) => drafts.find((d) => d.draftId === id));
  const problems = draftIds.flatMap((id, i) => {
    if (draftIds.indexOf(id) !== i) return [{ path: `draftIds[${i}]`, message: `Claim ${id} is chosen twice: a claim goes out once.` }];
    const draft = chosen[i];
    if (!draft)
      return [{ path: `draftIds[${i}]`, message: `Claim ${id} is not a draft of this period any more (exported already, or no lines).` }];
    return draft.problems.length > 0
      ? [
          {
            path: `draftIds[${i}]`,
            message: `Claim for ${draft.patientName} (${draft.payerName}) is not ready: ${draft.problems.map((p) => `${p.rule} ${p.message}`).join(' ')}`,
          },
        ]
      : [];
  });
  if (draftIds.length === 0) problems.push({ path: 'draftIds', message: 'Choose at least one claim to export.' });
  if (problems.length > 0) throw new InvalidInputError(`Nothing was ${verb}: every chosen claim must be ready.`, problems);
  return chosen as ClaimDraftView[];
}

export interface ExportOptions {
  /**
   * Puts the file where it goes (the CLI's --out), inside the export's transaction: the claims are marked
   * exported only if this returns, so a failure or a crash before the commit leaves every claim as it was.
   */
  deliver?: (file: ExportedFile) => void;
}

/**
 * Exports the chosen drafts as one 837P file, all or nothing, in one IMMEDIATE transaction (a second export
 * waits for it, up to a bound): lines stored, drafts assembled again and checked, control numbers drawn, the
 * file checked, stored and delivered, the claims stored and their lines locked.
 */
export function exportClaims837(
  opened: OpenedStore,
  clock: Clock,
  period: Period,
  draftIds: string[],
  options: ExportOptions = {},
): ExportedFile {
  if (draftIds.length === 0) chosenDrafts([], draftIds, 'exported');
  return withWriteRetry(opened.store, (tx) => {
    const { drafts, input } = stageDrafts(opened, clock, period);
    const chosen = chosenDrafts(drafts, draftIds, 'exported');
    const file = writeClaims(
      tx,
      clock,
      input,
      chosen.map((draft) => ({ draft, frequency: '1' })),
    );
    options.deliver?.(file);
    return file;
  });
}

export interface ClaimToWrite {
  draft: ClaimDraftView;
  frequency: '1' | '7' | '8';
  payerClaimNumber?: string;
  replaces?: number;
}

export type Tx = Parameters<Parameters<OpenedStore['store']['transaction']>[0]>[0];

/**
 * Inside the caller's transaction: draws control numbers, writes one 837P file for the claims, stores the
 * claims, their lines and the file, and locks the lines (claim_id). The file is checked before it is kept.
 */
export function writeClaims(tx: Tx, clock: Clock, input: AssemblyInput, items: ClaimToWrite[]): ExportedFile {
  if (!input.pharmacy) {
    throw new InvalidInputError('Nothing was exported: the pharmacy profile is missing.', [
      { path: 'pharmacy', message: 'Set the pharmacy profile' },
    ]);
  }
  const settings = claimSettings(tx);
  const now = clock.now();
  const { interchange: ic, group: gc } = envelopeControlNumbers(tx);
  const numbered = items.map((item) => ({ ...item, controlNumber: claimControlNumber(tx) }));
  const content = write837p(
    interchange(
      settings,
      input.pharmacy,
      numbered.map((n) => toClaim837(n.draft, input, n.controlNumber, n.frequency, n.payerClaimNumber)),
      { interchange: ic, group: gc },
      { date: clock.today(), time: clock.time() },
    ),
  );
  const problems = check837p(content);
  if (problems.length > 0) throw new Error(`The 837P file failed its own conformance check; nothing was exported: ${problems.join('; ')}`);
  const fileName = `dripline-837p-${String(ic).padStart(9, '0')}.x12`;
  const file = tx
    .insert(t.exportFiles)
    .values({
      format: '837p',
      fileName,
      interchangeControlNumber: ic,
      groupControlNumber: gc,
      content: Buffer.from(content, 'utf8'),
      createdAt: now,
    })
    .returning({ key: t.exportFiles.key })
    .get();
  return { fileName, format: '837p', content, claims: storeClaims(tx, now, clock.today(), file.key, fileName, numbered) };
}

/** Stores exported claims with their lines, locks the lines, and records the export in each claim's history. */
export function storeClaims(
  tx: Tx,
  now: string,
  today: CalendarDate,
  fileKey: number,
  fileName: string,
  numbered: (ClaimToWrite & { controlNumber: string })[],
): ExportedFile['claims'] {
  return numbered.map(({ draft, controlNumber, frequency, payerClaimNumber, replaces }) => {
    const claim = tx
      .insert(t.claims)
      .values({
        controlNumber,
        draftId: draft.draftId,
        patientId: draft.patientId,
        payerId: draft.payerId,
        coverageRank: draft.coverageRank,
        memberId: draft.memberId,
        fromDate: draft.from,
        toDate: draft.to,
        frequency,
        replacesClaimKey: replaces ?? null,
        priorClaimKey: draft.priorClaims?.[0]?.claimKey ?? null,
        payerClaimNumber: payerClaimNumber ?? null,
        status: 'exported',
        totalCents: draft.totalCents,
        placeOfService: draft.placeOfService,
        diagnoses: draft.diagnoses,
        snapshot: draft,
        exportFileKey: fileKey,
        exportedAt: now,
        exportedOn: today,
      })
      .returning({ key: t.claims.key })
      .get();
    draft.lines.forEach((line, i) => {
      for (const id of line.billingLineIds)
        tx.insert(t.claimLines)
          .values({ claimKey: claim.key, lineNumber: i + 1, billingLineId: id })
          .run();
    });
    // A void reports lines already locked to the claim it voids; originals and replacements lock theirs.
    if (frequency !== '8') {
      // CB-1: lines carried with the payer ahead's answer stay locked to that payer's claim.
      const ids = draft.lines.filter((l) => !l.prior).flatMap((l) => l.billingLineIds);
      // Re-checked in the transaction: a line another export took, or that was regenerated, is never billed twice.
      const locked = tx
        .update(t.billingLines)
        .set({ claimId: claim.key })
        .where(and(inArray(t.billingLines.id, ids), isNull(t.billingLines.claimId), eq(t.billingLines.status, 'current')))
        .run();
      if (locked.changes !== ids.length)
        throw new RefusedError(
          'Some of these lines were exported or changed meanwhile: nothing was exported. Reload the claims and try again.',
        );
      settleRejected(tx, ids, claim.key, controlNumber, now, today);
      for (const prior of draft.priorClaims ?? []) {
        // RM-5: the earlier payer's denials and patient share now go to this payer.
        resolveOpenItems(tx, prior.claimKey, 'next-payer', today);
        tx.insert(t.claimEvents)
          .values({
            claimKey: prior.claimKey,
            at: now,
            kind: 'next-payer',
            note: `Sent on to ${draft.payerName} as claim ${controlNumber}`,
          })
          .run();
      }
    }
    tx.insert(t.claimEvents).values({ claimKey: claim.key, at: now, kind: 'exported', note: fileName }).run();
    return { key: claim.key, controlNumber, draftId: draft.draftId, totalCents: draft.totalCents };
  });
}

/** A claim rejected at the front door whose lines go out again on this one: its work item is resolved as resent. */
function settleRejected(tx: Tx, lineIds: number[], newClaimKey: number, controlNumber: string, now: string, today: CalendarDate): void {
  const rejected = tx
    .selectDistinct({ key: t.claimLines.claimKey })
    .from(t.claimLines)
    .innerJoin(t.claims, eq(t.claims.key, t.claimLines.claimKey))
    .where(and(inArray(t.claimLines.billingLineId, lineIds), eq(t.claims.status, 'rejected')))
    .all()
    .filter((r) => r.key !== newClaimKey);
  for (const { key } of rejected) {
    resolveOpenItems(tx, key, 'resent', today);
    tx.insert(t.claimEvents)
      .values({ claimKey: key, at: now, kind: 'resent', note: `Sent again as claim ${controlNumber}` })
      .run();
  }
}

export function exportFile(opened: OpenedStore, key: number): { fileName: string; format: ExportFormat; content: Buffer } | undefined {
  const row = opened.store.select().from(t.exportFiles).where(eq(t.exportFiles.key, key)).get();
  return row ? { fileName: row.fileName, format: row.format, content: row.content } : undefined;
}

export function listExportFiles(opened: OpenedStore): ExportFileSummary[] {
  return opened.sqlite
    .prepare(
      `SELECT f.key, f.file_name AS fileName, f.format, f.created_at AS createdAt,
              (SELECT count(*) FROM claims c WHERE c.export_file_key = f.key) AS claims
       FROM export_files f ORDER BY f.key DESC`,
    )
    .all() as ExportFileSummary[];
}
