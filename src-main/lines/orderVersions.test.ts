import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { MERO_BILLING_FIELDS } from '../testing/runtimeFixtures';
import type { PlanOfCareEdit } from '../vocabulary';
import { billingRecordFromStore } from './billingRecordFromStore';
import { orderVersions, type OrderBillingFields } from './orderVersions';

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

const fields = (over: Partial<OrderBillingFields> = {}): OrderBillingFields => ({ ...MERO_BILLING_FIELDS, ...over });

describe('order versions (OR-2): the windows of an order edited with effective dates', () => {
  it('gives one version per revision, then the current one from the day after the last revision', () => {
    const revisions = [
      { orderKey: 1, lastDay: '2026-01-09', fields: fields(), recordedAt: 'x' },
      { orderKey: 1, lastDay: '2026-01-20', fields: fields({ dose: { amount: 2, unit: 'g' } }), recordedAt: 'y' },
    ];
    expect(
      orderVersions(fields({ dose: { amount: 2, unit: 'g' }, schedule: 'q12h' }), revisions).map((v) => [
        v.from,
        v.to,
        v.fields.dose?.amount,
        v.fields.schedule,
      ]),
    ).toEqual([
      [undefined, '2026-01-09', 1, 'q8h'],
      ['2026-01-10', '2026-01-20', 2, 'q8h'],
      ['2026-01-21', undefined, 2, 'q12h'],
    ]);
    expect(orderVersions(fields(), [])).toEqual([{ fields: fields() }]);
  });
});

describe('store to engine: one order record per version, sharing the order id', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
    importInto(runtime, idsaDataset());
  });
  afterEach(() => runtime.cleanup());

  it('leaves an order without revisions as it was', () => {
    const record = billingRecordFromStore(runtime.opened.store, JANUARY, 'p1');
    expect(record.patients[0]!.orders.map((o) => [o.id, o.effective])).toEqual([
      ['mero', undefined],
      ['vanc', undefined],
    ]);
  });

  it('emits each version with its window, and the drugs of earlier versions', async () => {
    const loaded = await runtime.table.dispatch('plans.get', { patientId: 'p1', planId: 'poc1' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const plan = loaded.value as PlanOfCareEdit;
    const saved = await runtime.table.dispatch('plans.save', {
      patientId: 'p1',
      plan: {
        ...plan,
        orders: plan.orders.map((o) =>
          o.id === 'mero'
            ? { ...o, drug: 'vancomycin-1g', dose: { amount: 1.25, unit: 'g' }, schedule: 'q12h', effectiveFrom: '2026-01-06' }
            : o,
        ),
      },
    });
    expect(saved).toMatchObject({ ok: true });
    const record = billingRecordFromStore(runtime.opened.store, JANUARY, 'p1');
    const mero = record.patients[0]!.orders.filter((o) => o.id === 'mero');
    expect(mero.map((o) => [o.drug, o.dose?.amount, o.schedule, o.start, o.stop, o.effective])).toEqual([
      ['meropenem-1g', 1, 'q8h', '2026-01-05', '2026-01-07', { from: undefined, to: '2026-01-05' }],
      ['vancomycin-1g', 1.25, 'q12h', '2026-01-05', '2026-01-07', { from: '2026-01-06', to: undefined }],
    ]);
    // No current order names meropenem any more; its earlier version still needs the drug.
    expect(record.drugs.map((d) => d.id).sort()).toEqual(['meropenem-1g', 'vancomycin-1g']);
  });
});
