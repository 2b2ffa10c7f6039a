import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACK_KINDS, ADJUSTMENT_GROUPS, LEDGER_ENTRY_KINDS, REMIT_OUTCOMES, WORK_ITEM_KINDS, WORK_ITEM_RESOLUTIONS } from '../vocabulary';
import type { Adjustment } from '../vocabulary';
import { claims } from './billingTables';
import { payers } from './recordTables';

// What came back from the payers: the files as received, each 835 transaction posted (RM-4: once per payer and
// trace number), each claim it answered, the ledger of payments and adjustments (RM-2), front-door
// acknowledgments (999/277CA), and the biller's work queue (RM-5). Ledger rows are never updated or deleted:
// a reversal (RM-3, CLP02 22) is posted as entries of its own.

/** An 835, 999 or 277CA file as it was received, kept with what was posted from it. */
export const receivedFiles = sqliteTable('received_files', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['835', ...ACK_KINDS] }).notNull(),
  /** The name the file had on the user's computer: shown, never used as a path. */
  originalName: text('original_name'),
  content: blob('content', { mode: 'buffer' }).notNull(),
  receivedOn: text('received_on').notNull(),
  receivedAt: text('received_at').notNull(),
});

/** One 835 transaction (ST/SE): one payment (BPR) with its trace (TRN) from one payer. */
export const remittances = sqliteTable(
  'remittances',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    fileKey: integer('file_key')
      .notNull()
      .references(() => receivedFiles.key),
    /** RM-4: who paid, as the 835 names it (TRN03, else N1*PR N104, else the payer's name). */
    payerKey: text('payer_key').notNull(),
    payerName: text('payer_name').notNull(),
    /** Our payer, when the 835's payer id matches one. */
    payerId: text('payer_id').references(() => payers.id),
    traceNumber: text('trace_number').notNull(),
    paymentCents: integer('payment_cents').notNull(),
    method: text('method').notNull(),
    paidOn: text('paid_on'),
    /** PLB: provider-level adjustments, kept with the remittance (RM-4). */
    providerAdjustments: text('provider_adjustments', { mode: 'json' })
      .$type<{ providerId: string; fiscalPeriodEnd: string | null; reason: string; reference: string | null; cents: number }[]>()
      .notNull(),
    postedOn: text('posted_on').notNull(),
    postedAt: text('posted_at').notNull(),
  },
  (t) => [uniqueIndex('remittances_trace').on(t.payerKey, t.traceNumber)],
);

/** One answered claim (CLP) of a remittance, matched to our claim or not (RM-1). */
export const remitClaims = sqliteTable(
  'remit_claims',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    remittanceKey: integer('remittance_key')
      .notNull()
      .references(() => remittances.key),
    claimKey: integer('claim_key').references(() => claims.key),
    controlNumber: text('control_number').notNull(),
    statusCode: text('status_code').notNull(),
    chargeCents: integer('charge_cents').notNull(),
    paidCents: integer('paid_cents').notNull(),
    patientResponsibilityCents: integer('patient_responsibility_cents').notNull(),
    payerClaimNumber: text('payer_claim_number'),
    outcome: text('outcome', { enum: REMIT_OUTCOMES }).notNull(),
    /** Why it was held or not matched, in words. */
    problem: text('problem'),
    /** The claim's answer as read (services, adjustments, remarks): what a held claim posts once reviewed. */
    answer: text('answer', { mode: 'json' }).notNull(),
  },
  (t) => [index('remit_claims_claim').on(t.claimKey)],
);

/** The ledger: per claim and line (line_number null = claim level), payments and adjustments in cents. */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    claimKey: integer('claim_key')
      .notNull()
      .references(() => claims.key),
    lineNumber: integer('line_number'),
    /** The remittance claim it was posted from; null for a biller's write-off. */
    remitClaimKey: integer('remit_claim_key').references(() => remitClaims.key),
    kind: text('kind', { enum: LEDGER_ENTRY_KINDS }).notNull(),
    group: text('adjustment_group', { enum: ADJUSTMENT_GROUPS }),
    reason: text('reason'),
    cents: integer('cents').notNull(),
    remarks: text('remarks', { mode: 'json' }).$type<string[]>().notNull(),
    postedOn: text('posted_on').notNull(),
    at: text('at').notNull(),
    note: text('note'),
  },
  (t) => [index('ledger_entries_claim').on(t.claimKey, t.lineNumber)],
);

/** A 999 or 277CA as read: which claims the payer's front door accepted or rejected, and why. */
export const acknowledgments = sqliteTable('acknowledgments', {
  key: integer('key').primaryKey({ autoIncrement: true }),
  fileKey: integer('file_key')
    .notNull()
    .references(() => receivedFiles.key),
  kind: text('kind', { enum: ACK_KINDS }).notNull(),
  summary: text('summary', { mode: 'json' }).notNull(),
  readOn: text('read_on').notNull(),
});

/** RM-5: the biller's work queue. */
export const workItems = sqliteTable(
  'work_items',
  {
    key: integer('key').primaryKey({ autoIncrement: true }),
    claimKey: integer('claim_key')
      .notNull()
      .references(() => claims.key),
    lineNumber: integer('line_number'),
    kind: text('kind', { enum: WORK_ITEM_KINDS }).notNull(),
    /** The payer's reasons: adjustments by group and CARC, or front-door status codes. */
    reasons: text('reasons', { mode: 'json' }).$type<Adjustment[]>().notNull(),
    remarks: text('remarks', { mode: 'json' }).$type<string[]>().notNull(),
    /** What is at stake, in cents: denied or short-paid, or the amount held. */
    amountCents: integer('amount_cents').notNull(),
    message: text('message'),
    openedOn: text('opened_on').notNull(),
    assignee: text('assignee'),
    resolution: text('resolution', { enum: WORK_ITEM_RESOLUTIONS }),
    resolvedOn: text('resolved_on'),
  },
  (t) => [index('work_items_claim').on(t.claimKey), index('work_items_open').on(t.resolution)],
);
