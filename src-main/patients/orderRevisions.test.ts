import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { MERO_BILLING_FIELDS } from '../testing/runtimeFixtures';
import type { DatasetInput } from '../dataset/datasetSchema';
import { DOCUMENT_KINDS, type ExportedFileView, type PlanOfCareEdit } from '../vocabulary';

// OR-2 through the plans channels: an edit to an order with days on a claim already sent takes effect from a
// date, the earlier version keeps its lines, and nothing billed is repriced. OR-1: partOf saved and read back.

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };
const JAN_FEB = { from: '2026-01-01', to: '2026-02-28' };
/** What the channel table answers a dispatch with. */
type Dispatched = Awaited<ReturnType<ReturnType<typeof tempRuntime>['table']['dispatch']>>;

/** The IDSA example with meropenem running into February (vancomycin still stops on January 7), documented. */
function dataset(): DatasetInput {
  const d = idsaDataset();
  const plan = d.patients[0]!.plansOfCare[0]!;
  plan.to = '2026-03-04';
  plan.orders[0]!.stop = '2026-02-10';
  for (const o of plan.orders) o.documents = DOCUMENT_KINDS.map((kind) => ({ kind, date: o.start, reference: kind }));
  return d;
}

describe('order revisions: an edit takes effect from a date, and billed lines are never repriced (OR-2)', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const sql = <T>(query: string, ...params: unknown[]) => runtime.opened.sqlite.prepare(query).all(...params) as T[];
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const loadPlan = () => call<PlanOfCareEdit>('plans.get', { patientId: 'p1', planId: 'poc1' });
  /** The plan as loaded, with meropenem's order bent. */
  const saveMero = async (bend: Record<string, unknown>): Promise<Dispatched> => {
    const plan = await loadPlan();
    return runtime.table.dispatch('plans.save', {
      patientId: 'p1',
      plan: { ...plan, orders: plan.orders.map((o) => (o.id === 'mero' ? { ...o, ...bend } : o)) },
    });
  };
  const fieldsOf = (result: Dispatched) => {
    if (result.ok || result.error.kind !== 'invalid') throw new Error(`expected an invalid result: ${JSON.stringify(result)}`);
    return result.error.fields;
  };
  const exportedClaim = () =>
    sql(
      `SELECT c.control_number, c.total_cents, c.snapshot, f.content,
              group_concat(b.line_key || ':' || b.units || ':' || b.charge_cents || ':' || b.status, '|') AS lines
       FROM claims c JOIN export_files f ON f.key = c.export_file_key JOIN claim_lines cl ON cl.claim_key = c.key
       JOIN billing_lines b ON b.id = cl.billing_line_id GROUP BY c.key`,
    );
  const meroDrugUnits = (from: string, to: string) =>
    sql<{ date: string; units: number; claim: number | null }>(
      `SELECT date, units, claim_id AS claim FROM billing_lines
       WHERE order_id = 'mero' AND kind = 'drug' AND status = 'current' AND date BETWEEN ? AND ? ORDER BY date`,
      from,
      to,
    );

  beforeEach(async () => {
    runtime = tempRuntime();
    importInto(runtime, dataset());
    const { drafts } = await call<{ drafts: { draftId: string }[] }>('claims.drafts', JANUARY);
    await call<ExportedFileView>('claims.export', { ...JANUARY, draftIds: drafts.map((d) => d.draftId) });
  });
  afterEach(() => runtime.cleanup());

  it('shows which orders have billed days, and through which day', async () => {
    const plan = await loadPlan();
    expect(plan.orders.map((o) => [o.id, o.billed])).toEqual([
      // January's lines fill two claims (50 lines at most on one).
      ['mero', { lastDay: '2026-01-31', claims: ['DL00000001', 'DL00000002'] }],
      ['vanc', { lastDay: '2026-01-07', claims: ['DL00000001'] }],
    ]);
    expect(plan.orders[0]!.versions).toEqual([
      {
        from: '2026-01-05',
        to: '2026-02-10',
        therapy: 'anti-infective',
        drug: 'meropenem-1g',
        drugName: 'Meropenem 1 g vial',
        dose: '1 g',
        schedule: 'q8h',
      },
    ]);
  });

  it('refuses a dose change without an effective date, naming the last billed day, and changes nothing', async () => {
    const before = JSON.stringify(runtime.services.exportDataset());
    const claim = exportedClaim();
    const result = await saveMero({ dose: { amount: 2, unit: 'g' } });
    expect(fieldsOf(result)).toEqual([
      {
        path: 'plan.orders[0].effectiveFrom',
        message:
          'Lines of this order through 2026-01-31 are on claims DL00000001, DL00000002, already sent: enter the date this change takes effect, after 2026-01-31.',
      },
    ]);
    expect(JSON.stringify(runtime.services.exportDataset())).toBe(before);
    expect(sql('SELECT * FROM order_revisions')).toEqual([]);
    expect(exportedClaim()).toEqual(claim);
  });

  it('refuses an effective date on a billed day, naming the claim and the corrected-claim way', async () => {
    const result = await saveMero({ dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-01-28' });
    expect(fieldsOf(result)).toEqual([
      {
        path: 'plan.orders[0].effectiveFrom',
        message:
          '2026-01-28 is already billed: lines of this order from 2026-01-28 through 2026-01-31 are on claim DL00000002. ' +
          'Choose a date after 2026-01-31; to change what was billed, send a corrected claim.',
      },
    ]);
    expect(sql('SELECT * FROM order_revisions')).toEqual([]);
  });

  it('refuses an effective date after the stop', async () => {
    const result = await saveMero({ dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-02-11' });
    expect(fieldsOf(result)).toEqual([
      {
        path: 'plan.orders[0].effectiveFrom',
        message: 'The order stops on 2026-02-10: the change must take effect on or before that day.',
      },
    ]);
  });

  it('with an effective date keeps the earlier version and its claim; the new dose prices the days from that date only', async () => {
    const claim = exportedClaim();
    const january = meroDrugUnits('2026-01-01', '2026-01-31');
    expect(january.map((l) => l.units)).toEqual(Array(27).fill(30));
    const saved = await saveMero({ dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-02-01' });
    expect(saved).toEqual({ ok: true, value: { id: 'poc1' } });

    expect(sql('SELECT last_day, fields, recorded_at FROM order_revisions')).toEqual([
      {
        last_day: '2026-01-31',
        fields: JSON.stringify(MERO_BILLING_FIELDS),
        recorded_at: '2026-11-24T12:00:00.000Z',
      },
    ]);

    const stored = runtime.services.generateAndStoreLines(JAN_FEB, 'p1').stored;
    expect(stored.corrections).toEqual([]);
    expect(meroDrugUnits('2026-01-01', '2026-01-31')).toEqual(january);
    // 2 g q8h: 6000 mg / 100 mg = 60 units a day (DR-1a), from February 1 through the stop.
    expect(meroDrugUnits('2026-02-01', '2026-02-28').map((l) => [l.date, l.units])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`2026-02-${String(i + 1).padStart(2, '0')}`, 60]),
    );
    expect(exportedClaim()).toEqual(claim);
    const drafts = await call<{ corrections: unknown[] }>('claims.drafts', JAN_FEB);
    expect(drafts.corrections).toEqual([]);

    const plan = await loadPlan();
    expect(plan.orders[0]!.dose).toEqual({ amount: 2, unit: 'g' });
    expect(plan.orders[0]!.versions.map((v) => [v.from, v.to, v.dose, v.schedule])).toEqual([
      ['2026-01-05', '2026-01-31', '1 g', 'q8h'],
      ['2026-02-01', '2026-02-10', '2 g', 'q8h'],
    ]);
  });

  it('orders each later change after the previous one', async () => {
    expect(await saveMero({ dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-02-05' })).toMatchObject({ ok: true });
    const again = await saveMero({ schedule: 'q12h', effectiveFrom: '2026-02-03' });
    expect(fieldsOf(again)).toEqual([
      {
        path: 'plan.orders[0].effectiveFrom',
        message: 'An earlier version of this order applies through 2026-02-04: the change must take effect after that day.',
      },
    ]);
    expect(await saveMero({ schedule: 'q12h', effectiveFrom: '2026-02-08' })).toMatchObject({ ok: true });
    const plan = await loadPlan();
    expect(plan.orders[0]!.versions.map((v) => [v.from, v.to, v.dose, v.schedule])).toEqual([
      ['2026-01-05', '2026-02-04', '1 g', 'q8h'],
      ['2026-02-05', '2026-02-07', '2 g', 'q8h'],
      ['2026-02-08', '2026-02-10', '2 g', 'q12h'],
    ]);
  });

  it('does not version a stop date change, or a save that changes nothing', async () => {
    expect(await saveMero({ stop: '2026-02-14' })).toMatchObject({ ok: true });
    expect(await saveMero({ effectiveFrom: '2026-02-03' })).toMatchObject({ ok: true });
    expect(sql('SELECT * FROM order_revisions')).toEqual([]);
    expect((await loadPlan()).orders[0]!.stop).toBe('2026-02-14');
  });
});

describe('order edits without billed days, and partOf (OR-1)', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const save = async (bend: (orders: PlanOfCareEdit['orders']) => PlanOfCareEdit['orders']) => {
    const loaded = await runtime.table.dispatch('plans.get', { patientId: 'p1', planId: 'poc1' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const plan = loaded.value as PlanOfCareEdit;
    return runtime.table.dispatch('plans.save', { patientId: 'p1', plan: { ...plan, orders: bend(plan.orders) } });
  };
  const revisions = () => runtime.opened.sqlite.prepare('SELECT last_day FROM order_revisions').pluck().all();
  beforeEach(() => {
    runtime = tempRuntime();
    importInto(runtime, dataset());
  });
  afterEach(() => runtime.cleanup());

  it('rewrites an order that has no billed days when no effective date is given', async () => {
    expect(await save((orders) => orders.map((o) => (o.id === 'mero' ? { ...o, dose: { amount: 2, unit: 'g' } } : o)))).toMatchObject({
      ok: true,
    });
    expect(revisions()).toEqual([]);
  });

  it('still records a version when an effective date is given', async () => {
    const edit = (o: PlanOfCareEdit['orders'][number]) =>
      o.id === 'mero' ? { ...o, dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-01-10' } : o;
    expect(await save((orders) => orders.map(edit))).toMatchObject({ ok: true });
    expect(revisions()).toEqual(['2026-01-09']);
  });

  it('refuses an effective date on or before the start', async () => {
    const result = await save((orders) =>
      orders.map((o) => (o.id === 'mero' ? { ...o, dose: { amount: 2, unit: 'g' }, effectiveFrom: '2026-01-05' } : o)),
    );
    expect(result).toMatchObject({ ok: false, error: { fields: [{ path: 'plan.orders[0].effectiveFrom' }] } });
  });

  it('saves an order as part of another and reads it back', async () => {
    expect(await save((orders) => orders.map((o) => (o.id === 'vanc' ? { ...o, partOf: 'mero' } : o)))).toMatchObject({ ok: true });
    const loaded = await runtime.table.dispatch('plans.get', { patientId: 'p1', planId: 'poc1' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect((loaded.value as PlanOfCareEdit).orders.map((o) => [o.id, o.partOf])).toEqual([
      ['mero', undefined],
      ['vanc', 'mero'],
    ]);
    expect(runtime.services.getPatient('p1').plansOfCare[0]!.orders.map((o) => o.partOf)).toEqual([null, 'mero']);
  });

  it.each([
    ['itself', 'mero', 'mero', 'An order cannot be part of itself'],
    ['an order not in the plan', 'mero', 'imipenem', 'There is no order "imipenem" in this plan of care'],
  ])('refuses partOf naming %s', async (_label, orderId, partOf, message) => {
    const result = await save((orders) => orders.map((o) => (o.id === orderId ? { ...o, partOf } : o)));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'plan.orders[0].partOf', message }] } });
    expect(runtime.services.getPatient('p1').plansOfCare[0]!.orders.map((o) => o.partOf)).toEqual([null, null]);
  });

  it('refuses a component of a component', async () => {
    const result = await save((orders) => orders.map((o) => ({ ...o, partOf: o.id === 'mero' ? 'vanc' : 'mero' })));
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: [
          { path: 'plan.orders[0].partOf', message: 'Order "vanc" is itself part of order "mero": choose the order it belongs to' },
          { path: 'plan.orders[1].partOf', message: 'Order "mero" is itself part of order "vanc": choose the order it belongs to' },
        ],
      },
    });
  });
});
