import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { tempRuntime } from '../testing/tempDatabase';
import { countRows, idsaRuntime, NEW_PATIENT_SAVE as newPatient } from '../testing/runtimeFixtures';

const order = (over: Record<string, unknown> = {}) => ({
  therapy: 'anti-infective',
  drug: 'meropenem-1g',
  dose: { amount: 1, unit: 'g' },
  schedule: 'q8h',
  start: '2026-11-24',
  stop: '2026-12-07',
  route: 'IV',
  ...over,
});

describe('intake: saving patients and plans of care through the channel table', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const count = (table: string) => countRows(runtime, table);
  beforeEach(() => {
    runtime = idsaRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('creates a patient with a coverage and a plan of care with two orders', async () => {
    const saved = await runtime.table.dispatch('patients.save', newPatient);
    expect(saved).toEqual({ ok: true, value: { id: 'P1' } });
    const plan = await runtime.table.dispatch('plans.save', {
      patientId: 'P1',
      plan: {
        prescriber: 'dr-patel',
        from: '2026-11-24',
        to: '2026-12-23',
        diagnoses: ['A41.9'],
        orders: [order(), order({ drug: 'vancomycin-1g', schedule: 'q12h' })],
      },
    });
    expect(plan).toEqual({ ok: true, value: { id: 'POC1' } });
    const detail = runtime.services.getPatient('P1');
    expect(detail.coverages[0]).toMatchObject({ payerId: 'bcbs', memberId: 'XEH000111', rank: 'primary' });
    expect(detail.plansOfCare[0]!.orders.map((o) => [o.id, o.drugName, o.schedule])).toEqual([
      ['O1', 'Meropenem 1 g vial', 'q8h'],
      ['O2', 'Vancomycin 1 g vial', 'q12h'],
    ]);
  });

  it.each([
    ['an ICD-10-CM code of the wrong shape', { diagnoses: ['A4'] }, 'plan.diagnoses[0]', 'Not an ICD-10-CM code (e.g. M86.171)'],
    [
      'a schedule outside the grammar',
      { orders: [order({ schedule: 'q7h' })] },
      'plan.orders[0].schedule',
      'q7h: the hours must divide 24, or be 36, 48 or 72',
    ],
    ['a stop before the start', { orders: [order({ stop: '2026-11-20' })] }, 'plan.orders[0].stop', 'The stop date is before the start'],
    [
      'an unknown drug',
      { orders: [order({ drug: 'imipenem' })] },
      'plan.orders[0].drug',
      'Unknown drug "imipenem": choose one from the catalog',
    ],
    ['an unknown prescriber', { prescriber: 'dr-who' }, 'plan.prescriber', 'Choose a prescriber from the list'],
  ])('rejects %s at its field and writes nothing', async (_label, bend, path, message) => {
    const before = [count('plans_of_care'), count('therapy_orders')];
    const result = await runtime.table.dispatch('plans.save', {
      patientId: 'p1',
      plan: { prescriber: 'dr-patel', from: '2026-11-24', to: '2026-12-23', diagnoses: ['A41.9'], orders: [order()], ...bend },
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected an invalid result');
    expect(result.error.fields).toContainEqual({ path, message });
    expect([count('plans_of_care'), count('therapy_orders')]).toEqual(before);
  });

  it('rejects a coverage with an unknown payer and a repeated rank, and writes no patient', async () => {
    const result = await runtime.table.dispatch('patients.save', {
      ...newPatient,
      patient: {
        ...newPatient.patient,
        coverages: [
          { payer: 'nobody', memberId: 'X', rank: 'primary', from: '2026-11-01' },
          { payer: 'bcbs', memberId: 'Y', rank: 'primary', from: '2026-11-01' },
        ],
      },
    });
    expect(result.ok ? [] : result.error.kind === 'invalid' ? result.error.fields.map((f) => f.path) : []).toEqual([
      'patient.coverages[0].payer',
      'patient.coverages[1].rank',
    ]);
    expect(count('patients')).toBe(1);
  });

  it('loads a plan of care in the shape its editor saves back, and saving it again changes nothing', async () => {
    const loaded = await runtime.table.dispatch('plans.get', { patientId: 'p1', planId: 'poc1' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const before = JSON.stringify(runtime.services.exportDataset());
    const again = await runtime.table.dispatch('plans.save', { patientId: 'p1', plan: loaded.value });
    expect(again).toEqual({ ok: true, value: { id: 'poc1' } });
    expect(JSON.stringify(runtime.services.exportDataset())).toBe(before);
  });

  it('previews a schedule typed the way a pharmacist writes it', async () => {
    const preview = await runtime.table.dispatch('schedule.preview', { text: 'MWF', start: '2026-11-23', days: 14 });
    expect(preview).toEqual({
      ok: true,
      value: {
        ok: true,
        schedule: 'weekly:MO,WE,FR',
        dosesPerDoseDay: 1,
        doseDays: ['2026-11-23', '2026-11-25', '2026-11-27', '2026-11-30', '2026-12-02', '2026-12-04'],
        from: '2026-11-23',
        to: '2026-12-06',
      },
    });
  });
});
