import * as t from '../store/schema';
import type { OpenedStore } from '../store/openDatabase';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import { InvalidInputError } from '../vocabulary';
import { PDFDocument } from 'pdf-lib';
import { chosenDrafts, stageDrafts, storeClaims } from './claimService';
import { claimControlNumber } from './claimCounters';
import { withWriteRetry } from '../store/withWriteRetry';
import { toClaim837 } from './assembly/toClaim837';
import { renderCms1500 } from './assembly/cms1500Pdf';

// Paper claims: the same drafts and readiness as the 837P, printed on CMS-1500 pages (one claim after the
// other in one PDF) and recorded as exported exactly like an electronic file.

export async function exportClaimsPaper(opened: OpenedStore, clock: Clock, period: Period, draftIds: string[]) {
  // Lines are stored and the drafts assembled with their stored ids first, and the choice checked in the same
  // transaction: a refused choice stores nothing. The claims are stored only after the asynchronous rendering,
  // in a transaction that re-checks every line is still unbilled.
  const { input, ready, pharmacy } = withWriteRetry(opened.store, () => {
    const staged = stageDrafts(opened, clock, period);
    const chosen = chosenDrafts(staged.drafts, draftIds, 'printed');
    if (!staged.input.pharmacy)
      throw new InvalidInputError('Nothing was printed: the pharmacy profile is missing.', [
        { path: 'pharmacy', message: 'Set the pharmacy profile' },
      ]);
    return { input: staged.input, ready: chosen, pharmacy: staged.input.pharmacy };
  });

  // Control numbers are drawn (and so never reused) before the asynchronous rendering.
  const numbers = withWriteRetry(opened.store, (tx) => ready.map(() => claimControlNumber(tx)));
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
  // storeClaims re-checks that every line is still unbilled: another export may have taken some meanwhile.
  const claims = withWriteRetry(opened.store, (tx) => {
    const file = tx
      .insert(t.exportFiles)
      .values({ format: 'cms1500', fileName, content, createdAt: now })
      .returning({ key: t.exportFiles.key })
      .get();
    return storeClaims(
      tx,
      now,
      clock.today(),
      file.key,
      fileName,
      ready.map((draft, i) => ({ draft, frequency: '1' as const, controlNumber: numbers[i]! })),
    );
  });
  return { fileName, format: 'cms1500' as const, content: content.toString('base64'), encoding: 'base64' as const, claims };
}
