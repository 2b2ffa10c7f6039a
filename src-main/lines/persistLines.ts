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

export function persistLines(
  sqlite: Database.Database,
  period: Period,
  lines: BillingLine[],
  generatedAt: string,
  patientId?: string,
): PersistSummary {
  const summary: PersistSummary = { inserted: 0, unchanged: 0, superseded: 0, voided: 0, corrections: [] };
  const selectCurrent = sqlite.prepare(
    `SELECT id, line_key, modifiers, units, charge_cents, fee_cents, ndc, ndc_quantity, ndc_unit, rules, claim_id FROM billing_lines
     WHERE status = 'current' AND date BETWEEN ? AND ? ${patientId === undefined ? '' : 'AND patient_id = ?'}`,
  );
  const insert = sqlite.prepare(
    `INSERT INTO billing_lines (line_key, patient_id, order_id, date, kind, code, modifiers, units, charge_cents, fee_cents,
       ndc, ndc_quantity, ndc_unit, payer_id, rules, concurrency_rank, status, generated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'current', ?)`,
  );
  const retire = sqlite.prepare(`UPDATE billing_lines SET status = ?, status_changed_at = ? WHERE id = ? AND claim_id IS NULL`);
  const link = sqlite.prepare('UPDATE billing_lines SET superseded_by = ? WHERE id = ?');

  const insertLine = (line: BillingLine, key: string): number =>
    Number(
      insert.run(
        key,
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
        generatedAt,
      ).lastInsertRowid,
    );

  sqlite.transaction(() => {
    const rows = (
      patientId === undefined ? selectCurrent.all(period.from, period.to) : selectCurrent.all(period.from, period.to, patientId)
    ) as StoredLineRow[];
    const current = new Map(rows.map((r) => [r.line_key, r]));
    for (const line of lines) {
      const key = lineKey(line);
      const existing = current.get(key);
      if (!existing) {
        insertLine(line, key);
        summary.inserted++;
        continue;
      }
      current.delete(key);
      if (sameBilling(existing, line)) {
        summary.unchanged++;
      } else if (existing.claim_id !== null) {
        summary.corrections.push({ lineKey: key, exportedLineId: existing.id, claimId: existing.claim_id, change: 'changed', now: line });
      } else {
        // Retire first: the partial unique index allows one current row per key.
        retire.run('superseded', generatedAt, existing.id);
        link.run(insertLine(line, key), existing.id);
        summary.superseded++;
      }
    }
    for (const stale of current.values()) {
      if (stale.claim_id !== null) {
        summary.corrections.push({
          lineKey: stale.line_key,
          exportedLineId: stale.id,
          claimId: stale.claim_id,
          change: 'no-longer-billable',
        });
      } else {
        retire.run('voided', generatedAt, stale.id);
        summary.voided++;
      }
    }
  })();
  return summary;
}
