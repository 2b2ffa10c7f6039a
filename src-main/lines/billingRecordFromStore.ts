import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { drugRecord, payerRecord } from '../reference/referenceRows';
import { applyOrderRevisions } from './orderVersions';
import type { BillingRecord, DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period, QuantityUnit } from '../billing/billingRecord';

const undefinedIfNull = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** Reads what the engine needs for a period: orders that overlap it, with their patients, payers and drugs. */
export function billingRecordFromStore(store: Store, period: Period, patientId?: string): BillingRecord {
  const orderRows = store
    .select()
    .from(t.therapyOrders)
    .where(
      and(
        lte(t.therapyOrders.start, period.to),
        or(isNull(t.therapyOrders.stop), gte(t.therapyOrders.stop, period.from)),
        patientId === undefined ? undefined : eq(t.therapyOrders.patientId, patientId),
      ),
    )
    .all();
  const visitPatients = store
    .selectDistinct({ id: t.nursingVisits.patientId })
    .from(t.nursingVisits)
    .where(
      and(
        gte(t.nursingVisits.date, period.from),
        lte(t.nursingVisits.date, period.to),
        patientId === undefined ? undefined : eq(t.nursingVisits.patientId, patientId),
      ),
    )
    .all();
  const patientIds = [...new Set([...orderRows.map((o) => o.patientId), ...visitPatients.map((v) => v.id)])];
  if (patientIds.length === 0) return { payers: [], drugs: [], patients: [] };

  const byPatient = <R extends { patientId: string }>(rows: R[]) => {
    const map = new Map<string, R[]>();
    for (const row of rows) map.set(row.patientId, [...(map.get(row.patientId) ?? []), row]);
    return map;
  };
  const orderKeyToId = new Map(
    store
      .select({ key: t.therapyOrders.key, id: t.therapyOrders.id })
      .from(t.therapyOrders)
      .where(inArray(t.therapyOrders.patientId, patientIds))
      .all()
      .map((r) => [r.key, r.id]),
  );
  const documents = store
    .select()
    .from(t.orderDocuments)
    .where(
      inArray(
        t.orderDocuments.orderKey,
        orderRows.map((o) => o.key),
      ),
    )
    .all();
  const coverages = byPatient(store.select().from(t.coverages).where(inArray(t.coverages.patientId, patientIds)).all());
  const holds = byPatient(store.select().from(t.holds).where(inArray(t.holds.patientId, patientIds)).all());
  const visits = byPatient(
    store
      .select()
      .from(t.nursingVisits)
      .where(
        and(inArray(t.nursingVisits.patientId, patientIds), gte(t.nursingVisits.date, period.from), lte(t.nursingVisits.date, period.to)),
      )
      .all(),
  );
  const pumps = byPatient(store.select().from(t.pumpEvents).where(inArray(t.pumpEvents.patientId, patientIds)).all());
  const orders = byPatient(orderRows);
  const patientRows = store
    .select({ id: t.patients.id, residence: t.patients.residence })
    .from(t.patients)
    .where(inArray(t.patients.id, patientIds))
    .all();

  const patients: PatientRecord[] = patientRows.map((p) => ({
    id: p.id,
    residence: undefinedIfNull(p.residence),
    coverages: (coverages.get(p.id) ?? []).map((c) => ({
      payer: c.payerId,
      memberId: c.memberId,
      rank: c.rank,
      from: c.fromDate,
      to: undefinedIfNull(c.toDate),
    })),
    orders: (orders.get(p.id) ?? []).map((o): OrderRecord => ({
      id: o.id,
      therapy: o.therapy,
      drug: undefinedIfNull(o.drugId),
      dose: o.doseAmount === null ? undefined : { amount: o.doseAmount, unit: o.doseUnit as QuantityUnit },
      schedule: o.schedule,
      start: o.start,
      stop: undefinedIfNull(o.stop),
      route: o.route,
      delivery: undefinedIfNull(o.delivery) as OrderRecord['delivery'],
      litersPerDay: undefinedIfNull(o.litersPerDay),
      administeredBy: undefinedIfNull(o.administeredBy) as OrderRecord['administeredBy'],
      purpose: undefinedIfNull(o.purpose) as OrderRecord['purpose'],
      priorAuth:
        o.priorAuthNumber !== null && o.priorAuthFrom !== null && o.priorAuthTo !== null
          ? { number: o.priorAuthNumber, from: o.priorAuthFrom, to: o.priorAuthTo, units: undefinedIfNull(o.priorAuthUnits) }
          : undefined,
      documents: documents.filter((d) => d.orderKey === o.key).map((d) => ({ kind: d.kind, date: d.date, reference: d.reference })),
      partOf: undefinedIfNull(o.partOf), // OR-1
    })),
    holds: (holds.get(p.id) ?? []).map((h) => ({ from: h.fromDate, to: h.toDate, reason: h.reason })),
    nursingVisits: (visits.get(p.id) ?? []).map((v) => ({
      date: v.date,
      minutes: v.minutes,
      order: v.orderKey === null ? undefined : orderKeyToId.get(v.orderKey),
    })),
    pumpEvents: (pumps.get(p.id) ?? []).map((e) => ({ order: orderKeyToId.get(e.orderKey) ?? '', date: e.date, kind: e.kind })),
  }));
  // OR-2: an order edited with an effective date becomes one record per version, each with its dates.
  const revisionDrugIds = applyOrderRevisions(store, patients);

  const fees = store.select().from(t.payerFees).all();
  const payers: PayerRecord[] = store
    .select()
    .from(t.payers)
    .all()
    .map((p) =>
      payerRecord(
        p,
        fees
          .filter((f) => f.payerId === p.id)
          .map((f) => ({ hcpcs: f.hcpcs, cents: f.cents, from: f.effectiveFrom, to: undefinedIfNull(f.effectiveTo) })),
      ),
    );
  const drugIds = [...new Set([...orderRows.flatMap((o) => (o.drugId === null ? [] : [o.drugId])), ...revisionDrugIds])];
  const drugs: DrugRecord[] = store.select().from(t.drugs).where(inArray(t.drugs.id, drugIds)).all().map(drugRecord);
  return { payers, drugs, patients };
}
