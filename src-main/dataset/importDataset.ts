import type { ImportSummaryView } from '../vocabulary';
import { sql } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import type { Dataset } from './datasetSchema';
import { drugRow, payerRow } from '../reference/referenceRows';
import { patientWriter } from '../patients/patientWriters';
import type { Clock } from '../calendar/clock';
import { withWriteRetry } from '../store/withWriteRetry';

/** What an import wrote, counted: the vocabulary's ImportSummaryView. */
export type ImportSummary = ImportSummaryView;

// Fees in the dataset carry no dates: they are stored as the payer's standing schedule.
export const STANDING_FEE_FROM = '1900-01-01';

/**
 * Writes an already validated dataset in one transaction. Records are matched by the sender's ids and
 * updated in place; a patient's coverages, holds, visits and pump events are replaced by the file's lists.
 * Records that are in the database but not in the file are kept: an import never deletes a patient or an order.
 */
export function importDataset(store: Store, dataset: Dataset, clock: Clock): ImportSummary {
  const summary: ImportSummary = { payers: 0, prescribers: 0, drugs: 0, patients: 0, plansOfCare: 0, orders: 0 };
  // One instant for the whole import: every row it touches shows the same time.
  const now = clock.now();
  const inserted = <T extends object>(values: T) => ({ ...values, createdAt: now, updatedAt: now });
  const updated = <T extends object>(values: T) => ({ ...values, updatedAt: now });
  withWriteRetry(store, (tx) => {
    const { address, ...pharmacy } = dataset.pharmacy;
    const pharmacyRow = { id: 1, ...pharmacy, ...address };
    tx.insert(t.pharmacy)
      .values(updated(pharmacyRow))
      .onConflictDoUpdate({ target: t.pharmacy.id, set: updated(pharmacyRow) })
      .run();

    for (const payer of dataset.payers) {
      const row = payerRow(payer.id, payer);
      tx.insert(t.payers)
        .values(inserted(row))
        .onConflictDoUpdate({ target: t.payers.id, set: updated(row) })
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
        .values(inserted(prescriber))
        .onConflictDoUpdate({ target: t.prescribers.id, set: updated(prescriber) })
        .run();
      summary.prescribers++;
    }

    for (const drug of dataset.drugs) {
      const row = drugRow(drug.id, drug);
      tx.insert(t.drugs)
        .values(inserted(row))
        .onConflictDoUpdate({ target: t.drugs.id, set: updated(row) })
        .run();
      summary.drugs++;
    }

    // One writer, its statements prepared once: a statement per row would hold native memory until the end.
    const writer = patientWriter(tx);
    for (const patient of dataset.patients) {
      writer.patient(patient, now);
      summary.patients++;
      for (const plan of patient.plansOfCare) {
        writer.planOfCare(patient.id, plan);
        summary.plansOfCare++;
        summary.orders += plan.orders.length;
      }
      writer.events(patient);
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
