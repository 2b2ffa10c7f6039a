import { and, eq, ne } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import type { DatasetPatient } from '../dataset/datasetSchema';
import { InvalidInputError, type FieldProblem } from '../vocabulary';
import { writePatient, writePlanOfCare, type Tx } from './patientWriters';
import { nextSequentialId } from '../reference/referenceRows';
import type { PatientSaveInput, PlanSaveInput } from './intakeInputs';
import type { Clock } from '../calendar/clock';
import { planOrderRevisions, writeOrderRevisions } from './orderRevisions';
import { withWriteRetry } from '../store/withWriteRetry';

// Saving from the intake screens: the same writers as the import, plus the checks a form needs (references
// that exist, ids that do not collide), each reported at its field. Nothing is written when any check fails.

/** Checks and writes under one write lock: two new patients saved at once never get the same next id. */
export function savePatient(store: Store, input: PatientSaveInput, clock: Clock): { id: string } {
  return withWriteRetry(store, (tx) => checkAndSavePatient(tx, input, clock));
}

function checkAndSavePatient(tx: Tx, input: PatientSaveInput, clock: Clock): { id: string } {
  const { patient } = input;
  const problems: FieldProblem[] = [];
  const known = new Set(
    tx
      .select({ id: t.payers.id })
      .from(t.payers)
      .all()
      .map((p) => p.id),
  );
  patient.coverages.forEach((c, i) => {
    if (!known.has(c.payer)) problems.push({ path: `patient.coverages[${i}].payer`, message: `Choose a payer: "${c.payer}" is not one` });
  });
  const ranks = patient.coverages.map((c) => c.rank);
  ranks.forEach((rank, i) => {
    if (ranks.indexOf(rank) !== i) problems.push({ path: `patient.coverages[${i}].rank`, message: `There is already a ${rank} coverage` });
  });
  let id = patient.id;
  if (input.isNew) {
    if (id !== undefined && tx.select({ id: t.patients.id }).from(t.patients).where(eq(t.patients.id, id)).get()) {
      problems.push({ path: 'patient.id', message: `Patient id "${id}" is taken` });
    }
    id ??= nextSequentialId(
      tx
        .select({ id: t.patients.id })
        .from(t.patients)
        .all()
        .map((p) => p.id),
      'P',
    );
  } else if (id === undefined || !tx.select({ id: t.patients.id }).from(t.patients).where(eq(t.patients.id, id)).get()) {
    problems.push({ path: 'patient.id', message: 'This patient no longer exists' });
  }
  if (problems.length > 0) throw new InvalidInputError('The patient was not saved: check the marked fields.', problems);
  const patientId = id as string;
  writePatient(tx, { ...patient, id: patientId } as DatasetPatient, clock.now());
  return { id: patientId };
}

/**
 * Checks and writes in one IMMEDIATE transaction: an export from another process cannot bill an order's days
 * between the OR-2 check of its billed days and the write of its new version.
 */
export function savePlanOfCare(store: Store, input: PlanSaveInput, clock: Clock): { id: string } {
  return withWriteRetry(store, () => checkAndSavePlan(store, input, clock));
}

function checkAndSavePlan(store: Store, input: PlanSaveInput, clock: Clock): { id: string } {
  const { patientId, plan } = input;
  const problems: FieldProblem[] = [];
  if (!store.select({ id: t.patients.id }).from(t.patients).where(eq(t.patients.id, patientId)).get()) {
    throw new InvalidInputError('The plan was not saved: the patient no longer exists.', [
      { path: 'patientId', message: 'Unknown patient' },
    ]);
  }
  if (!store.select({ id: t.prescribers.id }).from(t.prescribers).where(eq(t.prescribers.id, plan.prescriber)).get()) {
    problems.push({ path: 'plan.prescriber', message: 'Choose a prescriber from the list' });
  }
  const drugs = new Set(
    store
      .select({ id: t.drugs.id })
      .from(t.drugs)
      .all()
      .map((d) => d.id),
  );
  const existingPlanIds = store
    .select({ id: t.plansOfCare.id })
    .from(t.plansOfCare)
    .where(eq(t.plansOfCare.patientId, patientId))
    .all()
    .map((p) => p.id);
  const planId = plan.id ?? nextSequentialId(existingPlanIds, 'POC');
  // Order ids are unique per patient: an id used by another plan of this patient is a collision.
  const otherPlanOrders = store
    .select({ id: t.therapyOrders.id })
    .from(t.therapyOrders)
    .innerJoin(t.plansOfCare, eq(t.plansOfCare.key, t.therapyOrders.planKey))
    .where(and(eq(t.therapyOrders.patientId, patientId), ne(t.plansOfCare.id, planId)))
    .all()
    .map((o) => o.id);
  const allOrderIds = store
    .select({ id: t.therapyOrders.id })
    .from(t.therapyOrders)
    .where(eq(t.therapyOrders.patientId, patientId))
    .all()
    .map((o) => o.id);
  const taken = new Set(otherPlanOrders);
  const used: string[] = [...allOrderIds];
  const orders = plan.orders.map((order, i) => {
    if (order.drug !== undefined && !drugs.has(order.drug))
      problems.push({ path: `plan.orders[${i}].drug`, message: `Unknown drug "${order.drug}": choose one from the catalog` });
    if (order.id !== undefined && taken.has(order.id))
      problems.push({ path: `plan.orders[${i}].id`, message: `Order id "${order.id}" belongs to another plan of care` });
    if (order.start < plan.from || order.start > plan.to)
      problems.push({ path: `plan.orders[${i}].start`, message: 'Starts outside the plan of care dates' });
    const id = order.id ?? nextSequentialId(used, 'O');
    used.push(id);
    return { ...order, id };
  });
  const ids = orders.map((o) => o.id);
  ids.forEach((orderId, i) => {
    if (ids.indexOf(orderId) !== i) problems.push({ path: `plan.orders[${i}].id`, message: `Order id "${orderId}" is used twice` });
  });
  checkPartOf(store, patientId, planId, orders, problems);
  // OR-2: a change to an order with billed days takes effect from a date; the earlier version is kept.
  const revisions = planOrderRevisions(
    store,
    patientId,
    orders.map((order) => ({ input: order, id: taken.has(order.id) ? undefined : order.id })),
    problems,
  );
  if (problems.length > 0) throw new InvalidInputError('The plan of care was not saved: check the marked fields.', problems);
  const now = clock.now();
  store.transaction((tx) => {
    writeOrderRevisions(tx, revisions, now);
    writePlanOfCare(tx, patientId, { ...plan, id: planId, orders } as DatasetPatient['plansOfCare'][number]);
    tx.update(t.patients).set({ updatedAt: now }).where(eq(t.patients.id, patientId)).run();
  });
  return { id: planId };
}

/** OR-1: an order's `partOf` names another order of the same plan, which is not itself a component. */
function checkPartOf(
  store: Store,
  patientId: string,
  planId: string,
  orders: { id: string; partOf?: string | undefined }[],
  problems: FieldProblem[],
): void {
  const partOf = new Map(
    store
      .select({ id: t.therapyOrders.id, partOf: t.therapyOrders.partOf })
      .from(t.therapyOrders)
      .innerJoin(t.plansOfCare, eq(t.plansOfCare.key, t.therapyOrders.planKey))
      .where(and(eq(t.therapyOrders.patientId, patientId), eq(t.plansOfCare.id, planId)))
      .all()
      .map((o) => [o.id, o.partOf ?? undefined]),
  );
  for (const o of orders) partOf.set(o.id, o.partOf);
  orders.forEach((order, i) => {
    const parent = order.partOf;
    if (parent === undefined) return;
    const at = (message: string) => problems.push({ path: `plan.orders[${i}].partOf`, message });
    if (parent === order.id) at('An order cannot be part of itself');
    else if (!partOf.has(parent)) at(`There is no order "${parent}" in this plan of care`);
    else if (partOf.get(parent) !== undefined)
      at(`Order "${parent}" is itself part of order "${partOf.get(parent)}": choose the order it belongs to`);
  });
}
