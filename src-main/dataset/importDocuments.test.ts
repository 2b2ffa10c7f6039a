import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstOrder, idsaDataset, validDataset } from '../testing/datasetBuilders';
import { tempRuntime } from '../testing/tempDatabase';
import type { Dataset, DatasetInput } from './datasetSchema';
import { documentPath, documentsFolder } from '../patients/documentStore';
import * as t from '../store/schema';

// Re-import against documents whose files were attached in the app: the dataset carries no files.

const RX = { kind: 'medication-order', date: '2026-01-05', reference: 'RX-1001' } as const;
const POC = { kind: 'plan-of-care', date: '2026-01-05', reference: 'POC-1' } as const;
const PDF = (text: string) => Buffer.from(`%PDF-1.4 ${text}`).toString('base64');

function withDocuments(documents: { kind: string; date: string; reference: string }[]): Dataset {
  const input: DatasetInput = idsaDataset();
  firstOrder(input).documents = documents as NonNullable<ReturnType<typeof firstOrder>['documents']>;
  return validDataset(input);
}

describe('re-importing a dataset keeps order documents consistent with their files', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  const rows = () =>
    runtime.opened.store
      .select()
      .from(t.orderDocuments)
      .all()
      .map((r) => ({ kind: r.kind, date: r.date, reference: r.reference, filePath: r.filePath }))
      .sort((a, b) => a.reference.localeCompare(b.reference));

  /** No row names a missing file, and no file in the folder is without a row. */
  function expectConsistent(): void {
    const named = rows().flatMap((r) => (r.filePath === null ? [] : [r.filePath]));
    for (const file of named) expect(existsSync(documentPath(runtime.databasePath, file))).toBe(true);
    const folder = documentsFolder(runtime.databasePath);
    const onDisk = existsSync(folder) ? readdirSync(folder) : [];
    expect([...onDisk].sort()).toEqual([...named].sort());
  }

  async function attach(doc: typeof RX | typeof POC, text: string): Promise<string> {
    const result = await runtime.table.dispatch('documents.add', {
      patientId: 'p1',
      order: firstOrder(idsaDataset()).id,
      ...doc,
      file: { name: `${text}.pdf`, contentBase64: PDF(text) },
    });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { file: string }).file;
  }

  it('keeps the file attached in the app and adds no duplicate row when the same dataset comes again', async () => {
    const dataset = withDocuments([RX, POC]);
    runtime.services.importDataset(dataset);
    const file = await attach(RX, 'rx');
    runtime.services.importDataset(dataset);
    runtime.services.importDataset(dataset);
    expect(rows()).toEqual([
      { ...POC, filePath: null },
      { ...RX, filePath: file },
    ]);
    expectConsistent();
  });

  it('survives its own export: export, re-import, and the attachment is still there once', async () => {
    runtime.services.importDataset(withDocuments([RX]));
    const file = await attach(RX, 'rx');
    const extra = await attach(POC, 'poc');
    const exported = runtime.services.exportDataset();
    runtime.services.importDataset(exported);
    expect(rows()).toEqual([
      { ...POC, filePath: extra },
      { ...RX, filePath: file },
    ]);
    expectConsistent();
  });

  it('drops an unlisted document without a file, but never one whose file was attached in the app', async () => {
    runtime.services.importDataset(withDocuments([RX, POC]));
    const file = await attach(RX, 'rx');
    runtime.services.importDataset(withDocuments([]));
    expect(rows()).toEqual([{ ...RX, filePath: file }]);
    expectConsistent();
  });

  it('keeps the row with the file when the database already held the same document twice', async () => {
    runtime.services.importDataset(withDocuments([RX]));
    const orderKey = runtime.opened.store.select().from(t.orderDocuments).get()!.orderKey;
    runtime.opened.store
      .insert(t.orderDocuments)
      .values({ orderKey, ...RX })
      .run(); // as the old replace could leave
    const file = await attach(RX, 'rx'); // fills in one of the two rows
    runtime.services.importDataset(withDocuments([RX]));
    expect(rows()).toEqual([{ ...RX, filePath: file }]);
    expectConsistent();
  });

  it('a dataset that lists a document twice keeps both, and a third import changes nothing', () => {
    const dataset = withDocuments([RX, RX]);
    runtime.services.importDataset(dataset);
    runtime.services.importDataset(dataset);
    expect(rows()).toEqual([
      { ...RX, filePath: null },
      { ...RX, filePath: null },
    ]);
  });
});
