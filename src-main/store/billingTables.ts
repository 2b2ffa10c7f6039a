import { sql } from 'drizzle-orm';
import { blob, integer, primaryKey, real, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { CLAIM_EVENT_KINDS, CLAIM_FREQUENCIES, CLAIM_STATUSES, COVERAGE_RANKS, EXPORT_FORMATS, LINE_KINDS } from '../vocabulary';
import { patients, payers } from './recordTables';

// What Dripline makes of the record: billing lines, the claims that went out with their files and history,
// the counters and settings of the export, and the audit trail of every write.

// Generated billing lines. Never deleted: a line that changes is superseded by a new row, a line that is no
// longer generated is voided, and a line on an exported claim (claim_id set) is never touched again.
export const billingLines = sqliteTable(
  'billing_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // patient | order | date | kind | code | payer: one current row per key.
    lineKey: text('line_key').notNull(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    orderId: text('order_id'),
    date: text('date').notNull(),
    kind: text('kind', { enum: LINE_KINDS }).notNull(),
    code: text('code').notNull(),
    modifiers: text('modifiers', { mode: 'json' }).$type<string[]>().notNull(),
    units: real('units').notNull(),
    chargeCents: integer('charge_cents').notNull(),
    feeCents: integer('fee_cents'),
    ndc: text('ndc'),
    ndcQuantity: real('ndc_quantity'),
    ndcUnit: text('ndc_unit'),
    payerId: text('payer_id')
      .notNull()
      .references(() => payers.id),
    rules: text('rules', { mode: 'json' }).$type<string[]>().notNull(),
    concurrencyRank: integer('concurrency_rank'),
    // OR-1/PD-4a: the order whose per diem this drug line travels with (MT-3 keeps them on one claim).
    anchorOrder: text('anchor_order'),
    status: text('status', { enum: ['current', 'superseded', 'voided'] })
      .notNull()
      .default('current'),
    supersededBy: integer('superseded_by'),
    claimId: integer('claim_id'),
    generatedAt: text('generated_at').notNull(),
    statusChangedAt: text('status_changed_at'),
  },
  (t) => [
    index('billing_lines_period').on(t.date, t.patientId),
    index('billing_lines_patient').on(t.patientId, t.date),
    index('billing_lines_key').on(t.lineKey, t.status),
    uniqueIndex('billing_lines_one_current')
      .on(t.lineKey)
      .where(sql`status = 'current'`),
  ],
);

// Claims as they went out. A claim row is written at export and is immutable from then on except for its
// adjudication (paid, denied, partially paid) and the links to a later replacement or void.
export const claims = sqliteTable(
  'claims',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    controlNumber: text('control_number').notNull(),
    draftId: text('draft_id').notNull(),
    patientId: text('patient_id')
      .notNull()
      .references(() => patients.id),
    payerId: text('payer_id')
      .notNull()
      .references(() => payers.id),
    coverageRank: text('coverage_rank', { enum: COVERAGE_RANKS }).notNull(),
    memberId: text('member_id').notNull(),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    frequency: text('frequency', { enum: CLAIM_FREQUENCIES }).notNull(),
    replacesClaimKey: integer('replaces_claim_key'),
    payerClaimNumber: text('payer_claim_number'),
    status: text('status', { enum: CLAIM_STATUSES }).notNull(),
    totalCents: integer('total_cents').notNull(),
    paidCents: integer('paid_cents'),
    adjudicatedOn: text('adjudicated_on'),
    adjudicationNote: text('adjudication_note'),
    placeOfService: text('place_of_service').notNull(),
    diagnoses: text('diagnoses', { mode: 'json' }).$type<string[]>().notNull(),
    // The claim exactly as assembled (lines, pointers, spans), for its history and re-printing.
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    exportFileKey: integer('export_file_key').notNull(),
    exportedAt: text('exported_at').notNull(),
    // The pharmacy's calendar day of the export (the injected "today"): what dates are compared with.
    exportedOn: text('exported_on'),
    // CB-1: a secondary or tertiary claim names the claim of the payer ahead whose answer it carries.
    priorClaimKey: integer('prior_claim_key'),
  },
  (t) => [uniqueIndex('claims_control_number').on(t.controlNumber), index('claims_patient').on(t.patientId, t.fromDate)],
);

export const claimLines = sqliteTable(
  'claim_lines',
  {
    claimKey: integer('claim_key')
      .notNull()
      .references(() => claims.key),
    lineNumber: integer('line_number').notNull(),
    billingLineId: integer('billing_line_id')
      .notNull()
      .references(() => billingLines.id),
  },
  (t) => [primaryKey({ columns: [t.claimKey, t.lineNumber, t.billingLineId] }), index('claim_lines_line').on(t.billingLineId)],
);

export const exportFiles = sqliteTable('export_files', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  format: text('format', { enum: EXPORT_FORMATS }).notNull(),
  fileName: text('file_name').notNull(),
  interchangeControlNumber: integer('interchange_control_number'),
  // GS06, so a 999 (AK102) finds the file it acknowledges.
  groupControlNumber: integer('group_control_number'),
  // The file as written, so what went out can always be shown again.
  content: blob('content', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

// Monotonic counters (ISA13/GS06 control numbers): incremented inside the export transaction, never reused.
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const claimEvents = sqliteTable('claim_events', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  claimKey: integer('claim_key')
    .notNull()
    .references(() => claims.key),
  at: text('at').notNull(),
  kind: text('kind', { enum: CLAIM_EVENT_KINDS }).notNull(),
  note: text('note'),
});

// Every successful write through the channel table, and every bulk read of patient data: who did what, in the one
// place all faces share. Append-only: triggers refuse UPDATE and DELETE (migration 0009).
export const auditLog = sqliteTable('audit_log', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  channel: text('channel').notNull(),
  input: text('input').notNull(),
  // Who wrote, through which face (desktop, web, cli), and what the write returned (what it changed).
  actor: text('actor'),
  face: text('face'),
  result: text('result'),
  // What the write was about ("patient lindqvist", "claim DL00000007") and that entity as it was before it.
  entity: text('entity'),
  before: text('before'),
  // The entity as the write left it (migration 0010): what the audit shows as "after".
  after: text('after'),
  // Tamper evidence: each entry's SHA-256 over its fields and the previous entry's hash (`dripline audit --verify`).
  prevHash: text('prev_hash'),
  hash: text('hash'),
});
