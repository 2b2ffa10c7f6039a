import { eq, inArray } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import { computeLines } from '../lines/lineService';
import { persistLines, type Correction } from '../lines/persistLines';
import { InvalidInputError } from '../ipc/errors';
import { write837p } from '../x12/write837p';
import { check837p } from '../x12/check837p';
import { assembleClaims } from './assembleClaims';
import { assemblyInput, unbilledLines } from './assemblyInputFromStore';
import type { AssemblyInput, ClaimDraftView } from './claimDraft';
import { claimSettings, nextCounter } from './claimSettings';
import { interchange, toClaim837 } from './toClaim837';

export interface DraftsResult {
  drafts: ClaimDraftView[];
  /** Exported lines the record no longer matches: to fix with a corrected claim (frequency 7). */
  corrections: Correction[];
  input: AssemblyInput;
}

/** Regenerates and stores the period's lines, then assembles the lines not yet on a claim into drafts. */
export function claimDrafts(opened: OpenedStore, clock: Clock, period: Period, patientId?: string): DraftsResult {
  const result = computeLines(opened.store, period, patientId);
  const stored = persistLines(opened.sqlite, period, result.lines, clock.now(), patientId);
  const input = assemblyInput(opened.store, unbilledLines(opened.store, period, patientId), result.findings);
  return { drafts: assembleClaims(input), corrections: stored.corrections, input };
}

export interface ExportedFile {
  fileName: string;
  format: '837p';
  content: string;
  claims: { key: number; controlNumber: string; draftId: string; totalCents: number }[];
}

/**
 * Exports the chosen drafts as one 837P file. Every chosen claim must be ready; then, in one transaction,
 * control numbers are drawn, the claims and the file are stored, and their lines are locked (claim_id).
 */
export function exportClaims837(opened: OpenedStore, clock: Clock, period: Period, draftIds: string[]): ExportedFile {
  const { drafts, input } = claimDrafts(opened, clock, period);
  const chosen = draftIds.map((id) => drafts.find((d) => d.draftId === id));
  const problems = draftIds.flatMap((id, i) => {
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
  if (problems.length > 0) throw new InvalidInputError('Nothing was exported: every chosen claim must be ready.', problems);
  if (!input.pharmacy)
    throw new InvalidInputError('Nothing was exported: the pharmacy profile is missing.', [
      { path: 'pharmacy', message: 'Set the pharmacy profile' },
    ]);
  return opened.store.transaction((tx) =>
    writeClaims(
      tx,
      clock,
      input,
      (chosen as ClaimDraftView[]).map((draft) => ({ draft, frequency: '1' })),
    ),
  );
}

export interface ClaimToWrite {
  draft: ClaimDraftView;
  frequency: '1' | '7' | '8';
  payerClaimNumber?: string;
  replaces?: number;
}

export type Tx = Parameters<Parameters<OpenedStore['store']['transaction']>[0]>[0];

/** CLM01 / box 26: DL and eight digits from a counter that never goes back. */
export function claimControlNumber(tx: Pick<Tx, 'select' | 'insert'>): string {
  return `DL${String(nextCounter(tx, 'claim')).padStart(8, '0')}`;
}

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
  const ic = nextCounter(tx, 'isa');
  const gc = nextCounter(tx, 'gs');
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
    .values({ format: '837p', fileName, interchangeControlNumber: ic, content: Buffer.from(content, 'utf8'), createdAt: now })
    .returning({ key: t.exportFiles.key })
    .get();
  return { fileName, format: '837p', content, claims: storeClaims(tx, now, file.key, fileName, numbered) };
}

/** Stores exported claims with their lines, locks the lines, and records the export in each claim's history. */
export function storeClaims(
  tx: Tx,
  now: string,
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
        payerClaimNumber: payerClaimNumber ?? null,
        status: 'exported',
        totalCents: draft.totalCents,
        placeOfService: draft.placeOfService,
        diagnoses: draft.diagnoses,
        snapshot: draft,
        exportFileKey: fileKey,
        exportedAt: now,
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
      tx.update(t.billingLines)
        .set({ claimId: claim.key })
        .where(
          inArray(
            t.billingLines.id,
            draft.lines.flatMap((l) => l.billingLineIds),
          ),
        )
        .run();
    }
    tx.insert(t.claimEvents).values({ claimKey: claim.key, at: now, kind: 'exported', note: fileName }).run();
    return { key: claim.key, controlNumber, draftId: draft.draftId, totalCents: draft.totalCents };
  });
}

export function exportFile(
  opened: OpenedStore,
  key: number,
): { fileName: string; format: '837p' | 'csv' | 'cms1500'; content: Buffer } | undefined {
  const row = opened.store.select().from(t.exportFiles).where(eq(t.exportFiles.key, key)).get();
  return row ? { fileName: row.fileName, format: row.format, content: row.content } : undefined;
}
