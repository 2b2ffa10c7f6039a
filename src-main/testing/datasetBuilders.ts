import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, DatasetInput } from '../dataset/datasetSchema';
import { validateDataset } from '../dataset/validateDataset';

// Test builders: the IDSA worked example (a copy of shared/contracts/example-idsa.json) as the base record,
// parsed fresh for each test so a test can bend one field without touching the others.

export const IDSA_EXAMPLE_PATH = join(import.meta.dirname, 'fixtures', 'example-idsa.json');

export function idsaDataset(): DatasetInput {
  return JSON.parse(readFileSync(IDSA_EXAMPLE_PATH, 'utf8')) as DatasetInput;
}

/** The dataset a test builds, validated: throws, listing each `path: message`, when it does not validate. */
export function validDataset(input: DatasetInput): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

/** Validates the dataset a test builds (throwing when it does not validate) and imports it into the runtime. */
export function importInto(runtime: { services: { importDataset(d: Dataset): unknown } }, input: DatasetInput): Dataset {
  const dataset = validDataset(input);
  runtime.services.importDataset(dataset);
  return dataset;
}

type Order = DatasetInput['patients'][number]['plansOfCare'][number]['orders'][number];

/** The first patient's first order of a dataset, for tests that bend one order field. */
export function firstOrder(dataset: DatasetInput): Order {
  const order = dataset.patients[0]?.plansOfCare[0]?.orders[0];
  if (!order) throw new Error('dataset has no order');
  return order;
}

const DOCUMENT_KINDS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'] as const;

/** Every order keeps its five PY-3 documents, so its claims can be ready. */
export function documented(dataset: DatasetInput): DatasetInput {
  for (const p of dataset.patients)
    for (const plan of p.plansOfCare)
      for (const o of plan.orders) o.documents = DOCUMENT_KINDS.map((kind) => ({ kind, date: o.start, reference: `${kind}-${o.id}` }));
  return dataset;
}

/**
 * The documented IDSA example moved to November 2026: both orders from 11-10 (stop given, or open with null), the plan
 * covering the month, coverage from 11-01, and the nursing visit on 11-10.
 */
export function idsaInNovember(stop: string | null = '2026-11-20'): DatasetInput {
  const dataset = documented(idsaDataset());
  const patient = dataset.patients[0]!;
  patient.coverages[0]!.from = '2026-11-01';
  patient.nursingVisits = [{ date: '2026-11-10', minutes: 220 }];
  const plan = patient.plansOfCare[0]!;
  Object.assign(plan, { from: '2026-11-01', to: '2027-01-31', signedOn: '2026-11-01' });
  for (const o of plan.orders) {
    o.start = '2026-11-10';
    if (stop === null) delete o.stop;
    else o.stop = stop;
    for (const d of o.documents ?? []) d.date = '2026-11-10';
  }
  return dataset;
}
