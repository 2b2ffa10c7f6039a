import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import type { Dataset } from '../dataset/datasetSchema';
import { writePatient, writePlanOfCare } from './patientWriters';
import { documentPath, documentsFolder } from './documentStore';
import * as t from '../store/schema';

const PDF = Buffer.from('%PDF-1.4 rx').toString('base64');
const HOSTILE_IDS = ['..', '../..', '../../x', '/etc/passwd', '../../.config/autostart', 'a/../../b', '..\\..\\x'];
const posix = process.platform !== 'win32';

/** Every file under the temp folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('documents attached to orders', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let dataset: Dataset;
  let folder: string;
  beforeEach(() => {
    runtime = tempRuntime();
    dataset = importInto(runtime, idsaDataset());
    folder = resolve(documentsFolder(runtime.databasePath));
  });
  afterEach(() => runtime.cleanup());

  const add = (input: Record<string, unknown>) =>
    runtime.table.dispatch('documents.add', {
      patientId: 'p1',
      order: 'mero',
      kind: 'medication-order',
      date: '2026-01-05',
      reference: 'RX-1001',
      ...input,
    });
  const rows = () => runtime.opened.store.select().from(t.orderDocuments).all();

  it('keeps files inside the documents folder whatever the patient id, order id and file name', () => {
    // Ids a schema might let through one day: written straight to the store, past the channel's checks.
    const [p1] = dataset.patients;
    const plan = p1!.plansOfCare[0]!;
    runtime.opened.store.transaction((tx) => {
      for (const id of HOSTILE_IDS) {
        writePatient(tx, { ...p1!, id }, '2026-11-24T12:00:00.000Z');
        writePlanOfCare(tx, id, { ...plan, orders: [{ ...plan.orders[0]!, id }] });
      }
    });
    for (const id of HOSTILE_IDS) {
      const result = runtime.services.addDocument({
        patientId: id,
        order: id,
        kind: 'plan-of-care',
        date: '2026-01-05',
        reference: `ref ${id}`,
        file: { name: '../../.config/autostart/x.desktop', contentBase64: Buffer.from(`[Desktop Entry] ${id}`).toString('base64') },
      });
      expect(result.file).toMatch(/^[0-9a-f-]{36}\.bin$/);
    }
    const outside = filesUnder(runtime.dir).filter((f) => !resolve(runtime.dir, f).startsWith(folder + sep));
    expect(outside.every((f) => /^dripline\.sqlite(-wal|-shm)?$/.test(f))).toBe(true);
    expect(readdirSync(folder)).toHaveLength(HOSTILE_IDS.length); // every file written landed here
  });

  it('refuses a stored path that would resolve outside the documents folder', () => {
    for (const bad of ['..', '../x', '../../.config/autostart/x.desktop', '/etc/passwd', 'a/../../b', ''])
      expect(() => documentPath(runtime.databasePath, bad)).toThrow(/outside the documents folder/);
    expect(documentPath(runtime.databasePath, 'p1/mero/old-layout.pdf')).toBe(join(folder, 'p1', 'mero', 'old-layout.pdf'));
  });

  it.skipIf(!posix)('makes the documents folder 0700 and each document 0600', async () => {
    const result = await add({ file: { name: 'rx.pdf', contentBase64: PDF } });
    if (!result.ok) throw new Error(result.error.message);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const file = join(folder, (result.value as { file: string }).file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual([(result.value as { file: string }).file]); // no temp file left behind
  });

  it('refuses the same order, kind, date and reference twice, at the reference field', async () => {
    expect(await add({ file: { name: 'rx.pdf', contentBase64: PDF } })).toMatchObject({ ok: true });
    const message = 'This document is already attached to order mero: medication order dated 2026-01-05, reference RX-1001';
    const again = await add({ file: { name: 'other.pdf', contentBase64: Buffer.from('%PDF-1.4 other').toString('base64') } });
    expect(again).toEqual({ ok: false, error: { kind: 'invalid', message, fields: [{ path: 'reference', message }] } });
    expect(await add({})).toMatchObject({ ok: false, error: { fields: [{ path: 'reference', message }] } });
    expect(rows()).toHaveLength(1);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('refuses the same file twice on one order, at the file field, naming the document that has it', async () => {
    expect(await add({ file: { name: 'rx.pdf', contentBase64: PDF } })).toMatchObject({ ok: true });
    const again = await add({ kind: 'plan-of-care', reference: 'POC-1', file: { name: 'copy.pdf', contentBase64: PDF } });
    expect(again).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        fields: [
          {
            path: 'file.contentBase64',
            message: 'This document is already attached to order mero: medication order dated 2026-01-05, reference RX-1001',
          },
        ],
      },
    });
    expect(readdirSync(folder)).toHaveLength(1);
    // The same bytes on another order are a different attachment.
    expect(await add({ order: 'vanc', file: { name: 'rx.pdf', contentBase64: PDF } })).toMatchObject({ ok: true });
  });

  it('attaches an uploaded file to a listed document that has none, instead of adding a second row', async () => {
    expect(await add({})).toMatchObject({ ok: true, value: { file: null } });
    const attached = await add({ file: { name: 'rx.pdf', contentBase64: PDF } });
    if (!attached.ok) throw new Error(attached.error.message);
    expect(rows()).toEqual([expect.objectContaining({ reference: 'RX-1001', filePath: (attached.value as { file: string }).file })]);
  });

  it.each([
    ['not base64 at all', '%%%not-base64%%%'],
    ['with a space', 'JVBE Ri0x'],
    ['with a data: prefix', `data:application/pdf;base64,${PDF}`],
    ['cut short', 'JVBERi0'],
    ['padding in the middle', 'JV==RERi'],
    ['url-safe alphabet', 'JVBE_i0x'],
  ])('refuses file content %s at its field and writes nothing', async (_label, contentBase64) => {
    const result = await add({ file: { name: 'rx.pdf', contentBase64 } });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'invalid', fields: [{ path: 'file.contentBase64', message: expect.stringMatching(/not valid base64/) }] },
    });
    expect(rows()).toHaveLength(0);
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a file over 15 MB with a clear message, and an empty one', async () => {
    const big = await add({ file: { name: 'big.pdf', contentBase64: 'A'.repeat(20_000_004) } });
    expect(big).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'file.contentBase64', message: 'The file is larger than 15 MB: attach a smaller file' }] },
    });
    expect(await add({ file: { name: 'empty.pdf', contentBase64: '' } })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'file.contentBase64', message: 'The file is empty' }] },
    });
    expect(existsSync(folder)).toBe(false);
  });

  it('removes the file when the row cannot be written, so no file is left without a row', async () => {
    runtime.opened.sqlite.exec(
      "CREATE TEMP TRIGGER refuse_documents BEFORE INSERT ON order_documents BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const result = await add({ file: { name: 'rx.pdf', contentBase64: PDF } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(rows()).toHaveLength(0);
    expect(readdirSync(folder)).toEqual([]);
    runtime.opened.sqlite.exec('DROP TRIGGER refuse_documents');
    const ok = await add({ file: { name: 'rx.pdf', contentBase64: PDF } });
    if (!ok.ok) throw new Error(ok.error.message);
    expect(readFileSync(join(folder, (ok.value as { file: string }).file), 'utf8')).toBe('%PDF-1.4 rx');
  });
});
