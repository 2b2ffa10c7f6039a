import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sealDataset, validateDataset } from './validateDataset';
import { firstOrder, idsaDataset, importInto, validDataset } from '../testing/datasetBuilders';
import { tempRuntime } from '../testing/tempDatabase';
import { resourcesFolder } from '../paths/appRoot';
import type { DatasetInput } from './datasetSchema';

function problemsOf(input: unknown) {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

describe('dataset validation (shared/contracts/dataset-v1.md)', () => {
  it('accepts the IDSA worked example', () => {
    expect(problemsOf(idsaDataset())).toEqual([]);
  });

  it('accepts the demo pharmacy shipped in resources/', () => {
    expect(problemsOf(JSON.parse(readFileSync(join(resourcesFolder(), 'demo-pharmacy.json'), 'utf8')))).toEqual([]);
  });

  it('names the JSON path of an invalid NPI', () => {
    const d = idsaDataset();
    d.prescribers[0]!.npi = '1543278969';
    expect(problemsOf(d)).toEqual([{ path: 'prescribers[0].npi', message: 'is not a valid NPI (10 digits with a correct check digit)' }]);
  });

  it('names the JSON path of a malformed ICD-10-CM code', () => {
    const d = idsaDataset();
    d.patients[0]!.plansOfCare[0]!.diagnoses[1] = 'Z7';
    expect(problemsOf(d)).toEqual([
      { path: 'patients[0].plansOfCare[0].diagnoses[1]', message: 'is not an ICD-10-CM code (e.g. M86.171)' },
    ]);
  });

  it('names the JSON path of a schedule outside the grammar', () => {
    const d = idsaDataset();
    d.patients[0]!.plansOfCare[0]!.orders[1]!.schedule = 'BID';
    expect(problemsOf(d)).toEqual([
      {
        path: 'patients[0].plansOfCare[0].orders[1].schedule',
        message: '"BID" is not a schedule: use q<N>h, q<N>d, weekly:MO,WE,FR, q<N>w, monthly, continuous or once',
      },
    ]);
  });

  it('rejects a stop before the start', () => {
    const d = idsaDataset();
    firstOrder(d).stop = '2026-01-04';
    expect(problemsOf(d)).toEqual([{ path: 'patients[0].plansOfCare[0].orders[0].stop', message: 'is before the start' }]);
  });

  it('rejects an order that refers to an unknown drug', () => {
    const d = idsaDataset();
    firstOrder(d).drug = 'imipenem-500';
    expect(problemsOf(d)).toEqual([
      { path: 'patients[0].plansOfCare[0].orders[0].drug', message: 'refers to unknown drug "imipenem-500"' },
    ]);
  });

  it('rejects an impossible calendar date', () => {
    const d = idsaDataset();
    d.patients[0]!.birthDate = '1958-02-30';
    expect(problemsOf(d)).toEqual([{ path: 'patients[0].birthDate', message: 'must be a real calendar date written YYYY-MM-DD' }]);
  });

  it('reports a repeated id and every reference it breaks', () => {
    const d = idsaDataset();
    d.drugs[1]!.id = d.drugs[0]!.id;
    expect(problemsOf(d).map((p) => p.path)).toEqual(['drugs[1].id', 'patients[0].plansOfCare[0].orders[1].drug']);
  });

  it('rejects a document of another format', () => {
    expect(problemsOf({ ...idsaDataset(), format: 'home-infusion-dataset/2' })[0]?.path).toBe('format');
  });

  it('takes a sealed dataset as validated: frozen whole, so it cannot have changed; a copy is validated again', () => {
    const result = validateDataset(idsaDataset());
    if (!result.ok) throw new Error('the IDSA example validates');
    const sealed = sealDataset(result.dataset);
    expect(validateDataset(sealed)).toEqual({ ok: true, dataset: sealed });
    expect(Object.isFrozen(sealed.patients[0]!.plansOfCare[0]!.orders[0])).toBe(true);
    expect(() => {
      (sealed.patients[0]!.plansOfCare[0]!.orders[0] as { schedule: string }).schedule = 'q5h';
    }).toThrow(TypeError);
    // The same content in another object (as IPC or HTTP delivers it) gets the whole check.
    const copy = JSON.parse(JSON.stringify(sealed)) as DatasetInput;
    firstOrder(copy).schedule = 'q5h';
    expect(problemsOf(copy).map((p) => p.path)).toEqual(['patients[0].plansOfCare[0].orders[0].schedule']);
  });
});

describe('import and export', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('round-trips the IDSA example: export gives back the document that was imported', () => {
    const dataset = importInto(runtime, idsaDataset());
    expect(runtime.services.exportDataset()).toEqual(dataset);
  });

  it('prepares the same statements for 2 patients as for 40: none per row, whose native memory would last the transaction', () => {
    const statementsFor = (count: number) => {
      const input = idsaDataset();
      const [patient] = input.patients;
      input.patients = Array.from({ length: count }, (_, i) => ({ ...structuredClone(patient!), id: `p${i}` }));
      for (const p of input.patients)
        p.plansOfCare[0]!.orders[0]!.documents = [{ kind: 'plan-of-care', date: '2026-01-05', reference: 'R' }];
      const dataset = validDataset(input);
      const fresh = tempRuntime();
      const { sqlite } = fresh.opened;
      const prepare = sqlite.prepare.bind(sqlite);
      let prepared = 0;
      sqlite.prepare = ((source: string) => (prepared++, prepare(source))) as typeof sqlite.prepare;
      try {
        fresh.services.importDataset(dataset);
        fresh.services.importDataset(dataset); // again: every upsert takes its update path
      } finally {
        fresh.cleanup();
      }
      return prepared;
    };
    expect(statementsFor(40)).toBe(statementsFor(2));
  });

  it('round-trips the demo pharmacy', () => {
    const dataset = importInto(runtime, JSON.parse(readFileSync(join(resourcesFolder(), 'demo-pharmacy.json'), 'utf8')) as DatasetInput);
    const exported = runtime.services.exportDataset();
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.patients)).toEqual(byId(dataset.patients));
    expect(byId(exported.payers)).toEqual(byId(dataset.payers));
    expect(byId(exported.drugs)).toEqual(byId(dataset.drugs));
    expect(byId(exported.prescribers)).toEqual(byId(dataset.prescribers));
    expect(exported.pharmacy).toEqual(dataset.pharmacy);
  });

  it('updates records by id on re-import instead of duplicating them', () => {
    importInto(runtime, idsaDataset());
    const changed = idsaDataset();
    changed.patients[0]!.lastName = 'Doe-Smith';
    firstOrder(changed).stop = '2026-01-10';
    importInto(runtime, changed);
    const exported = runtime.services.exportDataset();
    expect(exported.patients).toHaveLength(1);
    expect(exported.patients[0]!.lastName).toBe('Doe-Smith');
    expect(exported.patients[0]!.plansOfCare[0]!.orders).toHaveLength(2);
    expect(exported.patients[0]!.plansOfCare[0]!.orders[0]!.stop).toBe('2026-01-10');
  });

  it('stores ICD-10-CM codes without the dot and gives them back with it', () => {
    importInto(runtime, idsaDataset());
    const stored = runtime.opened.sqlite.prepare('SELECT diagnoses FROM plans_of_care').pluck().get() as string;
    expect(JSON.parse(stored)).toEqual(['M86171', 'Z792', 'Z452']);
    expect(runtime.services.getPatient('p1').plansOfCare[0]!.diagnoses).toEqual(['M86.171', 'Z79.2', 'Z45.2']);
  });
});
