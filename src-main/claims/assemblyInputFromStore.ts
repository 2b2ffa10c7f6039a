import { coordinationFromStore } from './coordinationFromStore';
import { eq, inArray } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { resolveProfile } from '../billing/payerProfile';
import { payerRecord } from '../reference/referenceRows';
import type { Finding } from '../billing/billingLine';
import type { Period } from '../billing/billingRecord';
import type { CalendarDate } from '../calendar/calendarDate';
import type { AssemblyInput, ClaimPatient, StoredBillingLine } from './assembly/claimDraft';
import type { StoredLineRow } from '../lines/persistLines';

type LineRow = typeof t.billingLines.$inferSelect;

export function storedLine(row: LineRow): StoredBillingLine {
  return {
    id: row.id,
    patient: row.patientId,
    ...(row.orderId !== null ? { order: row.orderId } : {}),
    date: row.date,
    kind: row.kind,
    code: row.code,
    modifiers: row.modifiers,
    units: row.units,
    chargeCents: row.chargeCents,
    ...(row.ndc !== null ? { ndc: row.ndc, ndcQuantity: row.ndcQuantity ?? 0, ndcUnit: row.ndcUnit ?? 'UN' } : {}),
    payer: row.payerId,
    rules: row.rules as StoredBillingLine['rules'],
    ...(row.concurrencyRank !== null ? { concurrencyRank: row.concurrencyRank } : {}),
    ...(row.anchorOrder !== null ? { anchorOrder: row.anchorOrder } : {}),
    ...(row.feeCents !== null ? { feeCents: row.feeCents } : {}),
  };
}

/**
 * Lines not yet on any claim, in claim order: by patient and date, each per diem (by rank) before its drugs,
 * nursing last. Read with one raw statement and sorted by SQLite: a month can hold hundreds of thousands.
 */
export function unbilledLines(store: Store, period: Period, patientId?: string): StoredBillingLine[] {
  const rows = store.$client
    .prepare(
      `SELECT id, patient_id, order_id, date, kind, code, modifiers, units, charge_cents, fee_cents, ndc, ndc_quantity, ndc_unit,
              payer_id, rules, concurrency_rank, anchor_order
       FROM billing_lines
       WHERE status = 'current' AND claim_id IS NULL AND date BETWEEN ? AND ? ${patientId === undefined ? '' : 'AND patient_id = ?'}
       ORDER BY patient_id, date,
                CASE kind WHEN 'nursing' THEN 2000 ELSE coalesce(concurrency_rank, 1000) END,
                coalesce(anchor_order, order_id, ''), CASE kind WHEN 'per-diem' THEN 0 WHEN 'drug' THEN 1 ELSE 2 END,
                CASE WHEN anchor_order IS NULL THEN '' ELSE order_id END, code`,
    )
    .all(...(patientId === undefined ? [period.from, period.to] : [period.from, period.to, patientId])) as RawLineRow[];
  // Plain assignments rather than object spreads: this runs once per line of the month.
  return rows.map((r) => {
    const line: StoredBillingLine = {
      id: r.id,
      patient: r.patient_id,
      date: r.date,
      kind: r.kind,
      code: r.code,
      modifiers: JSON.parse(r.modifiers) as string[],
      units: r.units,
      chargeCents: r.charge_cents,
      payer: r.payer_id,
      rules: JSON.parse(r.rules) as StoredBillingLine['rules'],
    };
    if (r.order_id !== null) line.order = r.order_id;
    if (r.ndc !== null) {
      line.ndc = r.ndc;
      line.ndcQuantity = r.ndc_quantity ?? 0;
      line.ndcUnit = r.ndc_unit ?? 'UN';
    }
    if (r.concurrency_rank !== null) line.concurrencyRank = r.concurrency_rank;
    if (r.anchor_order !== null) line.anchorOrder = r.anchor_order;
    if (r.fee_cents !== null) line.feeCents = r.fee_cents;
    return line;
  });
}

/** A billing_lines row as raw SQL reads it: the columns persistLines compares, and the line's identity. */
interface RawLineRow extends Omit<StoredLineRow, 'line_key' | 'claim_id'> {
  patient_id: string;
  order_id: string | null;
  date: string;
  kind: StoredBillingLine['kind'];
  code: string;
  payer_id: string;
  concurrency_rank: number | null;
  anchor_order: string | null;
}

/** What claim assembly needs about the patients of these lines. */
export function assemblyInput(
  store: Store,
  lines: StoredBillingLine[],
  findings: Finding[],
  today: CalendarDate,
  alsoPatients: string[] = [],
): AssemblyInput {
  const patientIds = [...new Set([...lines.map((l) => l.patient), ...alsoPatients])];
  const pharmacyRow = store.select().from(t.pharmacy).get();
  const patientsRows = patientIds.length === 0 ? [] : store.select().from(t.patients).where(inArray(t.patients.id, patientIds)).all();
  const coverages = patientIds.length === 0 ? [] : store.select().from(t.coverages).where(inArray(t.coverages.patientId, patientIds)).all();
  const plans =
    patientIds.length === 0
      ? []
      : store
          .select({ plan: t.plansOfCare, prescriber: t.prescribers })
          .from(t.plansOfCare)
          .innerJoin(t.prescribers, eq(t.prescribers.id, t.plansOfCare.prescriberId))
          .where(inArray(t.plansOfCare.patientId, patientIds))
          .all();
  const orders =
    patientIds.length === 0 ? [] : store.select().from(t.therapyOrders).where(inArray(t.therapyOrders.patientId, patientIds)).all();
  const documents =
    orders.length === 0
      ? []
      : store
          .select({ orderKey: t.orderDocuments.orderKey, kind: t.orderDocuments.kind })
          .from(t.orderDocuments)
          .where(
            inArray(
              t.orderDocuments.orderKey,
              orders.map((o) => o.key),
            ),
          )
          .all();
  const planIdByKey = new Map(plans.map(({ plan }) => [plan.key, plan.id]));

  // Grouped once: a month's claims can span thousands of patients.
  const byPatient = <R>(rows: R[], key: (r: R) => string) => {
    const map = new Map<string, R[]>();
    for (const r of rows) {
      const list = map.get(key(r));
      if (list) list.push(r);
      else map.set(key(r), [r]);
    }
    return map;
  };
  const coveragesOf = byPatient(coverages, (c) => c.patientId);
  const plansOf = byPatient(plans, ({ plan }) => plan.patientId);
  const ordersOf = byPatient(orders, (o) => o.patientId);
  const kindsOf = byPatient(documents, (d) => String(d.orderKey));

  const patients: ClaimPatient[] = patientsRows.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    sex: p.sex,
    address: { line1: p.line1, ...(p.line2 ? { line2: p.line2 } : {}), city: p.city, state: p.state, zip: p.zip },
    residence: p.residence,
    coverages: (coveragesOf.get(p.id) ?? []).map((c) => ({
      payer: c.payerId,
      memberId: c.memberId,
      group: c.groupNumber,
      rank: c.rank,
      from: c.fromDate,
      to: c.toDate,
    })),
    plans: (plansOf.get(p.id) ?? []).map(({ plan, prescriber }) => ({
      id: plan.id,
      from: plan.fromDate,
      to: plan.toDate,
      diagnoses: plan.diagnoses,
      signedOn: plan.signedOn,
      prescriber: { firstName: prescriber.firstName, lastName: prescriber.lastName, npi: prescriber.npi },
    })),
    orders: (ordersOf.get(p.id) ?? []).map((o) => ({
      id: o.id,
      planId: planIdByKey.get(o.planKey) ?? '',
      stop: o.stop,
      priorAuth:
        o.priorAuthNumber && o.priorAuthFrom && o.priorAuthTo
          ? {
              number: o.priorAuthNumber,
              from: o.priorAuthFrom,
              to: o.priorAuthTo,
              ...(o.priorAuthUnits !== null ? { units: o.priorAuthUnits } : {}),
            }
          : undefined,
      documentKinds: (kindsOf.get(String(o.key)) ?? []).map((d) => d.kind),
    })),
  }));

  const payers = store
    .select()
    .from(t.payers)
    .all()
    .map((p) => ({
      id: p.id,
      name: p.name,
      payerId: p.payerId,
      kind: p.kind,
      profile: resolveProfile(payerRecord(p, [])),
    }));

  return {
    pharmacy: pharmacyRow
      ? {
          name: pharmacyRow.name,
          npi: pharmacyRow.npi,
          taxId: pharmacyRow.taxId,
          taxonomy: pharmacyRow.taxonomy,
          address: {
            line1: pharmacyRow.line1,
            ...(pharmacyRow.line2 ? { line2: pharmacyRow.line2 } : {}),
            city: pharmacyRow.city,
            state: pharmacyRow.state,
            zip: pharmacyRow.zip,
          },
        }
      : null,
    patients,
    payers,
    lines,
    findings,
    today,
  };
}

/** The assembly's input with CB-1: the answered claims going on to the next payer, and the answers still awaited. */
export function billingInput(
  store: Store,
  lines: StoredBillingLine[],
  findings: Finding[],
  today: CalendarDate,
  period: Period | null,
  patientId?: string,
): AssemblyInput {
  if (period === null) return assemblyInput(store, lines, findings, today);
  const { answered, awaiting } = coordinationFromStore(store, period, today, patientId);
  const input = assemblyInput(
    store,
    lines,
    findings,
    today,
    answered.map((a) => a.patient),
  );
  return { ...input, answered, awaiting };
}
