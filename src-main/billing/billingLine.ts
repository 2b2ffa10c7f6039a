import type { CalendarDate } from '../calendar/calendarDate';
import type { LineFields, LineKind, Severity } from '../vocabulary';
import type { RuleId } from './rules';

// The engine's output, in the shape of `dripline lines --json` (shared/contracts/dataset-v1.md).

export type { LineKind, Severity };

// The fields the views carry come from the vocabulary's LineFields, so the engine and its views cannot drift apart.
export interface BillingLine extends LineFields {
  patient: string;
  date: CalendarDate;
  rules: RuleId[];
  /** MT-1 position among the day's per diems (1 = primary therapy); drug lines carry their per diem's rank. */
  concurrencyRank?: number;
  /** A drug line that travels with another order's per diem (OR-1 component, PD-4a TPN order): that order. */
  anchorOrder?: string;
  /** The payer's standard fee for one unit, before any SH/SJ reduction (MT-2), for explain. */
  feeCents?: number;
}

export interface Finding {
  patient: string;
  order?: string;
  date?: CalendarDate;
  rule: RuleId;
  severity: Severity;
  message: string;
}

export interface BillingResult {
  lines: BillingLine[];
  findings: Finding[];
}
