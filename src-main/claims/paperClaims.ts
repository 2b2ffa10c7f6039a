import { and, inArray, isNotNull } from 'drizzle-orm';
import * as t from '../store/schema';
import type { OpenedStore } from '../store/openDatabase';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import { InvalidInputError, RefusedError } from '../ipc/errors';
import { PDFDocument } from 'pdf-lib';
import { claimControlNumber, claimDrafts, storeClaims } from './claimService';
import type { ClaimDraftView } from './claimDraft';
import { toClaim837 } from './toClaim837';
import { renderCms1500 } from './cms1500Pdf';

// Paper claims: the same drafts and readiness as the 837P, printed on CMS-1500 pages (one claim after the
// other in one PDF) and recorded as exported exactly like an electronic file.

export async function exportClaimsPaper(opened: OpenedStore, clock: Clock, period: Period, draftIds: string[]) {
  const { drafts, input } = claimDrafts(opened, clock, period);
  const chosen = draftIds.map((id) => drafts.find((d) => d.draftId === id));
  const problems = draftIds.flatMap((id, i) => {
    const draft = chosen[i];
    if (!draft) return [{ path: `draftIds[${i}]`, message: `Claim ${id} is not a draft of this period any more.` }];
    return draft.problems.length > 0
      ? [
          {
            path: `draftIds[${i}]`,
            message: `Claim for ${draft.patientName} is not ready: ${draft.problems.map((p) => `${p.rule} ${p.message}`).join(' ')}`,
          },
        ]
      : [];
  });
  if (problems.length > 0) throw new InvalidInputError('Nothing was printed: every chosen claim must be ready.', problems);
  const pharmacy = input.pharmacy;
  if (!pharmacy)
    throw new InvalidInputError('Nothing was printed: the pharmacy profile is missing.', [
      { path: 'pharmacy', message: 'Set the pharmacy profile' },
    ]);
  const ready = chosen as ClaimDraftView[];

  // Control numbers are drawn (and so never reused) before the asynchronous rendering.
  const numbers = opened.store.transaction((tx) => ready.map(() => claimControlNumber(tx)));
  const phone = opened.store.select({ phone: t.pharmacy.phone }).from(t.pharmacy).get()?.phone ?? '';
  const merged = await PDFDocument.create();
  for (const [i, draft] of ready.entries()) {
    const claim = toClaim837(draft, input, numbers[i]!);
    const payer = input.payers.find((p) => p.id === draft.payerId)!;
    const bytes = await renderCms1500({
      claim,
      billingProvider: { name: pharmacy.name, npi: pharmacy.npi, taxId: pharmacy.taxId, address: pharmacy.address },
      phone,
      payerKind: payer.kind,
    });
    const doc = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  }
  merged.setTitle(`CMS-1500 claims ${numbers.join(', ')}`);
  const content = Buffer.from(await merged.save({ useObjectStreams: false }));
  const now = clock.now();
  const fileName = `dripline-cms1500-${numbers[0]}.pdf`;
  const claims = opened.store.transaction((tx) => {
    const lineIds = ready.flatMap((d) => d.lines.flatMap((l) => l.billingLineIds));
    // Another export may have taken these lines while the PDF was drawn: then nothing is stored.
    const taken = tx
      .select({ id: t.billingLines.id })
      .from(t.billingLines)
      .where(and(inArray(t.billingLines.id, lineIds), isNotNull(t.billingLines.claimId)))
      .all();
    if (taken.length > 0) throw new RefusedError('Some of these lines were exported meanwhile: reload the claims and try again.');
    const file = tx
      .insert(t.exportFiles)
      .values({ format: 'cms1500', fileName, content, createdAt: now })
      .returning({ key: t.exportFiles.key })
      .get();
    return storeClaims(
      tx,
      now,
      file.key,
      fileName,
      ready.map((draft, i) => ({ draft, frequency: '1' as const, controlNumber: numbers[i]! })),
    );
  });
  return { fileName, format: 'cms1500' as const, content: content.toString('base64'), encoding: 'base64' as const, claims };
}
