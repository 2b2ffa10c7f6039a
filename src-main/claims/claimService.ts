import { eq, inArray } from 'drizzle-orm';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import { computeLines } from '../lines/lineService';
import { persistLines, type Correction } from '../lines/persistLines';
import { InvalidInputError } from '../ipc/errors';
import { write837p } from '../x12/write837p';
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
    if (!draft) return [{ path: `draftIds[${i}]`, message: `Claim ${id} is not a draft of this period any more (exported already, or no lines).` }];
    return draft.problems.length > 0 ? [{ path: `draftIds[${i}]`, message: `Claim for ${draft.patientName} (${draft.payerName}) is not ready: ${draft.problems.map((p) => `${p.rule} ${p.message}`).join(' ')}` }] : [];
  });
  if (draftIds.length === 0) problems.push({ path: 'draftIds', message: 'Choose at least one claim to export.' });
  if (problems.length > 0) throw new InvalidInputError('Nothing was exported: every chosen claim must be ready.', problems);
  if (!input.pharmacy) throw new InvalidInputError('Nothing was exported: the pharmacy profile is missing.', [{ path: 'pharmacy', message: 'Set the pharmacy profile' }]);
  const pharmacy = input.pharmacy;
  const settings = claimSettings(opened.store);
  const now = clock.now();

  return opened.store.transaction((tx) => {
    const ic = nextCounter(tx, 'isa');
    const gc = nextCounter(tx, 'gs');
    const numbered = (chosen as ClaimDraftView[]).map((draft) => ({ draft, controlNumber: `DL${String(nextCounter(tx, 'claim')).padStart(8, '0')}` }));
    const content = write837p(
      interchange(settings, pharmacy, numbered.map(({ draft, controlNumber }) => toClaim837(draft, input, controlNumber)), { interchange: ic, group: gc }, { date: clock.today(), time: clock.time() }),
    );
    const fileName = `dripline-837p-${String(ic).padStart(9, '0')}.x12`;
    const file = tx.insert(t.exportFiles).values({ format: '837p', fileName, interchangeControlNumber: ic, content: Buffer.from(content, 'utf8'), createdAt: now }).returning({ key: t.exportFiles.key }).get();
    const claims = numbered.map(({ draft, controlNumber }) => {
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
          frequency: '1',
          status: 'exported',
          totalCents: draft.totalCents,
          placeOfService: draft.placeOfService,
          diagnoses: draft.diagnoses,
          snapshot: draft,
          exportFileKey: file.key,
          exportedAt: now,
        })
        .returning({ key: t.claims.key })
        .get();
      draft.lines.forEach((line, i) => {
        for (const id of line.billingLineIds) tx.insert(t.claimLines).values({ claimKey: claim.key, lineNumber: i + 1, billingLineId: id }).run();
      });
      const ids = draft.lines.flatMap((l) => l.billingLineIds);
      tx.update(t.billingLines).set({ claimId: claim.key }).where(inArray(t.billingLines.id, ids)).run();
      tx.insert(t.claimEvents).values({ claimKey: claim.key, at: now, kind: 'exported', note: fileName }).run();
      return { key: claim.key, controlNumber, draftId: draft.draftId, totalCents: draft.totalCents };
    });
    return { fileName, format: '837p' as const, content, claims };
  });
}

export function exportFile(opened: OpenedStore, key: number): { fileName: string; content: Buffer } | undefined {
  const row = opened.store.select().from(t.exportFiles).where(eq(t.exportFiles.key, key)).get();
  return row ? { fileName: row.fileName, content: row.content } : undefined;
}
