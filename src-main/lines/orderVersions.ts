import { asc, inArray } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { addDays, type CalendarDate } from '../calendar/calendarDate';
import type { OrderRecord, PatientRecord, QuantityUnit } from '../billing/billingRecord';

// OR-2: an order edited with an effective date keeps its earlier versions in order_revisions. The therapy_orders
// row is the current version; each revision applied from the day after the previous revision's last day (or the
// order's start) through its own last day. These are the fields a version holds: what prices a day of the order.
// Start, stop, prior authorization and documents are not versioned: they belong to the order as a whole.

export interface OrderBillingFields {
  therapy: string;
  drug: string | null;
  dose: { amount: number; unit: string } | null;
  schedule: string;
  route: string;
  delivery: string | null;
  litersPerDay: number | null;
  administeredBy: string | null;
  purpose: string | null;
  partOf: string | null;
}

export const BILLING_FIELD_NAMES = [
  'therapy',
  'drug',
  'dose',
  'schedule',
  'route',
  'delivery',
  'litersPerDay',
  'administeredBy',
  'purpose',
  'partOf',
] as const satisfies readonly (keyof OrderBillingFields)[];

type OrderRow = typeof t.therapyOrders.$inferSelect;

export function billingFieldsOfRow(row: OrderRow): OrderBillingFields {
  return {
    therapy: row.therapy,
    drug: row.drugId,
    dose: row.doseAmount === null ? null : { amount: row.doseAmount, unit: row.doseUnit ?? 'mg' },
    schedule: row.schedule.trim(),
    route: row.route,
    delivery: row.delivery,
    litersPerDay: row.litersPerDay,
    administeredBy: row.administeredBy,
    purpose: row.purpose,
    partOf: row.partOf,
  };
}

/** The order table's columns for these billing fields: the inverse of billingFieldsOfRow. */
export function billingColumns(f: OrderBillingFields) {
  return {
    therapy: f.therapy,
    drugId: f.drug,
    doseAmount: f.dose?.amount ?? null,
    doseUnit: f.dose?.unit ?? null,
    schedule: f.schedule,
    route: f.route,
    delivery: f.delivery,
    litersPerDay: f.litersPerDay,
    administeredBy: f.administeredBy,
    purpose: f.purpose,
    partOf: f.partOf,
  };
}

/** The fields of an order as the intake form or the dataset gives them (absent is null). */
export function billingFieldsOfInput(order: {
  therapy: string;
  drug?: string | undefined;
  dose?: { amount: number; unit: string } | undefined;
  schedule: string;
  route: string;
  delivery?: string | undefined;
  litersPerDay?: number | undefined;
  administeredBy?: string | undefined;
  purpose?: string | undefined;
  partOf?: string | undefined;
}): OrderBillingFields {
  return {
    therapy: order.therapy,
    drug: order.drug ?? null,
    dose: order.dose === undefined ? null : { amount: order.dose.amount, unit: order.dose.unit },
    schedule: order.schedule.trim(),
    route: order.route,
    delivery: order.delivery ?? null,
    litersPerDay: order.litersPerDay ?? null,
    administeredBy: order.administeredBy ?? null,
    purpose: order.purpose ?? null,
    partOf: order.partOf ?? null,
  };
}

/** The names of the billing fields that differ between two versions. */
export function changedBillingFields(a: OrderBillingFields, b: OrderBillingFields): (keyof OrderBillingFields)[] {
  return BILLING_FIELD_NAMES.filter((name) => JSON.stringify(a[name]) !== JSON.stringify(b[name]));
}

/** A revision's stored JSON, read defensively: a missing field is absent. */
function fieldsOfRevision(json: Record<string, unknown>): OrderBillingFields {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const dose = json['dose'] as { amount?: unknown; unit?: unknown } | null | undefined;
  return {
    therapy: str(json['therapy']) ?? '',
    drug: str(json['drug']),
    dose: dose && typeof dose.amount === 'number' ? { amount: dose.amount, unit: str(dose.unit) ?? 'mg' } : null,
    schedule: str(json['schedule']) ?? '',
    route: str(json['route']) ?? '',
    delivery: str(json['delivery']),
    litersPerDay: typeof json['litersPerDay'] === 'number' ? json['litersPerDay'] : null,
    administeredBy: str(json['administeredBy']),
    purpose: str(json['purpose']),
    partOf: str(json['partOf']),
  };
}

export interface OrderVersion {
  /** Absent for the first version: it applies from the order's start. */
  from?: CalendarDate;
  /** Absent for the current version: it applies through the order's stop. */
  to?: CalendarDate;
  fields: OrderBillingFields;
}

export interface StoredRevision {
  orderKey: number;
  lastDay: CalendarDate;
  fields: OrderBillingFields;
  recordedAt: string;
}

/** The revisions of the given orders, each order's in date order. */
export function revisionsByOrder(store: Pick<Store, 'select'>, orderKeys: number[]): Map<number, StoredRevision[]> {
  const map = new Map<number, StoredRevision[]>();
  if (orderKeys.length === 0) return map;
  const rows = store
    .select()
    .from(t.orderRevisions)
    .where(inArray(t.orderRevisions.orderKey, orderKeys))
    .orderBy(asc(t.orderRevisions.orderKey), asc(t.orderRevisions.lastDay), asc(t.orderRevisions.key))
    .all();
  for (const r of rows) {
    const revision = { orderKey: r.orderKey, lastDay: r.lastDay, fields: fieldsOfRevision(r.fields), recordedAt: r.recordedAt };
    map.set(r.orderKey, [...(map.get(r.orderKey) ?? []), revision]);
  }
  return map;
}

/** Every version of an order, earliest first: its revisions, then the current row. */
export function orderVersions(current: OrderBillingFields, revisions: StoredRevision[]): OrderVersion[] {
  const versions: OrderVersion[] = [];
  let from: CalendarDate | undefined;
  for (const r of revisions) {
    versions.push({ ...(from === undefined ? {} : { from }), to: r.lastDay, fields: r.fields });
    from = addDays(r.lastDay, 1);
  }
  versions.push({ ...(from === undefined ? {} : { from }), fields: current });
  return versions;
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** An engine order record with a version's fields in place of the current ones, for the version's dates. */
function recordForVersion(record: OrderRecord, version: OrderVersion): OrderRecord {
  const f = version.fields;
  return {
    ...record,
    therapy: f.therapy,
    drug: orUndefined(f.drug),
    dose: f.dose === null ? undefined : { amount: f.dose.amount, unit: f.dose.unit as QuantityUnit },
    schedule: f.schedule,
    route: f.route,
    delivery: orUndefined(f.delivery) as OrderRecord['delivery'],
    litersPerDay: orUndefined(f.litersPerDay),
    administeredBy: orUndefined(f.administeredBy) as OrderRecord['administeredBy'],
    purpose: orUndefined(f.purpose) as OrderRecord['purpose'],
    partOf: orUndefined(f.partOf),
    effective: { from: version.from, to: version.to },
  };
}

/**
 * The engine's view of orders with revisions: one record per version, sharing the order's id, each with its
 * `effective` window. Orders without revisions are left exactly as they were. Returns the drugs the earlier
 * versions name, which the record's drug list must also hold.
 */
export function applyOrderRevisions(store: Pick<Store, 'select'>, patients: PatientRecord[]): string[] {
  const ids = patients.flatMap((p) => p.orders.map((o) => ({ patientId: p.id, orderId: o.id })));
  if (ids.length === 0) return [];
  const keys = store
    .select({ key: t.therapyOrders.key, patientId: t.therapyOrders.patientId, id: t.therapyOrders.id })
    .from(t.therapyOrders)
    .where(
      inArray(
        t.therapyOrders.patientId,
        patients.map((p) => p.id),
      ),
    )
    .all();
  const keyOf = new Map(keys.map((k) => [`${k.patientId}\u0000${k.id}`, k.key]));
  const revisions = revisionsByOrder(
    store,
    keys.map((k) => k.key),
  );
  if (revisions.size === 0) return [];
  const drugs = new Set<string>();
  for (const patient of patients) {
    patient.orders = patient.orders.flatMap((record) => {
      const key = keyOf.get(`${patient.id}\u0000${record.id}`);
      const list = key === undefined ? undefined : revisions.get(key);
      if (!list || list.length === 0) return [record];
      for (const r of list) if (r.fields.drug !== null) drugs.add(r.fields.drug);
      const current = billingFieldsOfInput(record);
      return orderVersions(current, list).map((version) => recordForVersion(record, version));
    });
  }
  return [...drugs];
}
