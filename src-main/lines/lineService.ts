import type { Store } from '../store/openDatabase';
import type { LinesView } from '../vocabulary';
import type { BillingLine, BillingResult } from '../billing/billingLine';
import type { Period } from '../billing/billingRecord';
import { generateLines } from '../billing/generateLines';
import { billingRecordFromStore } from './billingRecordFromStore';
import { explainFinding, explainLine, type Explanation } from '../billing/explain';

/** A line as the contract's `lines --json` has it: the contract's fields only, in the contract's order. */
export function contractLine(line: BillingLine): ContractLine {
  const out: Record<string, unknown> = { patient: line.patient };
  if (line.order !== undefined) out['order'] = line.order;
  Object.assign(out, {
    date: line.date,
    kind: line.kind,
    code: line.code,
    modifiers: line.modifiers,
    units: line.units,
    chargeCents: line.chargeCents,
  });
  if (line.ndc !== undefined) Object.assign(out, { ndc: line.ndc, ndcQuantity: line.ndcQuantity, ndcUnit: line.ndcUnit });
  Object.assign(out, { payer: line.payer, rules: line.rules });
  return out as unknown as ContractLine;
}

export type ContractLine = Omit<LinesView['lines'][number], 'scheduled'>;

export function computeLines(store: Store, period: Period, patientId?: string): BillingResult {
  return generateLines(billingRecordFromStore(store, period, patientId), period);
}

export interface ExplainQuery {
  patient: string;
  date: string;
  order?: string | undefined;
  code?: string | undefined;
}

/** Explanations of the lines and findings of one patient's day (optionally one order or code). */
export function explainDay(store: Store, query: ExplainQuery): Explanation[] {
  const period = { from: query.date, to: query.date };
  const record = billingRecordFromStore(store, period, query.patient);
  const result = generateLines(record, period);
  const matches = (x: { order?: string | undefined; code?: string }) =>
    (query.order === undefined || x.order === query.order) && (query.code === undefined || x.code === undefined || x.code === query.code);
  return [
    ...result.lines.filter(matches).map((line) => explainLine(record, line)),
    ...result.findings.filter((f) => matches(f) && query.code === undefined).map(explainFinding),
  ];
}
