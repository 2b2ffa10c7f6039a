import { and, eq } from 'drizzle-orm';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { InvalidInputError, NotFoundError } from '../ipc/errors';
import type {
  DocumentAddInput,
  EpisodeDischargeInput,
  HoldAddInput,
  PumpEventAddInput,
  VisitAddInput,
} from '../ipc/contract/careEventInputs';

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
 * A document for an order. An attached file is kept beside the database, in `<database>-documents/`, so a
 * backup of the folder holds both; the row keeps the path relative to that folder.
 */
export function addDocument(store: Store, databasePath: string, input: DocumentAddInput): { key: number; file: string | null } {
  requirePatient(store, input.patientId);
  const key = orderKey(store, input.patientId, input.order, 'order');
  let relative: string | null = null;
  if (input.file) {
    const safeName = basename(input.file.name).replace(/[^A-Za-z0-9._-]/g, '_');
    relative = posix.join(input.patientId, input.order, `${input.kind}-${input.date}-${safeName}`); // portable: stored with forward slashes
    const target = join(documentsFolder(databasePath), relative);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(input.file.contentBase64, 'base64'), { flag: 'wx' });
  }
  const row = store
    .insert(t.orderDocuments)
    .values({ orderKey: key, kind: input.kind, date: input.date, reference: input.reference, filePath: relative })
    .returning({ key: t.orderDocuments.key })
    .get();
  return { key: row.key, file: relative };
}

export function documentsFolder(databasePath: string): string {
  return `${databasePath.replace(/\.(sqlite|db)$/i, '')}-documents`;
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
