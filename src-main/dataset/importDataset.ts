import { eq, sql } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { icd10ToStored } from '../identifiers/icd10';
import type { Dataset } from './datasetSchema';

export interface ImportSummary {
  payers: number;
  prescribers: number;
  drugs: number;
  patients: number;
  plansOfCare: number;
  orders: number;
}

// Fees in the dataset carry no dates: they are stored as the payer's standing schedule.
export const STANDING_FEE_FROM = '1900-01-01';

const upsertSet = <T extends object>(values: T) => ({ ...values, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` });

/**
 * Writes an already validated dataset in one transaction. Records are matched by the sender's ids and
 * updated in place; a patient's coverages, holds, visits and pump events are replaced by the file's lists.
 * Records that are in the database but not in the file are kept: an import never deletes a patient or an order.
 */
export function importDataset(store: Store, dataset: Dataset): ImportSummary {
  const summary: ImportSummary = { payers: 0, prescribers: 0, drugs: 0, patients: 0, plansOfCare: 0, orders: 0 };
  store.transaction((tx) => {
    const { address, ...pharmacy } = dataset.pharmacy;
    const pharmacyRow = { id: 1, ...pharmacy, ...address };
    tx.insert(t.pharmacy).values(pharmacyRow).onConflictDoUpdate({ target: t.pharmacy.id, set: upsertSet(pharmacyRow) }).run();

    for (const payer of dataset.payers) {
      const row = {
        id: payer.id,
        name: payer.name,
        payerId: payer.payerId,
        kind: payer.kind,
        perDiemDays: payer.profile?.perDiemDays ?? null,
        secondTherapyPercent: payer.profile?.secondTherapyPercent ?? null,
        thirdTherapyPercent: payer.profile?.thirdTherapyPercent ?? null,
        recognizesSCodes: payer.profile?.recognizesSCodes ?? null,
        modifier59WithConcurrent: payer.profile?.modifier59WithConcurrent ?? null,
        lineSpan: payer.profile?.lineSpan ?? null,
        nursingLimits: payer.profile?.nursingLimits ?? null,
        requiresPriorAuth: payer.profile?.requiresPriorAuth ?? null,
      };
      tx.insert(t.payers).values(row).onConflictDoUpdate({ target: t.payers.id, set: upsertSet(row) }).run();
      for (const [hcpcs, cents] of Object.entries(payer.fees)) {
        const fee = { payerId: payer.id, hcpcs, effectiveFrom: STANDING_FEE_FROM, cents };
        tx.insert(t.payerFees)
          .values(fee)
          .onConflictDoUpdate({ target: [t.payerFees.payerId, t.payerFees.hcpcs, t.payerFees.effectiveFrom], set: { cents } })
          .run();
      }
      summary.payers++;
    }

    for (const prescriber of dataset.prescribers) {
      tx.insert(t.prescribers).values(prescriber).onConflictDoUpdate({ target: t.prescribers.id, set: upsertSet(prescriber) }).run();
      summary.prescribers++;
    }

    for (const drug of dataset.drugs) {
      const row = {
        id: drug.id,
        name: drug.name,
        hcpcs: drug.hcpcs,
        billingUnitAmount: drug.billingUnit.amount,
        billingUnit: drug.billingUnit.unit,
        ndc: drug.ndc,
        ndcUnit: drug.ndcUnit,
        ndcUnitContainsAmount: drug.ndcUnitContains.amount,
        ndcUnitContainsUnit: drug.ndcUnitContains.unit,
        form: drug.form ?? null,
      };
      tx.insert(t.drugs).values(row).onConflictDoUpdate({ target: t.drugs.id, set: upsertSet(row) }).run();
      summary.drugs++;
    }

    for (const patient of dataset.patients) {
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
      tx.insert(t.patients).values(row).onConflictDoUpdate({ target: t.patients.id, set: upsertSet(row) }).run();
      summary.patients++;

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

      const orderKeys = new Map<string, number>();
      for (const plan of patient.plansOfCare) {
        const planRow = {
          patientId: patient.id,
          id: plan.id,
          prescriberId: plan.prescriber,
          fromDate: plan.from,
          toDate: plan.to,
          diagnoses: plan.diagnoses.map(icd10ToStored),
          signedOn: plan.signedOn ?? null,
        };
        const planKey = tx
          .insert(t.plansOfCare)
          .values(planRow)
          .onConflictDoUpdate({ target: [t.plansOfCare.patientId, t.plansOfCare.id], set: planRow })
          .returning({ key: t.plansOfCare.key })
          .get().key;
        summary.plansOfCare++;

        for (const order of plan.orders) {
          const orderRow = {
            planKey,
            patientId: patient.id,
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
          orderKeys.set(order.id, orderKey);
          summary.orders++;
          if (order.documents !== undefined) {
            tx.delete(t.orderDocuments).where(eq(t.orderDocuments.orderKey, orderKey)).run();
            for (const doc of order.documents) tx.insert(t.orderDocuments).values({ orderKey, ...doc }).run();
          }
        }
      }

      // Visits and pump events may name an order kept from an earlier import: resolve those too.
      const keepers = tx
        .select({ id: t.therapyOrders.id, key: t.therapyOrders.key })
        .from(t.therapyOrders)
        .where(eq(t.therapyOrders.patientId, patient.id))
        .all();
      for (const k of keepers) if (!orderKeys.has(k.id)) orderKeys.set(k.id, k.key);

      tx.delete(t.holds).where(eq(t.holds.patientId, patient.id)).run();
      for (const hold of patient.holds) {
        tx.insert(t.holds).values({ patientId: patient.id, fromDate: hold.from, toDate: hold.to, reason: hold.reason }).run();
      }
      tx.delete(t.nursingVisits).where(eq(t.nursingVisits.patientId, patient.id)).run();
      for (const visit of patient.nursingVisits) {
        const orderKey = visit.order === undefined ? null : (orderKeys.get(visit.order) ?? null);
        tx.insert(t.nursingVisits).values({ patientId: patient.id, date: visit.date, minutes: visit.minutes, orderKey }).run();
      }
      tx.delete(t.pumpEvents).where(eq(t.pumpEvents.patientId, patient.id)).run();
      for (const event of patient.pumpEvents) {
        const orderKey = orderKeys.get(event.order);
        if (orderKey === undefined) throw new Error(`pump event names unknown order ${event.order}`);
        tx.insert(t.pumpEvents).values({ patientId: patient.id, orderKey, date: event.date, kind: event.kind }).run();
      }
    }
  });
  return summary;
}

export function isEmptyStore(store: Store): boolean {
  const row = store.select({ n: sql<number>`count(*)` }).from(t.patients).get();
  return (row?.n ?? 0) === 0;
}

