import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { documentsFolder } from './documentStore';

describe('holds, visits, pump events, documents and episodes', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
    importInto(runtime, idsaDataset());
  });
  afterEach(() => runtime.cleanup());

  it('opens an episode of care for the imported plan and discharges it', async () => {
    const [episode] = runtime.services.getPatient('p1').episodes;
    expect(episode).toMatchObject({ admittedOn: '2026-01-05', dischargedOn: null, plans: ['poc1'] });
    const early = await runtime.table.dispatch('episodes.discharge', {
      patientId: 'p1',
      episode: episode!.key,
      dischargedOn: '2026-01-01',
    });
    expect(early).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'dischargedOn' }] } });
    await runtime.table.dispatch('episodes.discharge', {
      patientId: 'p1',
      episode: episode!.key,
      dischargedOn: '2026-01-07',
      reason: 'therapy complete',
    });
    expect(runtime.services.getPatient('p1').episodes[0]).toMatchObject({
      dischargedOn: '2026-01-07',
      dischargeReason: 'therapy complete',
    });
  });

  it('a hold entered on the patient page takes the per diem off those days (PU-2)', async () => {
    const before = runtime.services.lines({ from: '2026-01-05', to: '2026-01-07' }).lines.filter((l) => l.kind === 'per-diem').length;
    expect(
      await runtime.table.dispatch('holds.add', { patientId: 'p1', from: '2026-01-06', to: '2026-01-06', reason: 'inpatient' }),
    ).toMatchObject({ ok: true });
    const after = runtime.services.lines({ from: '2026-01-05', to: '2026-01-07' });
    expect(after.lines.filter((l) => l.kind === 'per-diem').length).toBe(before - 2);
    expect(after.findings.some((f) => f.rule === 'PU-2')).toBe(true);
    const backwards = await runtime.table.dispatch('holds.add', { patientId: 'p1', from: '2026-01-06', to: '2026-01-05', reason: 'other' });
    expect(backwards).toMatchObject({ ok: false, error: { fields: [{ path: 'to', message: 'The hold ends before it starts' }] } });
  });

  it('records a nursing visit against an order, and refuses an order of someone else', async () => {
    expect(
      await runtime.table.dispatch('visits.add', { patientId: 'p1', date: '2026-01-06', minutes: 90, order: 'mero', nurse: 'R. Lee, RN' }),
    ).toMatchObject({ ok: true });
    expect(runtime.services.getPatient('p1').nursingVisits).toContainEqual({
      date: '2026-01-06',
      minutes: 90,
      order: 'mero',
      nurse: 'R. Lee, RN',
    });
    const wrong = await runtime.table.dispatch('visits.add', { patientId: 'p1', date: '2026-01-06', minutes: 90, order: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'order' }] } });
  });

  it('keeps an attached document file beside the database and records it on the order (PY-3)', async () => {
    const result = await runtime.table.dispatch('documents.add', {
      patientId: 'p1',
      order: 'mero',
      kind: 'medication-order',
      date: '2026-01-05',
      reference: 'RX-1001',
      file: { name: 'rx 1001.pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') },
    });
    if (!result.ok) throw new Error(result.error.message);
    const stored = join(documentsFolder(runtime.databasePath), (result.value as { file: string }).file);
    expect(existsSync(stored)).toBe(true);
    expect(readFileSync(stored, 'utf8')).toBe('%PDF-1.4 test');
    const order = runtime.services.getPatient('p1').plansOfCare[0]!.orders.find((o) => o.id === 'mero')!;
    // Named by a generated key and the sniffed type only: nothing typed (ids, file name) is in the path.
    expect(order.documents).toEqual([
      { kind: 'medication-order', date: '2026-01-05', reference: 'RX-1001', file: expect.stringMatching(/^[0-9a-f-]{36}\.pdf$/) },
    ]);
  });

  it('records a cassette change for a pump order', async () => {
    expect(
      await runtime.table.dispatch('pumpEvents.add', { patientId: 'p1', order: 'vanc', date: '2026-01-06', kind: 'cassette-change' }),
    ).toMatchObject({ ok: true });
    expect(runtime.services.getPatient('p1').pumpEvents).toEqual([{ date: '2026-01-06', kind: 'cassette-change', order: 'vanc' }]);
  });
});
