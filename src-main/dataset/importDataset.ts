import { sql } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import type { Dataset } from './datasetSchema';
import { drugRow, payerRow } from '../reference/referenceRows';
import { writePatient, writePatientEvents, writePlanOfCare } from '../patients/patientWriters';

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
    tx.insert(t.pharmacy)
      .values(pharmacyRow)
      .onConflictDoUpdate({ target: t.pharmacy.id, set: upsertSet(pharmacyRow) })
      .run();

    for (const payer of dataset.payers) {
      const row = payerRow(payer.id, payer);
      tx.insert(t.payers)
        .values(row)
        .onConflictDoUpdate({ target: t.payers.id, set: upsertSet(row) })
        .run();
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
      tx.insert(t.prescribers)
        .values(prescriber)
        .onConflictDoUpdate({ target: t.prescribers.id, set: upsertSet(prescriber) })
        .run();
      summary.prescribers++;
    }

    for (const drug of dataset.drugs) {
      const row = drugRow(drug.id, drug);
      tx.insert(t.drugs)
        .values(row)
        .onConflictDoUpdate({ target: t.drugs.id, set: upsertSet(row) })
        .run();
      summary.drugs++;
    }

    for (const patient of dataset.patients) {
      writePatient(tx, patient);
      summary.patients++;
      for (const plan of patient.plansOfCare) {
        writePlanOfCare(tx, patient.id, plan);
        summary.plansOfCare++;
        summary.orders += plan.orders.length;
      }
      writePatientEvents(tx, patient);
    }
  });
  return summary;
}

export function isEmptyStore(store: Store): boolean {
  const row = store
    .select({ n: sql<number>`count(*)` })
    .from(t.patients)
    .get();
  return (row?.n ?? 0) === 0;
}
