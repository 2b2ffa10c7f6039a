import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput } from '../dataset/datasetSchema';

// Test builders: the IDSA worked example (a copy of shared/contracts/example-idsa.json) as the base record,
// parsed fresh for each test so a test can bend one field without touching the others.

export const IDSA_EXAMPLE_PATH = join(import.meta.dirname, 'fixtures', 'example-idsa.json');

export function idsaDataset(): DatasetInput {
  return JSON.parse(readFileSync(IDSA_EXAMPLE_PATH, 'utf8')) as DatasetInput;
}

type Order = DatasetInput['patients'][number]['plansOfCare'][number]['orders'][number];

/** The first patient's first order of a dataset, for tests that bend one order field. */
export function firstOrder(dataset: DatasetInput): Order {
  const order = dataset.patients[0]?.plansOfCare[0]?.orders[0];
  if (!order) throw new Error('dataset has no order');
  return order;
}
