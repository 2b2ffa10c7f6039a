import { and, between, eq, inArray, isNull } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { resolveProfile } from '../billing/payerProfile';
import { payerProfileSettings } from '../reference/referenceRows';
import type { Finding } from '../billing/billingLine';
import type { Period } from '../billing/billingRecord';
import type { AssemblyInput, ClaimPatient, StoredBillingLine } from './claimDraft';

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
    ...(row.feeCents !== null ? { feeCents: row.feeCents } : {}),
  };
}

/** Lines not yet on any claim, in claim order (date, then rank: each per diem before its drugs, then nursing). */
export function unbilledLines(store: Store, period: Period, patientId?: string): StoredBillingLine[] {
  const rows = store
    .select()
    .from(t.billingLines)
    .where(
      and(
        eq(t.billingLines.status, 'current'),
        isNull(t.billingLines.claimId),
        between(t.billingLines.date, period.from, period.to),
        patientId === undefined ? undefined : eq(t.billingLines.patientId, patientId),
      ),
    )
    .all();
  const kindOrder = { 'per-diem': 0, drug: 1, nursing: 2 } as const;
  return rows
    .map(storedLine)
    .sort(
      (a, b) =>
        a.patient.localeCompare(b.patient) ||
        a.date.localeCompare(b.date) ||
        (a.kind === 'nursing' ? 2000 : (a.concurrencyRank ?? 1000)) - (b.kind === 'nursing' ? 2000 : (b.concurrencyRank ?? 1000)) ||
        (a.order ?? '').localeCompare(b.order ?? '') ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        a.code.localeCompare(b.code),
    );
}

/** What claim assembly needs about the patients of these lines. */
export function assemblyInput(store: Store, lines: StoredBillingLine[], findings: Finding[], alsoPatients: string[] = []): AssemblyInput {
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

  const patients: ClaimPatient[] = patientsRows.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    sex: p.sex,
    address: { line1: p.line1, ...(p.line2 ? { line2: p.line2 } : {}), city: p.city, state: p.state, zip: p.zip },
    residence: p.residence,
    coverages: coverages
      .filter((c) => c.patientId === p.id)
      .map((c) => ({ payer: c.payerId, memberId: c.memberId, group: c.groupNumber, rank: c.rank, from: c.fromDate, to: c.toDate })),
    plans: plans
      .filter(({ plan }) => plan.patientId === p.id)
      .map(({ plan, prescriber }) => ({
        id: plan.id,
        from: plan.fromDate,
        to: plan.toDate,
        diagnoses: plan.diagnoses,
        signedOn: plan.signedOn,
        prescriber: { firstName: prescriber.firstName, lastName: prescriber.lastName, npi: prescriber.npi },
      })),
    orders: orders
      .filter((o) => o.patientId === p.id)
      .map((o) => ({
        id: o.id,
        planId: planIdByKey.get(o.planKey) ?? '',
        priorAuth:
          o.priorAuthNumber && o.priorAuthFrom && o.priorAuthTo
            ? {
                number: o.priorAuthNumber,
                from: o.priorAuthFrom,
                to: o.priorAuthTo,
                ...(o.priorAuthUnits !== null ? { units: o.priorAuthUnits } : {}),
              }
            : undefined,
        documentKinds: documents.filter((d) => d.orderKey === o.key).map((d) => d.kind),
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
      profile: resolveProfile({
        id: p.id,
        name: p.name,
        kind: p.kind,
        fees: [],
        profile: payerProfileSettings(p),
      }),
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
  };
}
