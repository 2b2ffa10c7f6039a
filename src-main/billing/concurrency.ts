import type { CalendarDate } from '../calendar/calendarDate';
import type { OrderRecord } from './billingRecord';
import type { PayerOnDate } from './coveragePayer';
import type { RuleId } from './rules';

export interface PerDiemCandidate {
  patient: string;
  order: OrderRecord;
  date: CalendarDate;
  code: string;
  codeRule: 'PD-1' | 'PD-2' | 'PD-3' | 'PD-4' | 'PD-5' | 'PD-6';
  /** Doses that day; 0 on an access day without a dose (PF-1). */
  doses: number;
  payer: PayerOnDate;
  feeCents: number | undefined;
  reroutedFromMedicare: boolean;
  /** Rules beside the code rule, e.g. PD-4a on the TPN per diem that follows the base formula. */
  extraRules?: RuleId[];
}

/**
 * MT-1: rank the day's per diems for one payer by that payer's standard charge for the code, highest first;
 * ties: more doses per day, then the earlier order start, then the order id. First: no modifier; second: SH;
 * third and more: SJ.
 */
export function rankConcurrent(sameDay: PerDiemCandidate[]): PerDiemCandidate[] {
  return [...sameDay].sort(
    (a, b) =>
      (b.feeCents ?? 0) - (a.feeCents ?? 0) ||
      b.doses - a.doses ||
      (a.order.start < b.order.start ? -1 : a.order.start > b.order.start ? 1 : 0) ||
      (a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0),
  );
}

export function concurrencyModifiers(rank: number, modifier59: boolean): string[] {
  if (rank <= 1) return [];
  const modifier = rank === 2 ? 'SH' : 'SJ';
  // PF-3 (BCBS North Carolina): modifier 59 alongside SH/SJ.
  return modifier59 ? [modifier, '59'] : [modifier];
}

/** MT-2: SH at the payer's second-therapy percent, SJ at its third (defaults 50 % and 25 %), in whole cents. */
export function reducedCharge(feeCents: number, rank: number, secondPercent: number, thirdPercent: number): number {
  if (rank <= 1) return feeCents;
  const percent = rank === 2 ? secondPercent : thirdPercent;
  return Math.round((feeCents * percent) / 100);
}
