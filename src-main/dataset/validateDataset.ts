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

/**
 * Shape (every problem, with its path) and ids and references across the whole document, in one pass: the
 * references are checked as far as the parts that parsed allow (referenceChecks.ts).
 */
export function validateDataset(input: unknown): DatasetValidation {
  const parsed = datasetSchema.safeParse(input);
  const structural: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const problems = [...structural, ...referenceProblems(input, new Set(structural.map((p) => p.path)))];
  return parsed.success && problems.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, problems };
}
