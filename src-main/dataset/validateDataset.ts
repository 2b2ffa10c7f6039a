import { datasetSchema, type Dataset } from './datasetSchema';

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

/** Shape first (every problem, with its path), then ids and references across the whole document. */
export function validateDataset(input: unknown): DatasetValidation {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const problems = crossReferenceProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

function uniqueIds(list: readonly { id: string }[], listPath: string, noun: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: `${listPath}[${i}].id`, message: `${noun} id "${item.id}" is used twice` });
    seen.add(item.id);
  });
  return seen;
}

function crossReferenceProblems(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const payerIds = uniqueIds(dataset.payers, 'payers', 'payer', problems);
  const prescriberIds = uniqueIds(dataset.prescribers, 'prescribers', 'prescriber', problems);
  const drugIds = uniqueIds(dataset.drugs, 'drugs', 'drug', problems);
  uniqueIds(dataset.patients, 'patients', 'patient', problems);

  dataset.patients.forEach((patient, p) => {
    const at = `patients[${p}]`;
    patient.coverages.forEach((coverage, c) => {
      if (!payerIds.has(coverage.payer))
        problems.push({ path: `${at}.coverages[${c}].payer`, message: `refers to unknown payer "${coverage.payer}"` });
    });
    uniqueIds(patient.plansOfCare, `${at}.plansOfCare`, 'plan of care', problems);
    // Order ids are unique per patient: visits and pump events name their order by id.
    const orderIds = new Set<string>();
    patient.plansOfCare.forEach((plan, k) => {
      const planAt = `${at}.plansOfCare[${k}]`;
      if (!prescriberIds.has(plan.prescriber))
        problems.push({ path: `${planAt}.prescriber`, message: `refers to unknown prescriber "${plan.prescriber}"` });
      plan.orders.forEach((order, o) => {
        const orderAt = `${planAt}.orders[${o}]`;
        if (orderIds.has(order.id))
          problems.push({ path: `${orderAt}.id`, message: `order id "${order.id}" is used twice for this patient` });
        orderIds.add(order.id);
        if (order.drug !== undefined && !drugIds.has(order.drug))
          problems.push({ path: `${orderAt}.drug`, message: `refers to unknown drug "${order.drug}"` });
      });
    });
    patient.nursingVisits.forEach((visit, v) => {
      if (visit.order !== undefined && !orderIds.has(visit.order))
        problems.push({ path: `${at}.nursingVisits[${v}].order`, message: `refers to unknown order "${visit.order}"` });
    });
    patient.pumpEvents.forEach((event, e) => {
      if (!orderIds.has(event.order))
        problems.push({ path: `${at}.pumpEvents[${e}].order`, message: `refers to unknown order "${event.order}"` });
    });
  });
  return problems;
}
