import { drugRecord } from '../reference/referenceRows';
import { asc, desc } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { icd10ToDisplay } from '../identifiers/icd10';
import type { Dataset, DatasetPatient } from './datasetSchema';
import type { AdministeredBy, Delivery, OrderPurpose, QuantityUnit, Residence, Route, Therapy } from '../vocabulary';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// null columns become absent fields, as the contract writes optional values.
function present<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== null && value !== undefined) out[key] = value;
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

function address(row: { line1: string; line2: string | null; city: string; state: string; zip: string }) {
  return present({ line1: row.line1, line2: row.line2, city: row.city, state: row.state, zip: row.zip });
}

/** The whole database as a dataset document; importing it again gives the same records. */
export function exportDataset(store: Store): Dataset {
  const pharmacyRow = store.select().from(t.pharmacy).get();
  if (!pharmacyRow) throw new Error('The database has no pharmacy profile yet: import a dataset or open the demo first.');

  // The fee in force for each code: the latest effective row.
  const feeRows = store.select().from(t.payerFees).orderBy(asc(t.payerFees.hcpcs), desc(t.payerFees.effectiveFrom)).all();
  const payers = store
    .select()
    .from(t.payers)
    .orderBy(asc(t.payers.id))
    .all()
    .map((p) => {
      const fees: Record<string, number> = {};
      for (const f of feeRows) if (f.payerId === p.id && fees[f.hcpcs] === undefined) fees[f.hcpcs] = f.cents;
      const profile = present({
        perDiemDays: p.perDiemDays,
        secondTherapyPercent: p.secondTherapyPercent,
        thirdTherapyPercent: p.thirdTherapyPercent,
        recognizesSCodes: p.recognizesSCodes,
        modifier59WithConcurrent: p.modifier59WithConcurrent,
        lineSpan: p.lineSpan,
        nursingLimits: p.nursingLimits,
        requiresPriorAuth: p.requiresPriorAuth,
        interimBilling: p.interimBilling,
      });
      return { id: p.id, name: p.name, payerId: p.payerId, kind: p.kind, ...(Object.keys(profile).length ? { profile } : {}), fees };
    });

  const drugs = store.select().from(t.drugs).orderBy(asc(t.drugs.id)).all().map(drugRecord);

  const prescribers = store
    .select({ id: t.prescribers.id, npi: t.prescribers.npi, firstName: t.prescribers.firstName, lastName: t.prescribers.lastName })
    .from(t.prescribers)
    .orderBy(asc(t.prescribers.id))
    .all();

  const coverages = store.select().from(t.coverages).orderBy(asc(t.coverages.id)).all();
  const plans = store.select().from(t.plansOfCare).orderBy(asc(t.plansOfCare.key)).all();
  const orders = store.select().from(t.therapyOrders).orderBy(asc(t.therapyOrders.key)).all();
  const documents = store.select().from(t.orderDocuments).orderBy(asc(t.orderDocuments.key)).all();
  const holds = store.select().from(t.holds).orderBy(asc(t.holds.key)).all();
  const visits = store.select().from(t.nursingVisits).orderBy(asc(t.nursingVisits.key)).all();
  const pumps = store.select().from(t.pumpEvents).orderBy(asc(t.pumpEvents.key)).all();
  const orderIdByKey = new Map(orders.map((o) => [o.key, o.id]));

  const patients = store
    .select()
    .from(t.patients)
    .orderBy(asc(t.patients.id))
    .all()
    .map((p): DatasetPatient => {
      const patient: Mutable<DatasetPatient> = present({
        id: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        birthDate: p.birthDate,
        sex: p.sex,
        address: address(p),
        residence: p.residence as Residence | null,
        coverages: coverages
          .filter((c) => c.patientId === p.id)
          .map((c) =>
            present({ payer: c.payerId, memberId: c.memberId, group: c.groupNumber, rank: c.rank, from: c.fromDate, to: c.toDate }),
          ),
        plansOfCare: plans
          .filter((k) => k.patientId === p.id)
          .map((k) =>
            present({
              id: k.id,
              prescriber: k.prescriberId,
              from: k.fromDate,
              to: k.toDate,
              diagnoses: k.diagnoses.map(icd10ToDisplay),
              signedOn: k.signedOn,
              orders: orders
                .filter((o) => o.planKey === k.key)
                .map((o) => {
                  const docs = documents
                    .filter((d) => d.orderKey === o.key)
                    .map((d) => ({ kind: d.kind, date: d.date, reference: d.reference }));
                  return present({
                    id: o.id,
                    therapy: o.therapy as Therapy,
                    drug: o.drugId,
                    dose: o.doseAmount === null ? null : { amount: o.doseAmount, unit: o.doseUnit as QuantityUnit },
                    schedule: o.schedule,
                    start: o.start,
                    stop: o.stop,
                    route: o.route as Route,
                    delivery: o.delivery as Delivery | null,
                    litersPerDay: o.litersPerDay,
                    administeredBy: o.administeredBy as AdministeredBy | null,
                    purpose: o.purpose as OrderPurpose | null,
                    partOf: o.partOf,
                    priorAuth:
                      o.priorAuthNumber === null || o.priorAuthFrom === null || o.priorAuthTo === null
                        ? null
                        : present({ number: o.priorAuthNumber, from: o.priorAuthFrom, to: o.priorAuthTo, units: o.priorAuthUnits }),
                    documents: docs.length > 0 ? docs : null,
                  });
                }),
            }),
          ),
        holds: holds.filter((h) => h.patientId === p.id).map((h) => ({ from: h.fromDate, to: h.toDate, reason: h.reason })),
        nursingVisits: visits
          .filter((v) => v.patientId === p.id)
          .map((v) => present({ date: v.date, minutes: v.minutes, order: v.orderKey === null ? null : orderIdByKey.get(v.orderKey) })),
        pumpEvents: pumps
          .filter((e) => e.patientId === p.id)
          .map((e) => ({ order: orderIdByKey.get(e.orderKey) ?? '', date: e.date, kind: e.kind })),
      });
      return patient;
    });

  const { id: _id, updatedAt: _u, line1, line2, city, state, zip, ...pharmacy } = pharmacyRow;
  return {
    format: 'home-infusion-dataset/1',
    pharmacy: present({ ...pharmacy, address: address({ line1, line2, city, state, zip }) }),
    payers,
    prescribers,
    drugs,
    patients,
  } as Dataset;
}
