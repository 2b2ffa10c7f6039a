import type { CalendarDate } from '../calendar/calendarDate';
import type { DrugRecord, OrderRecord, PayerRecord } from './billingRecord';
import type { RuleId } from './rules';

/** A drug that can bill on a day, before DR-4 and before its per diem (payer, rank) is known. */
export interface DrugCandidate {
  /** The order the line names: the order itself, or a component's own order (OR-1). */
  order: OrderRecord;
  drug: DrugRecord;
  date: CalendarDate;
  doses: number;
  /** The order whose per diem this drug travels with (MT-3): itself, the TPN base formula (PD-4a) or the parent (OR-1). */
  anchor: string;
  /** The order whose route and giver decide DR-4 that day: itself, or a component's parent (OR-1). */
  governing: OrderRecord;
  /** The payer when no per diem of the anchor bills that day: the first active coverage. */
  fallbackPayer: PayerRecord;
  extraRules: RuleId[];
}

export const dayKey = (order: string, date: CalendarDate) => `${order}\u0000${date}`;
