import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { icd10ToDisplay } from '../identifiers/icd10';
import type { CalendarDate } from '../calendar/calendarDate';
import { NotFoundError, type PatientDetail, type PatientSummary, type PlanOfCareEdit } from '../vocabulary';
import { billingFieldsOfRow, orderVersions, revisionsByOrder } from '../lines/orderVersions';
import { billedDaysByOrder, type BilledDays } from './orderRevisions';

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Patients whose name, member id or birth date (YYYY-MM-DD or MM/DD/YYYY) matches; all when the query is empty. */
export function searchPatients(store: Store, query: string, today: CalendarDate): PatientSummary[] {
  const q = query.trim();
  const us = US_DATE.exec(q);
  const birth = us ? `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : q;
  const pattern = `%${q.replace(/[%_]/g, (c) => `\\${c}`)}%`;
  const memberMatch = store
    .select({ patientId: t.coverages.patientId })
    .from(t.coverages)
    .where(sql`${t.coverages.memberId} LIKE ${pattern} ESCAPE '\\'`);
  const where =
    q === ''
      ? undefined
      : or(
          sql`(${t.patients.firstName} || ' ' || ${t.patients.lastName}) LIKE ${pattern} ESCAPE '\\'`,
          sql`(${t.patients.lastName} || ', ' || ${t.patients.firstName}) LIKE ${pattern} ESCAPE '\\'`,
          eq(t.patients.birthDate, birth),
          sql`${t.patients.id} IN ${memberMatch}`,
        );
  const rows = store.select().from(t.patients).where(where).orderBy(asc(t.patients.lastName), asc(t.patients.firstName)).limit(500).all();

  const primaries = store
    .select({ patientId: t.coverages.patientId, payerName: t.payers.name, memberId: t.coverages.memberId })
    .from(t.coverages)
    .innerJoin(t.payers, eq(t.payers.id, t.coverages.payerId))
    .where(
      and(
        eq(t.coverages.rank, 'primary'),
        lte(t.coverages.fromDate, today),
        or(isNull(t.coverages.toDate), gte(t.coverages.toDate, today)),
      ),
    )
    .all();
  const active = store
    .select({ patientId: t.therapyOrders.patientId, n: sql<number>`count(*)` })
    .from(t.therapyOrders)
    .where(and(lte(t.therapyOrders.start, today), or(isNull(t.therapyOrders.stop), gte(t.therapyOrders.stop, today))))
    .groupBy(t.therapyOrders.patientId)
    .all();
  const activeBy = new Map(active.map((a) => [a.patientId, a.n]));
  const primaryBy = new Map(primaries.map((p) => [p.patientId, p]));

  return rows.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    sex: p.sex,
    primaryPayer: primaryBy.get(p.id)?.payerName ?? null,
    memberId: primaryBy.get(p.id)?.memberId ?? null,
    activeOrders: activeBy.get(p.id) ?? 0,
  }));
}

export function getPatient(store: Store, id: string): PatientDetail {
  const p = store.select().from(t.patients).where(eq(t.patients.id, id)).get();
  if (!p) throw new NotFoundError(`There is no patient with id "${id}".`);

  const coverages = store
    .select({ c: t.coverages, payer: t.payers })
    .from(t.coverages)
    .innerJoin(t.payers, eq(t.payers.id, t.coverages.payerId))
    .where(eq(t.coverages.patientId, id))
    .orderBy(asc(t.coverages.rank), asc(t.coverages.fromDate))
    .all();
  const plans = store
    .select({ plan: t.plansOfCare, prescriber: t.prescribers })
    .from(t.plansOfCare)
    .innerJoin(t.prescribers, eq(t.prescribers.id, t.plansOfCare.prescriberId))
    .where(eq(t.plansOfCare.patientId, id))
    .orderBy(asc(t.plansOfCare.fromDate))
    .all();
  const orders = store
    .select({ order: t.therapyOrders, drug: t.drugs })
    .from(t.therapyOrders)
    .leftJoin(t.drugs, eq(t.drugs.id, t.therapyOrders.drugId))
    .where(eq(t.therapyOrders.patientId, id))
    .orderBy(asc(t.therapyOrders.start), asc(t.therapyOrders.id))
    .all();
  const documents = store
    .select({ doc: t.orderDocuments })
    .from(t.orderDocuments)
    .innerJoin(t.therapyOrders, eq(t.therapyOrders.key, t.orderDocuments.orderKey))
    .where(eq(t.therapyOrders.patientId, id))
    .orderBy(asc(t.orderDocuments.date))
    .all();
  const orderIdByKey = new Map(orders.map((o) => [o.order.key, o.order.id]));
  // One query for four tables; the cast names the rows drizzle cannot type for a generic table.
  const rowsOf = <T extends typeof t.episodes | typeof t.holds | typeof t.nursingVisits | typeof t.pumpEvents>(
    table: T,
    by: (table: T) => SQLiteColumn,
  ): T['$inferSelect'][] =>
    store
      .select()
      .from(table)
      .where(eq(table.patientId, id))
      .orderBy(asc(by(table)))
      .all() as T['$inferSelect'][];

  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    sex: p.sex,
    address: { line1: p.line1, line2: p.line2, city: p.city, state: p.state, zip: p.zip },
    residence: p.residence,
    coverages: coverages.map(({ c, payer }) => ({
      payerId: payer.id,
      payerName: payer.name,
      payerKind: payer.kind,
      memberId: c.memberId,
      group: c.groupNumber,
      rank: c.rank,
      from: c.fromDate,
      to: c.toDate,
    })),
    episodes: rowsOf(t.episodes, (e) => e.admittedOn).map((e) => ({
      key: e.key,
      admittedOn: e.admittedOn,
      dischargedOn: e.dischargedOn,
      dischargeReason: e.dischargeReason,
      plans: plans.filter(({ plan }) => plan.episodeKey === e.key).map(({ plan }) => plan.id),
    })),
    plansOfCare: plans.map(({ plan, prescriber }) => ({
      id: plan.id,
      prescriberName: `${prescriber.firstName} ${prescriber.lastName}`,
      prescriberNpi: prescriber.npi,
      from: plan.fromDate,
      to: plan.toDate,
      diagnoses: plan.diagnoses.map(icd10ToDisplay),
      signedOn: plan.signedOn,
      orders: orders
        .filter(({ order }) => order.planKey === plan.key)
        .map(({ order, drug }) => ({
          id: order.id,
          therapy: order.therapy,
          drugId: order.drugId,
          drugName: drug?.name ?? null,
          hcpcs: drug?.hcpcs ?? null,
          dose: order.doseAmount === null ? null : `${order.doseAmount} ${order.doseUnit ?? ''}`.trim(),
          schedule: order.schedule,
          start: order.start,
          stop: order.stop,
          route: order.route,
          delivery: order.delivery,
          litersPerDay: order.litersPerDay,
          administeredBy: order.administeredBy,
          priorAuthNumber: order.priorAuthNumber,
          partOf: order.partOf,
          documents: documents
            .filter(({ doc }) => doc.orderKey === order.key)
            .map(({ doc }) => ({ kind: doc.kind, date: doc.date, reference: doc.reference, file: doc.filePath })),
        })),
    })),
    holds: rowsOf(t.holds, (h) => h.fromDate).map((h) => ({ from: h.fromDate, to: h.toDate, reason: h.reason })),
    nursingVisits: rowsOf(t.nursingVisits, (v) => v.date).map((v) => ({
      date: v.date,
      minutes: v.minutes,
      order: v.orderKey === null ? null : (orderIdByKey.get(v.orderKey) ?? null),
      nurse: v.nurse,
    })),
    pumpEvents: rowsOf(t.pumpEvents, (e) => e.date).map((e) => ({ date: e.date, kind: e.kind, order: orderIdByKey.get(e.orderKey) ?? '' })),
  };
}

/** One plan of care in the shape its editor saves back (plans.save). */
export function getPlanOfCare(store: Store, patientId: string, planId: string): PlanOfCareEdit {
  const plan = store
    .select()
    .from(t.plansOfCare)
    .where(and(eq(t.plansOfCare.patientId, patientId), eq(t.plansOfCare.id, planId)))
    .get();
  if (!plan) throw new NotFoundError(`Patient "${patientId}" has no plan of care "${planId}".`);
  const orders = store
    .select()
    .from(t.therapyOrders)
    .where(eq(t.therapyOrders.planKey, plan.key))
    .orderBy(asc(t.therapyOrders.start), asc(t.therapyOrders.id))
    .all();
  const documents = store.select().from(t.orderDocuments).all();
  const revisions = revisionsByOrder(
    store,
    orders.map((o) => o.key),
  );
  const billed = billedDaysByOrder(store, patientId);
  const drugNames = new Map(
    store
      .select({ id: t.drugs.id, name: t.drugs.name })
      .from(t.drugs)
      .all()
      .map((d) => [d.id, d.name]),
  );
  const opt = <K extends string, V>(key: K, value: V | null | undefined) =>
    value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
  return {
    id: plan.id,
    prescriber: plan.prescriberId,
    from: plan.fromDate,
    to: plan.toDate,
    diagnoses: plan.diagnoses.map(icd10ToDisplay),
    ...opt('signedOn', plan.signedOn),
    orders: orders.map((o) => {
      const docs = documents.filter((d) => d.orderKey === o.key).map((d) => ({ kind: d.kind, date: d.date, reference: d.reference }));
      return {
        id: o.id,
        therapy: o.therapy,
        ...opt('drug', o.drugId),
        ...opt('dose', o.doseAmount === null ? null : { amount: o.doseAmount, unit: o.doseUnit ?? 'mg' }),
        schedule: o.schedule,
        start: o.start,
        ...opt('stop', o.stop),
        route: o.route,
        ...opt('delivery', o.delivery),
        ...opt('litersPerDay', o.litersPerDay),
        ...opt('administeredBy', o.administeredBy),
        ...opt('purpose', o.purpose),
        ...opt('partOf', o.partOf),
        ...opt(
          'priorAuth',
          o.priorAuthNumber && o.priorAuthFrom && o.priorAuthTo
            ? { number: o.priorAuthNumber, from: o.priorAuthFrom, to: o.priorAuthTo, ...opt('units', o.priorAuthUnits) }
            : null,
        ),
        ...(docs.length > 0 ? { documents: docs } : {}),
        versions: orderVersions(billingFieldsOfRow(o), revisions.get(o.key) ?? []).map((v) => ({
          from: v.from ?? o.start,
          to: v.to ?? o.stop,
          therapy: v.fields.therapy,
          drug: v.fields.drug,
          drugName: v.fields.drug === null ? null : (drugNames.get(v.fields.drug) ?? null),
          dose: v.fields.dose === null ? null : `${v.fields.dose.amount} ${v.fields.dose.unit}`,
          schedule: v.fields.schedule,
        })),
        billed: billedView(billed.get(o.id)),
      };
    }),
  };
}

const billedView = (days: BilledDays | undefined) =>
  days === undefined ? null : { lastDay: days.lastDay, claims: days.claims.map((c) => c.controlNumber) };
