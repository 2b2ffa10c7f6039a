import { datasetSchema, type Dataset } from './datasetSchema';
import { referenceProblems } from './referenceChecks';

export interface Problem {
  /** JSON path into the document, e.g. `patients[0].plansOfCare[0].orders[1].schedule`. */
  path: string;
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

// Datasets this process validated and then froze whole (sealDataset): they cannot have changed since.
const sealed = new WeakSet<object>();

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * A validated dataset frozen whole, so that validateDataset takes it as it is instead of a second pass: the CLI
 * validates a file before it opens the database, and the channel's own check then costs neither the time nor
 * a second copy of every patient. Only this process's objects can be sealed; a payload that came through IPC
 * or HTTP is a new object and is always validated.
 */
export function sealDataset(dataset: Dataset): Dataset {
  deepFreeze(dataset);
  sealed.add(dataset);
  return dataset;
}

/**
 * Shape (every problem, with its path) and ids and references across the whole document, in one pass: the
 * references are checked as far as the parts that parsed allow (referenceChecks.ts).
 */
export function validateDataset(input: unknown): DatasetValidation {
  if (typeof input === 'object' && input !== null && sealed.has(input)) return { ok: true, dataset: input as Dataset };
  const parsed = datasetSchema.safeParse(input);
  const structural: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const problems = [...structural, ...referenceProblems(input, new Set(structural.map((p) => p.path)))];
  return parsed.success && problems.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, problems };
}
