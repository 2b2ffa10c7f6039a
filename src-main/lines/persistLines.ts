import type Database from 'better-sqlite3';
import type { BillingLine } from '../billing/billingLine';
import type { Period } from '../billing/billingRecord';

// Stores a period's generated lines idempotently: regenerating gives the same rows, never duplicates.
// Rows are never deleted: a changed line supersedes the old row, a line no longer generated is voided,
// and a line on an exported claim is left exactly as it went out; the difference is reported as a correction.

export interface StoredLineRow {
  id: number;
  line_key: string;
  modifiers: string;
  units: number;
  charge_cents: number;
  fee_cents: number | null;
  ndc: string | null;
  ndc_quantity: number | null;
  ndc_unit: string | null;
  rules: string;
  claim_id: number | null;
}

export interface Correction {
  lineKey: string;
  /** The exported row that no longer matches what the record now gives. */
  exportedLineId: number;
  claimId: number;
  change: 'changed' | 'no-longer-billable';
  now?: BillingLine;
}

export interface PersistSummary {
  inserted: number;
  unchanged: number;
  superseded: number;
  voided: number;
  corrections: Correction[];
}

export function lineKey(line: Pick<BillingLine, 'patient' | 'order' | 'date' | 'kind' | 'code' | 'payer'>): string {
  return `${line.patient}|${line.order ?? ''}|${line.date}|${line.kind}|${line.code}|${line.payer}`;
}

/**
 * Whether a stored row bills the same as a generated line with the same key: modifiers, units, charge, fee,
 * NDC and rules. The concurrency rank is left out: its billing effect is already in the modifiers and charge.
 * Field by field; modifiers and rules were stored with JSON.stringify, so their text is canonical.
 */
export function sameBilling(row: StoredLineRow, line: BillingLine): boolean {
  return (
    row.units === line.units &&
    row.charge_cents === line.chargeCents &&
    row.fee_cents === (line.feeCents ?? null) &&
    row.ndc === (line.ndc ?? null) &&
    row.ndc_quantity === (line.ndcQuantity ?? null) &&
    row.ndc_unit === (line.ndcUnit ?? null) &&
    row.modifiers === JSON.stringify(line.modifiers) &&
    row.rules === JSON.stringify(line.rules)
  );
}

/** What storing a period's lines would do, worked out from the stored current rows: pure, writes nothing. */
export interface LinePlan {
  insert: BillingLine[];
  supersede: { old: StoredLineRow; line: BillingLine }[];
  unchanged: { row: StoredLineRow; line: BillingLine }[];
  void: StoredLineRow[];
  corrections: Correction[];
}

export function planLineChanges(rows: readonly StoredLineRow[], lines: readonly BillingLine[]): LinePlan {
  const plan: LinePlan = { insert: [], supersede: [], unchanged: [], void: [], corrections: [] };
  const current = new Map(rows.map((r) => [r.line_key, r]));
  for (const line of lines) {
    const key = lineKey(line);
    const existing = current.get(key);
    if (!existing) {
      plan.insert.push(line);
      continue;
    }
    current.delete(key);
    if (sameBilling(existing, line)) plan.unchanged.push({ row: existing, line });
    else if (existing.claim_id !== null)
      plan.corrections.push({ lineKey: key, exportedLineId: existing.id, claimId: existing.claim_id, change: 'changed', now: line });
    else plan.supersede.push({ old: existing, line });
  }
  for (const stale of current.values()) {
    if (stale.claim_id !== null)
      plan.corrections.push({ lineKey: stale.line_key, exportedLineId: stale.id, claimId: stale.claim_id, change: 'no-longer-billable' });
    else plan.void.push(stale);
  }
  return plan;
}

/** The current stored rows of a period (optionally one patient): what planLineChanges compares against. */
export function currentLineRows(sqlite: Database.Database, period: Period, patientId?: string): StoredLineRow[] {
  const select = sqlite.prepare(
    `SELECT id, line_key, modifiers, units, charge_cents, fee_cents, ndc, ndc_quantity, ndc_unit, rules, claim_id FROM billing_lines
     WHERE status = 'current' AND date BETWEEN ? AND ? ${patientId === undefined ? '' : 'AND patient_id = ?'}`,
  );
  return (patientId === undefined ? select.all(period.from, period.to) : select.all(period.from, period.to, patientId)) as StoredLineRow[];
}

/** Stores the lines of a period in one transaction (nested in the caller's, when there is one). */
export function persistLines(
  sqlite: Database.Database,
  period: Period,
  lines: BillingLine[],
  generatedAt: string,
  patientId?: string,
): PersistSummary {
  const insert = sqlite.prepare(
    `INSERT INTO billing_lines (line_key, patient_id, order_id, date, kind, code, modifiers, units, charge_cents, fee_cents,
       ndc, ndc_quantity, ndc_unit, payer_id, rules, concurrency_rank, anchor_order, status, generated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'current', ?)`,
  );
  const retire = sqlite.prepare(`UPDATE billing_lines SET status = ?, status_changed_at = ? WHERE id = ? AND claim_id IS NULL`);
  const link = sqlite.prepare('UPDATE billing_lines SET superseded_by = ? WHERE id = ?');

  const insertLine = (line: BillingLine): number =>
    Number(
      insert.run(
        lineKey(line),
        line.patient,
        line.order ?? null,
        line.date,
        line.kind,
        line.code,
        JSON.stringify(line.modifiers),
        line.units,
        line.chargeCents,
        line.feeCents ?? null,
        line.ndc ?? null,
        line.ndcQuantity ?? null,
        line.ndcUnit ?? null,
        line.payer,
        JSON.stringify(line.rules),
        line.concurrencyRank ?? null,
        line.anchorOrder ?? null,
        generatedAt,
      ).lastInsertRowid,
    );

  return sqlite.transaction(() => {
    const plan = planLineChanges(currentLineRows(sqlite, period, patientId), lines);
    for (const line of plan.insert) insertLine(line);
    for (const { old, line } of plan.supersede) {
      // Retire first: the partial unique index allows one current row per key.
      retire.run('superseded', generatedAt, old.id);
      link.run(insertLine(line), old.id);
    }
    for (const stale of plan.void) retire.run('voided', generatedAt, stale.id);
    return {
      inserted: plan.insert.length,
      unchanged: plan.unchanged.length,
      superseded: plan.supersede.length,
      voided: plan.void.length,
      corrections: plan.corrections,
    };
  })();
}
