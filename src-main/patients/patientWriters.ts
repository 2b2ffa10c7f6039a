import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { icd10ToStored } from '../identifiers/icd10';
import type { DatasetPatient } from '../dataset/datasetSchema';
import { replaceOrderDocuments } from './documentStore';

// Writers for one patient's record, shared by the dataset import and the intake screens. Each runs inside
// the caller's transaction.

export type Tx = Parameters<Parameters<Store['transaction']>[0]>[0];
type PlanInput = DatasetPatient['plansOfCare'][number];
type PatientCore = Pick<DatasetPatient, 'id' | 'firstName' | 'lastName' | 'birthDate' | 'sex' | 'address' | 'residence' | 'coverages'>;

/** Demographics by id (insert or update), and the coverages replaced by the given list; `now` from the clock. */
export function writePatient(tx: Tx, patient: PatientCore, now: string): void {
  const row = {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    ...patient.address,
    line2: patient.address.line2 ?? null,
    residence: patient.residence ?? null,
  };
  tx.insert(t.patients)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: t.patients.id, set: { ...row, updatedAt: now } })
    .run();
  tx.delete(t.coverages).where(eq(t.coverages.patientId, patient.id)).run();
  for (const c of patient.coverages) {
    tx.insert(t.coverages)
      .values({
        patientId: patient.id,
        payerId: c.payer,
        memberId: c.memberId,
        groupNumber: c.group ?? null,
        rank: c.rank,
        fromDate: c.from,
        toDate: c.to ?? null,
      })
      .run();
  }
}

/** A plan of care and its orders by id; an order's documents are matched to the input's list when it has one. */
export function writePlanOfCare(tx: Tx, patientId: string, plan: PlanInput): void {
  const planRow = {
    patientId,
    id: plan.id,
    prescriberId: plan.prescriber,
    fromDate: plan.from,
    toDate: plan.to,
    diagnoses: plan.diagnoses.map(icd10ToStored),
    signedOn: plan.signedOn ?? null,
  };
  const saved = tx
    .insert(t.plansOfCare)
    .values(planRow)
    .onConflictDoUpdate({ target: [t.plansOfCare.patientId, t.plansOfCare.id], set: planRow })
    .returning({ key: t.plansOfCare.key, episodeKey: t.plansOfCare.episodeKey })
    .get();
  const planKey = saved.key;
  if (saved.episodeKey === null) {
    tx.update(t.plansOfCare)
      .set({ episodeKey: episodeFor(tx, patientId, plan.from) })
      .where(eq(t.plansOfCare.key, planKey))
      .run();
  }
  for (const order of plan.orders) {
    const orderRow = {
      planKey,
      patientId,
      id: order.id,
      therapy: order.therapy,
      drugId: order.drug ?? null,
      doseAmount: order.dose?.amount ?? null,
      doseUnit: order.dose?.unit ?? null,
      schedule: order.schedule.trim(),
      start: order.start,
      stop: order.stop ?? null,
      route: order.route,
      delivery: order.delivery ?? null,
      litersPerDay: order.litersPerDay ?? null,
      administeredBy: order.administeredBy ?? null,
      purpose: order.purpose ?? null,
      partOf: order.partOf ?? null,
      priorAuthNumber: order.priorAuth?.number ?? null,
      priorAuthFrom: order.priorAuth?.from ?? null,
      priorAuthTo: order.priorAuth?.to ?? null,
      priorAuthUnits: order.priorAuth?.units ?? null,
    };
    const orderKey = tx
      .insert(t.therapyOrders)
      .values(orderRow)
      .onConflictDoUpdate({ target: [t.therapyOrders.patientId, t.therapyOrders.id], set: orderRow })
      .returning({ key: t.therapyOrders.key })
      .get().key;
    // Matched, not deleted and re-inserted: a row keeps the file attached to it in the app.
    if (order.documents !== undefined) replaceOrderDocuments(tx, orderKey, order.documents);
  }
}

/** The episode a plan starting on `from` belongs to: the one open on that date, or a new admission. */
function episodeFor(tx: Tx, patientId: string, from: string): number {
  const open = tx
    .select({ key: t.episodes.key })
    .from(t.episodes)
    .where(
      and(
        eq(t.episodes.patientId, patientId),
        lte(t.episodes.admittedOn, from),
        or(isNull(t.episodes.dischargedOn), gte(t.episodes.dischargedOn, from)),
      ),
    )
    .orderBy(desc(t.episodes.admittedOn))
    .get();
  if (open) return open.key;
  return tx.insert(t.episodes).values({ patientId, admittedOn: from }).returning({ key: t.episodes.key }).get().key;
}

/**
 * Holds, nursing visits and pump events replaced by the lists given; a list the file leaves out is kept as
 * stored (nothing is wiped by omission). Visits and events name orders by id.
 */
export function writePatientEvents(tx: Tx, patient: Pick<DatasetPatient, 'id' | 'holds' | 'nursingVisits' | 'pumpEvents'>): void {
  const orderKeys = new Map(
    tx
      .select({ id: t.therapyOrders.id, key: t.therapyOrders.key })
      .from(t.therapyOrders)
      .where(eq(t.therapyOrders.patientId, patient.id))
      .all()
      .map((o) => [o.id, o.key]),
  );
  if (patient.holds) {
    tx.delete(t.holds).where(eq(t.holds.patientId, patient.id)).run();
    for (const hold of patient.holds)
      tx.insert(t.holds).values({ patientId: patient.id, fromDate: hold.from, toDate: hold.to, reason: hold.reason }).run();
  }
  if (patient.nursingVisits) {
    tx.delete(t.nursingVisits).where(eq(t.nursingVisits.patientId, patient.id)).run();
    for (const visit of patient.nursingVisits) {
      const orderKey = visit.order === undefined ? null : (orderKeys.get(visit.order) ?? null);
      tx.insert(t.nursingVisits).values({ patientId: patient.id, date: visit.date, minutes: visit.minutes, orderKey }).run();
    }
  }
  if (patient.pumpEvents) {
    tx.delete(t.pumpEvents).where(eq(t.pumpEvents.patientId, patient.id)).run();
    for (const event of patient.pumpEvents) {
      const orderKey = orderKeys.get(event.order);
      if (orderKey === undefined) throw new Error(`pump event names unknown order ${event.order}`);
      tx.insert(t.pumpEvents).values({ patientId: patient.id, orderKey, date: event.date, kind: event.kind }).run();
    }
  }
}
