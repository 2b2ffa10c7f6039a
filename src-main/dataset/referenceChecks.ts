import type { Problem } from './validateDataset';

// Ids and references across a dataset document: unique ids, and every payer, prescriber, drug and order a
// record names. Read from the raw document, not the parsed one, so that these problems are reported together
// with the structural ones in a single pass: a bad date in one patient does not hide an unknown drug in
// another. A field that already has a structural problem is not checked again, and a list that is not a
// list at all is not used to judge references (every reference would look unknown).

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): (Raw | undefined)[] => (Array.isArray(value) ? value.map((v) => (isRecord(v) ? v : undefined)) : []);
/** An id or a reference as the schema reads it (trimmed); undefined when it is not one. */
const idValue = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

interface OrderRef {
  id: string | undefined;
  partOf: string | undefined;
  at: string;
  raw: Raw | undefined;
}

export function referenceProblems(input: unknown, structural: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(input)) return problems;
  const report = (path: string, message: string) => problems.push({ path, message });
  /** A reference to check: a usable value at a path the structure check found nothing wrong with. */
  const reference = (owner: Raw | undefined, key: string, path: string): string | undefined =>
    owner === undefined || structural.has(path) ? undefined : idValue(owner[key]);

  const uniqueIds = (list: unknown, listPath: string, noun: string, scope = ''): Set<string> | undefined => {
    if (!Array.isArray(list)) return undefined;
    const seen = new Set<string>();
    records(list).forEach((item, i) => {
      const id = idValue(item?.id);
      if (id === undefined) return;
      const path = `${listPath}[${i}].id`;
      if (seen.has(id) && !structural.has(path)) report(path, `${noun} id "${id}" is used twice${scope}`);
      seen.add(id);
    });
    return seen;
  };
  const payerIds = uniqueIds(input.payers, 'payers', 'payer');
  const prescriberIds = uniqueIds(input.prescribers, 'prescribers', 'prescriber');
  const drugIds = uniqueIds(input.drugs, 'drugs', 'drug');
  uniqueIds(input.patients, 'patients', 'patient');

  records(input.patients).forEach((patient, p) => {
    if (patient === undefined) return;
    const at = `patients[${p}]`;
    records(patient.coverages).forEach((coverage, c) => {
      const path = `${at}.coverages[${c}].payer`;
      const payer = reference(coverage, 'payer', path);
      if (payer !== undefined && payerIds !== undefined && !payerIds.has(payer)) report(path, `refers to unknown payer "${payer}"`);
    });
    uniqueIds(patient.plansOfCare, `${at}.plansOfCare`, 'plan of care');

    // Order ids are unique per patient: visits and pump events name their order by id.
    const plans = records(patient.plansOfCare).map((plan, k) => {
      const planAt = `${at}.plansOfCare[${k}]`;
      const orders: OrderRef[] = records(plan?.orders).map((order, o) => {
        const orderAt = `${planAt}.orders[${o}]`;
        return { id: idValue(order?.id), partOf: reference(order, 'partOf', `${orderAt}.partOf`), at: orderAt, raw: order };
      });
      return { plan, planAt, orders, complete: plan !== undefined && Array.isArray(plan.orders) };
    });
    const patientOrderIds = new Set<string>();
    for (const { plan, planAt, orders } of plans) {
      const path = `${planAt}.prescriber`;
      const prescriber = reference(plan, 'prescriber', path);
      if (prescriber !== undefined && prescriberIds !== undefined && !prescriberIds.has(prescriber))
        report(path, `refers to unknown prescriber "${prescriber}"`);
      for (const order of orders) {
        if (order.id !== undefined) {
          if (patientOrderIds.has(order.id) && !structural.has(`${order.at}.id`))
            report(`${order.at}.id`, `order id "${order.id}" is used twice for this patient`);
          patientOrderIds.add(order.id);
        }
        const drugPath = `${order.at}.drug`;
        const drug = reference(order.raw, 'drug', drugPath);
        if (drug !== undefined && drugIds !== undefined && !drugIds.has(drug)) report(drugPath, `refers to unknown drug "${drug}"`);
      }
    }
    for (const { orders } of plans) partOfProblems(orders, patientOrderIds, report);

    // Without every order's id, an order reference cannot be judged.
    if (!plans.every((plan) => plan.complete) || !Array.isArray(patient.plansOfCare)) return;
    records(patient.nursingVisits).forEach((visit, v) => {
      const path = `${at}.nursingVisits[${v}].order`;
      const order = reference(visit, 'order', path);
      if (order !== undefined && !patientOrderIds.has(order)) report(path, `refers to unknown order "${order}"`);
    });
    records(patient.pumpEvents).forEach((event, e) => {
      const path = `${at}.pumpEvents[${e}].order`;
      const order = reference(event, 'order', path);
      if (order !== undefined && !patientOrderIds.has(order)) report(path, `refers to unknown order "${order}"`);
    });
  });
  return problems;
}

/**
 * OR-1: a component (`partOf`) names another order of the same plan of care, and that order is a main order:
 * a component of a component would leave the drug without the parent therapy's dose days and bundling.
 */
function partOfProblems(orders: OrderRef[], patientOrderIds: ReadonlySet<string>, report: (path: string, message: string) => void) {
  const inPlan = new Map<string, OrderRef>();
  for (const order of orders) if (order.id !== undefined && !inPlan.has(order.id)) inPlan.set(order.id, order);
  for (const order of orders) {
    const parentId = order.partOf;
    if (parentId === undefined) continue;
    const path = `${order.at}.partOf`;
    const parent = inPlan.get(parentId);
    if (parentId === order.id) report(path, 'names the order itself: a component is part of another order');
    else if (parent === undefined && patientOrderIds.has(parentId))
      report(path, `refers to order "${parentId}" of another plan of care: a component must be in the same plan as its order`);
    else if (parent === undefined) report(path, `refers to unknown order "${parentId}" (no order of this plan of care has that id)`);
    else if (idValue(parent.raw?.partOf) !== undefined)
      report(path, `refers to order "${parentId}", which is itself part of another order: name the main order`);
  }
}
