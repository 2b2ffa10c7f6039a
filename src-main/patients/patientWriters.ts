import { and, asc, desc, eq, getTableColumns, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { icd10ToStored } from '../identifiers/icd10';
import type { DatasetPatient } from '../dataset/datasetSchema';
import { sameDocument } from './documentStore';
import { billingColumns, billingFieldsOfInput } from '../lines/orderVersions';

// Writers for one patient's record, shared by the dataset import and the intake screens. Each runs inside
// the caller's transaction.
//
// Each SQL statement is prepared once per writer and run for every row. better-sqlite3 frees a statement's
// native memory only from a finalizer that waits for the event loop, which a synchronous import never reaches:
// a statement built per row (drizzle's tx.insert(...).run()) kept every one of them alive until the import's
// transaction ended, about 7 kB each, 3 GB for 20,000 patients. One writer for a whole import prepares about
// fifteen statements, however many patients it writes.

export type Tx = Parameters<Parameters<Store['transaction']>[0]>[0];
type PlanInput = DatasetPatient['plansOfCare'][number];
type PatientCore = Pick<DatasetPatient, 'id' | 'firstName' | 'lastName' | 'birthDate' | 'sex' | 'address' | 'residence' | 'coverages'>;
type PatientEvents = Pick<DatasetPatient, 'id' | 'holds' | 'nursingVisits' | 'pumpEvents'>;
type DocumentFields = Pick<typeof t.orderDocuments.$inferSelect, 'kind' | 'date' | 'reference'>;

const p = sql.placeholder;

/** An upsert's update: each of these columns takes the value its insert brought (SQLite's `excluded` row). */
function excluded<T extends SQLiteTable, K extends keyof T['_']['columns'] & string>(table: T, row: Record<K, unknown>): Record<K, SQL> {
  const columns = getTableColumns(table);
  const keys = Object.keys(row) as K[];
  return Object.fromEntries(keys.map((key) => [key, sql`excluded.${sql.identifier(columns[key]!.name)}`])) as Record<K, SQL>;
}

/** `make()` on first use, then the same value: a writer prepares only the statements it runs. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function statements(tx: Tx) {
  const patientRow = {
    id: p('id'),
    firstName: p('firstName'),
    lastName: p('lastName'),
    birthDate: p('birthDate'),
    sex: p('sex'),
    line1: p('line1'),
    line2: p('line2'),
    city: p('city'),
    state: p('state'),
    zip: p('zip'),
    residence: p('residence'),
  };
  const planRow = {
    patientId: p('patientId'),
    id: p('id'),
    prescriberId: p('prescriberId'),
    fromDate: p('fromDate'),
    toDate: p('toDate'),
    diagnoses: p('diagnoses'),
    signedOn: p('signedOn'),
  };
  const orderRow = {
    planKey: p('planKey'),
    patientId: p('patientId'),
    id: p('id'),
    therapy: p('therapy'),
    drugId: p('drugId'),
    doseAmount: p('doseAmount'),
    doseUnit: p('doseUnit'),
    schedule: p('schedule'),
    start: p('start'),
    stop: p('stop'),
    route: p('route'),
    delivery: p('delivery'),
    litersPerDay: p('litersPerDay'),
    administeredBy: p('administeredBy'),
    purpose: p('purpose'),
    partOf: p('partOf'),
    priorAuthNumber: p('priorAuthNumber'),
    priorAuthFrom: p('priorAuthFrom'),
    priorAuthTo: p('priorAuthTo'),
    priorAuthUnits: p('priorAuthUnits'),
  };
  return {
    upsertPatient: once(() =>
      tx
        .insert(t.patients)
        .values({ ...patientRow, createdAt: p('writtenAt'), updatedAt: p('writtenAt') })
        .onConflictDoUpdate({ target: t.patients.id, set: excluded(t.patients, { ...patientRow, updatedAt: null }) })
        .prepare(),
    ),
    deleteCoverages: once(() =>
      tx
        .delete(t.coverages)
        .where(eq(t.coverages.patientId, p('patientId')))
        .prepare(),
    ),
    insertCoverage: once(() =>
      tx
        .insert(t.coverages)
        .values({
          patientId: p('patientId'),
          payerId: p('payerId'),
          memberId: p('memberId'),
          groupNumber: p('groupNumber'),
          rank: p('rank'),
          fromDate: p('fromDate'),
          toDate: p('toDate'),
        })
        .prepare(),
    ),
    upsertPlan: once(() =>
      tx
        .insert(t.plansOfCare)
        .values(planRow)
        .onConflictDoUpdate({ target: [t.plansOfCare.patientId, t.plansOfCare.id], set: excluded(t.plansOfCare, planRow) })
        .returning({ key: t.plansOfCare.key, episodeKey: t.plansOfCare.episodeKey })
        .prepare(),
    ),
    setPlanEpisode: once(() =>
      tx
        .update(t.plansOfCare)
        .set({ episodeKey: sql`${p('episodeKey')}` })
        .where(eq(t.plansOfCare.key, p('planKey')))
        .prepare(),
    ),
    openEpisode: once(() =>
      tx
        .select({ key: t.episodes.key })
        .from(t.episodes)
        .where(
          and(
            eq(t.episodes.patientId, p('patientId')),
            lte(t.episodes.admittedOn, p('from')),
            or(isNull(t.episodes.dischargedOn), gte(t.episodes.dischargedOn, p('from'))),
          ),
        )
        .orderBy(desc(t.episodes.admittedOn))
        .limit(1)
        .prepare(),
    ),
    insertEpisode: once(() =>
      tx
        .insert(t.episodes)
        .values({ patientId: p('patientId'), admittedOn: p('admittedOn') })
        .returning({ key: t.episodes.key })
        .prepare(),
    ),
    upsertOrder: once(() =>
      tx
        .insert(t.therapyOrders)
        .values(orderRow)
        .onConflictDoUpdate({ target: [t.therapyOrders.patientId, t.therapyOrders.id], set: excluded(t.therapyOrders, orderRow) })
        .returning({ key: t.therapyOrders.key })
        .prepare(),
    ),
    orderDocuments: once(() =>
      tx
        .select()
        .from(t.orderDocuments)
        .where(eq(t.orderDocuments.orderKey, p('orderKey')))
        .orderBy(asc(t.orderDocuments.key))
        .prepare(),
    ),
    insertDocument: once(() =>
      tx
        .insert(t.orderDocuments)
        .values({ orderKey: p('orderKey'), kind: p('kind'), date: p('date'), reference: p('reference') })
        .prepare(),
    ),
    deleteDocument: once(() =>
      tx
        .delete(t.orderDocuments)
        .where(and(eq(t.orderDocuments.key, p('key')), eq(t.orderDocuments.orderKey, p('orderKey'))))
        .prepare(),
    ),
    orderKeys: once(() =>
      tx
        .select({ id: t.therapyOrders.id, key: t.therapyOrders.key })
        .from(t.therapyOrders)
        .where(eq(t.therapyOrders.patientId, p('patientId')))
        .prepare(),
    ),
    deleteHolds: once(() =>
      tx
        .delete(t.holds)
        .where(eq(t.holds.patientId, p('patientId')))
        .prepare(),
    ),
    insertHold: once(() =>
      tx
        .insert(t.holds)
        .values({ patientId: p('patientId'), fromDate: p('fromDate'), toDate: p('toDate'), reason: p('reason') })
        .prepare(),
    ),
    deleteVisits: once(() =>
      tx
        .delete(t.nursingVisits)
        .where(eq(t.nursingVisits.patientId, p('patientId')))
        .prepare(),
    ),
    insertVisit: once(() =>
      tx
        .insert(t.nursingVisits)
        .values({ patientId: p('patientId'), date: p('date'), minutes: p('minutes'), orderKey: p('orderKey') })
        .prepare(),
    ),
    deletePumpEvents: once(() =>
      tx
        .delete(t.pumpEvents)
        .where(eq(t.pumpEvents.patientId, p('patientId')))
        .prepare(),
    ),
    insertPumpEvent: once(() =>
      tx
        .insert(t.pumpEvents)
        .values({ patientId: p('patientId'), orderKey: p('orderKey'), date: p('date'), kind: p('kind') })
        .prepare(),
    ),
  };
}

export interface PatientWriter {
  /** Demographics by id (insert or update), and the coverages replaced by the given list; `now` from the clock. */
  patient(patient: PatientCore, now: string): void;
  /** A plan of care and its orders by id; an order's documents are matched to the input's list when it has one. */
  planOfCare(patientId: string, plan: PlanInput): void;
  /**
   * Holds, nursing visits and pump events replaced by the lists given; a list the file leaves out is kept as
   * stored (nothing is wiped by omission). Visits and events name orders by id.
   */
  events(patient: PatientEvents): void;
}

/** The writers with their statements, for one transaction: reuse one writer for every patient of an import. */
export function patientWriter(tx: Tx): PatientWriter {
  const s = statements(tx);

  /** The episode a plan starting on `from` belongs to: the one open on that date, or a new admission. */
  const episodeFor = (patientId: string, from: string): number =>
    s.openEpisode().get({ patientId, from })?.key ?? s.insertEpisode().get({ patientId, admittedOn: from })!.key;

  /**
   * The order's documents made to match a listed set (import, plan editor) without touching files: a row equal
   * to a listed document is kept with its file, a listed one not there is added, an unlisted row without a
   * file is removed, and an unlisted row with a file is kept (the dataset carries no files, so it cannot
   * speak for them and must not orphan them).
   */
  const replaceOrderDocuments = (orderKey: number, listed: DocumentFields[]): void => {
    const unmatched = s.orderDocuments().all({ orderKey });
    for (const doc of listed) {
      // A row with a file is matched first, so a duplicate without one is what gets removed.
      const withFile = unmatched.findIndex((row) => row.filePath !== null && sameDocument(row, doc));
      const i = withFile >= 0 ? withFile : unmatched.findIndex((row) => sameDocument(row, doc));
      if (i >= 0) unmatched.splice(i, 1);
      else s.insertDocument().run({ orderKey, kind: doc.kind, date: doc.date, reference: doc.reference });
    }
    for (const row of unmatched) if (row.filePath === null) s.deleteDocument().run({ key: row.key, orderKey });
  };

  return {
    patient(patient, now) {
      s.upsertPatient().run({
        id: patient.id,
        firstName: patient.firstName,
        lastName: patient.lastName,
        birthDate: patient.birthDate,
        sex: patient.sex,
        line1: patient.address.line1,
        line2: patient.address.line2 ?? null,
        city: patient.address.city,
        state: patient.address.state,
        zip: patient.address.zip,
        residence: patient.residence ?? null,
        writtenAt: now,
      });
      s.deleteCoverages().run({ patientId: patient.id });
      for (const c of patient.coverages) {
        s.insertCoverage().run({
          patientId: patient.id,
          payerId: c.payer,
          memberId: c.memberId,
          groupNumber: c.group ?? null,
          rank: c.rank,
          fromDate: c.from,
          toDate: c.to ?? null,
        });
      }
    },

    planOfCare(patientId, plan) {
      const saved = s.upsertPlan().get({
        patientId,
        id: plan.id,
        prescriberId: plan.prescriber,
        fromDate: plan.from,
        toDate: plan.to,
        diagnoses: plan.diagnoses.map(icd10ToStored),
        signedOn: plan.signedOn ?? null,
      })!;
      const planKey = saved.key;
      if (saved.episodeKey === null) s.setPlanEpisode().run({ episodeKey: episodeFor(patientId, plan.from), planKey });
      for (const order of plan.orders) {
        const orderKey = s.upsertOrder().get({
          planKey,
          patientId,
          id: order.id,
          ...billingColumns(billingFieldsOfInput(order)),
          start: order.start,
          stop: order.stop ?? null,
          priorAuthNumber: order.priorAuth?.number ?? null,
          priorAuthFrom: order.priorAuth?.from ?? null,
          priorAuthTo: order.priorAuth?.to ?? null,
          priorAuthUnits: order.priorAuth?.units ?? null,
        })!.key;
        // Matched, not deleted and re-inserted: a row keeps the file attached to it in the app.
        if (order.documents !== undefined) replaceOrderDocuments(orderKey, order.documents);
      }
    },

    events(patient) {
      const patientId = patient.id;
      const orderKeys = new Map(
        s
          .orderKeys()
          .all({ patientId })
          .map((o) => [o.id, o.key]),
      );
      if (patient.holds) {
        s.deleteHolds().run({ patientId });
        for (const hold of patient.holds) s.insertHold().run({ patientId, fromDate: hold.from, toDate: hold.to, reason: hold.reason });
      }
      if (patient.nursingVisits) {
        s.deleteVisits().run({ patientId });
        for (const visit of patient.nursingVisits) {
          const orderKey = visit.order === undefined ? null : (orderKeys.get(visit.order) ?? null);
          s.insertVisit().run({ patientId, date: visit.date, minutes: visit.minutes, orderKey });
        }
      }
      if (patient.pumpEvents) {
        s.deletePumpEvents().run({ patientId });
        for (const event of patient.pumpEvents) {
          const orderKey = orderKeys.get(event.order);
          if (orderKey === undefined) throw new Error(`pump event names unknown order ${event.order}`);
          s.insertPumpEvent().run({ patientId, orderKey, date: event.date, kind: event.kind });
        }
      }
    },
  };
}

/** Demographics by id (insert or update), and the coverages replaced by the given list; `now` from the clock. */
export function writePatient(tx: Tx, patient: PatientCore, now: string): void {
  patientWriter(tx).patient(patient, now);
}

/** A plan of care and its orders by id; an order's documents are matched to the input's list when it has one. */
export function writePlanOfCare(tx: Tx, patientId: string, plan: PlanInput): void {
  patientWriter(tx).planOfCare(patientId, plan);
}

/** Holds, nursing visits and pump events replaced by the lists given (see PatientWriter.events). */
export function writePatientEvents(tx: Tx, patient: PatientEvents): void {
  patientWriter(tx).events(patient);
}
