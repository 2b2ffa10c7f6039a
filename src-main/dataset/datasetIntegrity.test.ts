import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from './validateDataset';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { tempRuntime } from '../testing/tempDatabase';
import { billingRecordFromStore } from '../lines/billingRecordFromStore';
import { InvalidInputError } from '../vocabulary';
import type { DatasetInput } from './datasetSchema';

// Drug `class`, order `partOf` (OR-1) and payer profile `interimBilling` (DS-2) from the dataset to the
// database, back out in the export and into the engine's input; and import reporting every problem at once.

type OrderInput = DatasetInput['patients'][number]['plansOfCare'][number]['orders'][number];

function problemsOf(input: unknown) {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

const ordersOf = (d: DatasetInput, plan = 0, patient = 0) => d.patients[patient]!.plansOfCare[plan]!.orders;
const component = (id: string, partOf: string): OrderInput => ({
  id,
  therapy: 'anti-infective',
  drug: 'saline-100ml',
  dose: { amount: 100, unit: 'mL' },
  schedule: 'q8h',
  start: '2026-01-05',
  stop: '2026-01-07',
  route: 'IV',
  partOf,
});

/** The IDSA example with a diluent (an IV solution, part of the meropenem order) and an interim-billing payer. */
function withComponents(): DatasetInput {
  const d = idsaDataset();
  d.drugs[0]!.class = 'drug';
  // Between the two IDSA drugs: the export lists drugs by id.
  d.drugs.splice(1, 0, {
    id: 'saline-100ml',
    name: 'Sodium chloride 0.9%, 100 mL bag',
    hcpcs: 'J7050',
    billingUnit: { amount: 250, unit: 'mL' },
    ndc: '99999705002',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 1, unit: 'mL' },
    form: 'solution',
    class: 'iv-solution',
  });
  d.payers[0]!.profile = { ...d.payers[0]!.profile, interimBilling: true };
  ordersOf(d).push(component('mero-diluent', 'mero'));
  return d;
}

describe('drug class, order partOf and payer interimBilling: import, export, engine input', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('round-trips them, and leaves them out of the export where the file had none', () => {
    const dataset = importInto(runtime, withComponents());
    const exported = runtime.services.exportDataset();
    expect(exported).toEqual(dataset);

    expect(exported.drugs.map((d) => [d.id, d.class])).toEqual([
      ['meropenem-1g', 'drug'],
      ['saline-100ml', 'iv-solution'],
      ['vancomycin-1g', undefined],
    ]);
    expect('class' in exported.drugs.find((d) => d.id === 'vancomycin-1g')!).toBe(false);
    const orders = exported.patients[0]!.plansOfCare[0]!.orders;
    expect(orders.find((o) => o.id === 'mero-diluent')?.partOf).toBe('mero');
    expect(orders.filter((o) => 'partOf' in o).map((o) => o.id)).toEqual(['mero-diluent']);
    expect(exported.payers[0]!.profile?.interimBilling).toBe(true);
  });

  it('keeps an explicit "no" for interim billing, and clears the fields when a re-import leaves them out', () => {
    const first = withComponents();
    first.payers[0]!.profile!.interimBilling = false;
    importInto(runtime, first);
    expect(runtime.services.exportDataset().payers[0]!.profile?.interimBilling).toBe(false);

    const second = withComponents();
    delete second.payers[0]!.profile!.interimBilling;
    delete second.drugs.find((d) => d.id === 'saline-100ml')!.class;
    delete ordersOf(second).find((o) => o.id === 'mero-diluent')!.partOf;
    importInto(runtime, second);
    const exported = runtime.services.exportDataset();
    expect('interimBilling' in exported.payers[0]!.profile!).toBe(false);
    expect('class' in exported.drugs.find((d) => d.id === 'saline-100ml')!).toBe(false);
    expect(exported.patients[0]!.plansOfCare[0]!.orders.some((o) => 'partOf' in o)).toBe(false);
  });

  it('gives the engine the drug class, the component order and the payer setting', () => {
    importInto(runtime, withComponents());
    const record = billingRecordFromStore(runtime.opened.store, { from: '2026-01-01', to: '2026-01-31' });
    expect(Object.fromEntries(record.drugs.map((d) => [d.id, d.class]))).toEqual({
      'meropenem-1g': 'drug',
      'saline-100ml': 'iv-solution',
      'vancomycin-1g': undefined,
    });
    const orders = record.patients[0]!.orders;
    expect(orders.find((o) => o.id === 'mero-diluent')?.partOf).toBe('mero');
    expect(orders.find((o) => o.id === 'mero')?.partOf).toBeUndefined();
    expect(record.payers[0]!.profile.interimBilling).toBe(true);
  });
});

describe('partOf (OR-1): another order of the same plan of care, and a main order', () => {
  const at = 'patients[0].plansOfCare[0].orders[2].partOf';

  it('accepts a component of an order of its plan', () => {
    expect(problemsOf(withComponents())).toEqual([]);
  });

  it('refuses an order that is part of itself', () => {
    const d = withComponents();
    ordersOf(d)[2]!.partOf = 'mero-diluent';
    expect(problemsOf(d)).toEqual([{ path: at, message: 'names the order itself: a component is part of another order' }]);
  });

  it('refuses an order id that is not in the plan', () => {
    const d = withComponents();
    ordersOf(d)[2]!.partOf = 'cefazolin';
    expect(problemsOf(d)).toEqual([
      { path: at, message: 'refers to unknown order "cefazolin" (no order of this plan of care has that id)' },
    ]);
  });

  it('refuses an order of another plan of care of the same patient', () => {
    const d = withComponents();
    const plans = d.patients[0]!.plansOfCare;
    plans.push({ ...structuredClone(plans[0]!), id: 'poc2', orders: [{ ...structuredClone(ordersOf(d)[0]!), id: 'mero-2' }] });
    ordersOf(d)[2]!.partOf = 'mero-2';
    expect(problemsOf(d)).toEqual([
      { path: at, message: 'refers to order "mero-2" of another plan of care: a component must be in the same plan as its order' },
    ]);
  });

  it('refuses a component of a component, whichever comes first in the list', () => {
    const d = withComponents();
    ordersOf(d).unshift(component('flush', 'mero-diluent'));
    expect(problemsOf(d)).toEqual([
      {
        path: 'patients[0].plansOfCare[0].orders[0].partOf',
        message: 'refers to order "mero-diluent", which is itself part of another order: name the main order',
      },
    ]);
  });

  it('reports a partOf that is not an id once, as a structural problem', () => {
    const d = withComponents();
    ordersOf(d)[2]!.partOf = '  ';
    expect(problemsOf(d)).toEqual([{ path: at, message: 'is required' }]);
  });
});

describe('import reports every problem in one pass', () => {
  /** Two patients: the IDSA patient and a copy of it with its own id. */
  function twoPatients(): DatasetInput {
    const d = idsaDataset();
    d.patients.push({ ...structuredClone(d.patients[0]!), id: 'p2', firstName: 'John' });
    return d;
  }

  it('reports a bad date in one patient and an unknown drug in another together, and writes nothing', async () => {
    const runtime = tempRuntime();
    try {
      const d = twoPatients();
      d.patients[0]!.birthDate = '1958-02-30';
      ordersOf(d, 0, 1)[0]!.drug = 'imipenem-500';
      const expected = [
        { path: 'patients[0].birthDate', message: 'must be a real calendar date written YYYY-MM-DD' },
        { path: 'patients[1].plansOfCare[0].orders[0].drug', message: 'refers to unknown drug "imipenem-500"' },
      ];
      expect(problemsOf(d)).toEqual(expected);

      expect(() => runtime.services.importDocument(d)).toThrow(InvalidInputError);
      const viaChannel = await runtime.table.dispatch('dataset.import', { document: d });
      expect(viaChannel).toMatchObject({ ok: false, error: { kind: 'invalid', fields: expected } });
      const count = (table: string) => runtime.opened.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect([count('patients'), count('drugs'), count('payers'), count('therapy_orders')]).toEqual([0, 0, 0, 0]);
    } finally {
      runtime.cleanup();
    }
  });

  it('checks the references of a record that has structural problems of its own', () => {
    const d = twoPatients();
    const order = ordersOf(d, 0, 1)[1]!;
    order.schedule = 'BID';
    order.drug = 'imipenem-500';
    d.patients[1]!.coverages[0]!.payer = 'aetna';
    d.patients[1]!.plansOfCare[0]!.prescriber = 'dr-who';
    d.patients[1]!.nursingVisits = [{ date: '2026-01-32', minutes: 60, order: 'ghost' }];
    expect(problemsOf(d).map((p) => p.path)).toEqual([
      'patients[1].plansOfCare[0].orders[1].schedule',
      'patients[1].nursingVisits[0].date',
      'patients[1].coverages[0].payer',
      'patients[1].plansOfCare[0].prescriber',
      'patients[1].plansOfCare[0].orders[1].drug',
      'patients[1].nursingVisits[0].order',
    ]);
  });

  it('does not report a reference twice, nor judge references against a list that is not a list', () => {
    const d = twoPatients() as unknown as Record<string, unknown> & DatasetInput;
    ordersOf(d)[0]!.drug = 42 as unknown as string;
    (d as Record<string, unknown>).payers = { bcbs: true };
    const problems = problemsOf(d);
    expect(problems.map((p) => p.path)).toEqual(['payers', 'patients[0].plansOfCare[0].orders[0].drug']);
    expect(problems.some((p) => p.message.startsWith('refers to'))).toBe(false);
  });

  it('still reports a repeated id and the references it breaks', () => {
    const d = twoPatients();
    d.drugs[1]!.id = d.drugs[0]!.id;
    d.patients[1]!.lastName = '';
    expect(problemsOf(d).map((p) => p.path)).toEqual([
      'patients[1].lastName',
      'drugs[1].id',
      'patients[0].plansOfCare[0].orders[1].drug',
      'patients[1].plansOfCare[0].orders[1].drug',
    ]);
  });
});
