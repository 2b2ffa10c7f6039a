import { and, eq, isNull } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { InvalidInputError, NotFoundError } from '../vocabulary';
import type { DocumentAddInput, EpisodeDischargeInput, HoldAddInput, PumpEventAddInput, VisitAddInput } from './careEventInputs';
import type { DocumentCipher } from './documentCipher';
import { describeDocument, documentWithSameFile, removeDocumentFile, sameDocument, writeDocumentFile } from './documentStore';

// What happens around the orders, entered from the patient page: holds (PU-2), nursing visits (NU-1),
// pump events (PU-3/PU-4), the documentation kept for each order (PY-3), and episodes of care.

function requirePatient(store: Store, patientId: string): void {
  if (!store.select({ id: t.patients.id }).from(t.patients).where(eq(t.patients.id, patientId)).get()) {
    throw new NotFoundError(`There is no patient with id "${patientId}".`);
  }
}

function orderKey(store: Store, patientId: string, orderId: string, field: string): number {
  const row = store
    .select({ key: t.therapyOrders.key })
    .from(t.therapyOrders)
    .where(and(eq(t.therapyOrders.patientId, patientId), eq(t.therapyOrders.id, orderId)))
    .get();
  if (!row)
    throw new InvalidInputError(`Order "${orderId}" is not one of this patient's orders.`, [
      { path: field, message: 'Choose one of the patient’s orders' },
    ]);
  return row.key;
}

export function addHold(store: Store, input: HoldAddInput): { key: number } {
  requirePatient(store, input.patientId);
  const row = store
    .insert(t.holds)
    .values({ patientId: input.patientId, fromDate: input.from, toDate: input.to, reason: input.reason })
    .returning({ key: t.holds.key })
    .get();
  return { key: row.key };
}

export function addVisit(store: Store, input: VisitAddInput): { key: number } {
  requirePatient(store, input.patientId);
  const key = input.order === undefined ? null : orderKey(store, input.patientId, input.order, 'order');
  const row = store
    .insert(t.nursingVisits)
    .values({ patientId: input.patientId, date: input.date, minutes: input.minutes, orderKey: key, nurse: input.nurse ?? null })
    .returning({ key: t.nursingVisits.key })
    .get();
  return { key: row.key };
}

export function addPumpEvent(store: Store, input: PumpEventAddInput): { key: number } {
  requirePatient(store, input.patientId);
  const key = orderKey(store, input.patientId, input.order, 'order');
  const row = store
    .insert(t.pumpEvents)
    .values({ patientId: input.patientId, orderKey: key, date: input.date, kind: input.kind })
    .returning({ key: t.pumpEvents.key })
    .get();
  return { key: row.key };
}

/**
 * A document for an order, with an optional file kept in `<database>-documents/` (a backup of the folder holds
 * both). The file is written first, then the row in a transaction; if the row fails the file is removed.
 * The same order, kind, date and reference twice, or the same file bytes twice on one order, is refused;
 * a file uploaded for a listed document that has none is attached to it.
 */
export function addDocument(
  store: Store,
  databasePath: string,
  input: DocumentAddInput,
  cipher: DocumentCipher | null = null,
): { key: number; file: string | null } {
  requirePatient(store, input.patientId);
  const key = orderKey(store, input.patientId, input.order, 'order');
  const bytes = input.file ? Buffer.from(input.file.contentBase64, 'base64') : null;
  const rows = store.select().from(t.orderDocuments).where(eq(t.orderDocuments.orderKey, key)).all();
  const sameFields = rows.filter((row) => sameDocument(row, input));
  const attachTo = bytes ? sameFields.find((row) => row.filePath === null) : undefined;
  if (sameFields.length > 0 && !attachTo) {
    const message = describeDocument(input.order, input);
    throw new InvalidInputError(message, [{ path: 'reference', message }]);
  }
  const sameFile = bytes ? documentWithSameFile(databasePath, rows, bytes, cipher) : undefined;
  if (sameFile) {
    const message = describeDocument(input.order, sameFile);
    throw new InvalidInputError(message, [{ path: 'file.contentBase64', message }]);
  }
  const stored = bytes ? writeDocumentFile(databasePath, bytes, cipher) : null;
  const filePath = stored?.relative ?? null;
  try {
    const row = store.transaction((tx) => {
      if (!attachTo) {
        return tx
          .insert(t.orderDocuments)
          .values({ orderKey: key, kind: input.kind, date: input.date, reference: input.reference, filePath })
          .returning({ key: t.orderDocuments.key })
          .get();
      }
      const attached = tx
        .update(t.orderDocuments)
        .set({ filePath })
        .where(and(eq(t.orderDocuments.key, attachTo.key), isNull(t.orderDocuments.filePath)))
        .returning({ key: t.orderDocuments.key })
        .get();
      if (!attached) throw new Error('The document changed while its file was being saved: try again.');
      return attached;
    });
    return { key: row.key, file: filePath };
  } catch (error) {
    if (stored) removeDocumentFile(stored.absolute);
    throw error;
  }
}

export function dischargeEpisode(store: Store, input: EpisodeDischargeInput): { key: number } {
  const episode = store
    .select()
    .from(t.episodes)
    .where(and(eq(t.episodes.key, input.episode), eq(t.episodes.patientId, input.patientId)))
    .get();
  if (!episode) throw new NotFoundError('That episode of care does not exist for this patient.');
  if (input.dischargedOn < episode.admittedOn) {
    throw new InvalidInputError('The discharge is before the admission.', [
      { path: 'dischargedOn', message: `Must be on or after the admission (${episode.admittedOn})` },
    ]);
  }
  store
    .update(t.episodes)
    .set({ dischargedOn: input.dischargedOn, dischargeReason: input.reason ?? null })
    .where(eq(t.episodes.key, episode.key))
    .run();
  return { key: episode.key };
}
