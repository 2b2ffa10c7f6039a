import { sql } from 'drizzle-orm';
import { integer, primaryKey, real, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import {
  COVERAGE_RANKS,
  DOCUMENT_KINDS,
  HOLD_REASONS,
  LINE_SPANS,
  NDC_UNITS,
  PAYER_KINDS,
  PER_DIEM_DAYS,
  PUMP_EVENT_KINDS,
  SEXES,
} from '../vocabulary';

// The clinical record, in the vocabulary of shared/contracts/dataset-v1.md. Sender ids are kept as the
// records' keys where the contract makes them unique in their list; children that the contract leaves
// without ids get integer keys.

const createdAt = () =>
  text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);
const updatedAt = () =>
  text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

export const pharmacy = sqliteTable('pharmacy', {
  id: integer('id').primaryKey(), // always 1: one pharmacy per database
  name: text('name').notNull(),
  npi: text('npi').notNull(),
  taxId: text('tax_id').notNull(),
  taxonomy: text('taxonomy'),
  line1: text('line1').notNull(),
  line2: text('line2'),
  city: text('city').notNull(),
  state: text('state').notNull(),
  zip: text('zip').notNull(),
  phone: text('phone'),
  updatedAt: updatedAt(),
});

export const payers = sqliteTable('payers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  payerId: text('payer_id').notNull(),
  kind: text('kind', { enum: PAYER_KINDS }).notNull(),
  // Payer profile PF-1..PF-7 (BILLING-RULES.md); null means the rule's default.
  perDiemDays: text('per_diem_days', { enum: PER_DIEM_DAYS }),
  secondTherapyPercent: real('second_therapy_percent'),
  thirdTherapyPercent: real('third_therapy_percent'),
  recognizesSCodes: integer('recognizes_s_codes', { mode: 'boolean' }),
  modifier59WithConcurrent: integer('modifier59_with_concurrent', { mode: 'boolean' }),
  lineSpan: text('line_span', { enum: LINE_SPANS }),
  nursingLimits: integer('nursing_limits', { mode: 'boolean' }),
  requiresPriorAuth: integer('requires_prior_auth', { mode: 'boolean' }),
  interimBilling: integer('interim_billing', { mode: 'boolean' }), // DS-2: interim claims through yesterday
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const payerFees = sqliteTable(
  'payer_fees',
  {
    payerId: text('payer_id')
      .notNull()
      .references(() => payers.id),
    hcpcs: text('hcpcs').notNull(),
    effectiveFrom: text('effective_from').notNull().default('1900-01-01'),
    effectiveTo: text('effective_to'),
    cents: integer('cents').notNull(),
  },
  (t) => [primaryKey({ columns: [t.payerId, t.hcpcs, t.effectiveFrom] })],
);

export const prescribers = sqliteTable('prescribers', {
  id: text('id').primaryKey(),
  npi: text('npi').notNull(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const drugs = sqliteTable('drugs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  hcpcs: text('hcpcs').notNull(),
  billingUnitAmount: real('billing_unit_amount').notNull(),
  billingUnit: text('billing_unit').notNull(),
  ndc: text('ndc').notNull(),
  ndcUnit: text('ndc_unit', { enum: NDC_UNITS }).notNull(),
  ndcUnitContainsAmount: real('ndc_unit_contains_amount').notNull(),
  ndcUnitContainsUnit: text('ndc_unit_contains_unit').notNull(),
  form: text('form'),
  // What the product is (dataset DrugClass); null is the default "drug". BU-1..BU-3 decide from it.
  drugClass: text('drug_class'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const patients = sqliteTable(
  'patients',
  {
    id: text('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    line1: text('line1').notNull(),
    line2: text('line2'),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip').notNull(),
    residence: text('residence'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('patients_name').on(t.lastName, t.firstName), index('patients_birth_date').on(t.birthDate)],
);

export const coverages = sqliteTable(
  'coverages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    payerId: text('payer_id')
      .notNull()
      .references(() => payers.id),
    memberId: text('member_id').notNull(),
    groupNumber: text('group_number'),
    rank: text('rank', { enum: COVERAGE_RANKS }).notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
  },
  (t) => [index('coverages_patient').on(t.patientId), index('coverages_member').on(t.memberId)],
);

// An episode of care: one admission to the pharmacy's service until discharge, holding its plans of care.
export const episodes = sqliteTable(
  'episodes',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    admittedOn: text('admitted_on').notNull(),
    dischargedOn: text('discharged_on'),
    dischargeReason: text('discharge_reason'),
  },
  (t) => [index('episodes_patient').on(t.patientId, t.admittedOn)],
);

export const plansOfCare = sqliteTable(
  'plans_of_care',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    id: text('id').notNull(),
    prescriberId: text('prescriber_id')
      .notNull()
      .references(() => prescribers.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    // ICD-10-CM codes stored without the dot, in the plan's order (the first is the principal diagnosis).
    diagnoses: text('diagnoses', { mode: 'json' }).$type<string[]>().notNull(),
    signedOn: text('signed_on'),
    episodeKey: integer('episode_key').references(() => episodes.key),
  },
  (t) => [uniqueIndex('plans_of_care_patient_id').on(t.patientId, t.id)],
);

export const therapyOrders = sqliteTable(
  'therapy_orders',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    planKey: integer('plan_key')
      .notNull()
      .references(() => plansOfCare.key),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    id: text('id').notNull(),
    therapy: text('therapy').notNull(),
    drugId: text('drug_id').references(() => drugs.id),
    doseAmount: real('dose_amount'),
    doseUnit: text('dose_unit'),
    schedule: text('schedule').notNull(),
    start: text('start').notNull(),
    stop: text('stop'),
    route: text('route').notNull(),
    delivery: text('delivery'),
    litersPerDay: real('liters_per_day'),
    administeredBy: text('administered_by'),
    purpose: text('purpose'),
    priorAuthNumber: text('prior_auth_number'),
    priorAuthFrom: text('prior_auth_from'),
    priorAuthTo: text('prior_auth_to'),
    priorAuthUnits: integer('prior_auth_units'),
    // OR-1: the id of the order (same plan) this one is a component of: no per diem of its own.
    partOf: text('part_of'),
  },
  // Order ids are unique per patient: visits and pump events name their order by id within the patient.
  (t) => [uniqueIndex('therapy_orders_patient_id').on(t.patientId, t.id), index('therapy_orders_plan').on(t.planKey)],
);

// OR-2: an order as it was before an edit that took effect from a date. The therapy_orders row is the
// current version; each revision applied from the day after the previous one (or the order's start) through
// its last day, so what was billed under it is never repriced.
export const orderRevisions = sqliteTable(
  'order_revisions',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    orderKey: integer('order_key')
      .notNull()
      .references(() => therapyOrders.key),
    lastDay: text('last_day').notNull(),
    // The billing fields of the order as they were (therapy, drug, dose, schedule, route, delivery...).
    fields: text('fields', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('order_revisions_order').on(t.orderKey, t.lastDay)],
);

export const orderDocuments = sqliteTable(
  'order_documents',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    orderKey: integer('order_key')
      .notNull()
      .references(() => therapyOrders.key),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    date: text('date').notNull(),
    reference: text('reference').notNull(),
    filePath: text('file_path'),
  },
  (t) => [index('order_documents_order').on(t.orderKey)],
);

export const holds = sqliteTable(
  'holds',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    reason: text('reason', { enum: HOLD_REASONS }).notNull(),
  },
  (t) => [index('holds_patient').on(t.patientId, t.fromDate)],
);

export const nursingVisits = sqliteTable(
  'nursing_visits',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    date: text('date').notNull(),
    minutes: integer('minutes').notNull(),
    orderKey: integer('order_key').references(() => therapyOrders.key),
    nurse: text('nurse'),
  },
  (t) => [index('nursing_visits_patient').on(t.patientId, t.date)],
);

export const pumpEvents = sqliteTable(
  'pump_events',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    orderKey: integer('order_key')
      .notNull()
      .references(() => therapyOrders.key),
    date: text('date').notNull(),
    kind: text('kind', { enum: PUMP_EVENT_KINDS }).notNull(),
  },
  (t) => [index('pump_events_patient').on(t.patientId, t.date)],
);
