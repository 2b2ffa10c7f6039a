import { addDays, type CalendarDate } from '../calendar/calendarDate';
import { parseSchedule, type Schedule } from '../schedule/scheduleGrammar';
import type { DrugRecord, OrderRecord, PatientRecord, Period } from './billingRecord';
import { doseDays, qualifiesForAccessDays } from './doseDays';
import type { FindingLog } from './findingLog';
import type { RuleId } from './rules';
import type { PumpEventKind, Severity } from '../vocabulary';

/** The days an order can bill in a period, before payers are chosen. */
export interface OrderDays {
  order: OrderRecord;
  schedule: Schedule;
  /** Dose days (or change/refill days, PU-3/PU-4) with the doses given that day, holds removed. */
  doseDays: Map<CalendarDate, number>;
  /** Every day of the order in the period, holds removed: the per diem days under PF-1 access days. */
  accessDays: CalendarDate[] | null;
  /** The rule that chose the days: PU-1, PU-3 or PU-4. */
  dayRule: RuleId;
}

const NOT_HOME_INFUSION_ROUTES = new Set(['oral', 'inhaled', 'topical']);
const NOT_HOME_INFUSION_FORMS = new Set(['oral', 'inhaled', 'topical']);

const INJECTION_ROUTES = new Set(['SubQ', 'IM']);

/** SubQ and IM are the injectable routes of DR-4; IV and the other infusion routes are not. */
export const isInjectionRoute = (route: string): boolean => INJECTION_ROUTES.has(route);

/** The days an order record can bill: its start to stop, within its OR-2 window and the period. */
export function orderSpan(order: OrderRecord, period: Period): { from: CalendarDate; to: CalendarDate } {
  const froms = [order.start, period.from, order.effective?.from ?? period.from];
  const tos = [order.stop ?? period.to, period.to, order.effective?.to ?? period.to];
  return { from: froms.reduce((a, b) => (a > b ? a : b)), to: tos.reduce((a, b) => (a < b ? a : b)) };
}

/** DR-3 and DR-4 refusals that stop every line of an order (a component's own route and drug included). */
export function notReimbursable(patient: PatientRecord, order: OrderRecord, drug: DrugRecord | undefined, findings: FindingLog): boolean {
  const note = (rule: RuleId, message: string) =>
    findings.add({ patient: patient.id, order: order.id, rule, severity: 'warning', message });
  // DR-3: not reimbursable as home infusion.
  if (NOT_HOME_INFUSION_ROUTES.has(order.route) || (drug?.form !== undefined && NOT_HOME_INFUSION_FORMS.has(drug.form))) {
    note(
      'DR-3',
      `${order.route === 'oral' || drug?.form === 'oral' ? 'Oral' : order.route === 'inhaled' || drug?.form === 'inhaled' ? 'Inhaled' : 'Topical'} therapy is not reimbursable as home infusion: no lines.`,
    );
    return true;
  }
  // DR-4: a self-administered injectable (SubQ/IM) is not reimbursable, except factor/hemophilia clotting products;
  // a self-administered IV or other infusion is ordinary home infusion and billed in full (CPCP019 "Home Infusion Therapy").
  if (order.administeredBy === 'self' && isInjectionRoute(order.route) && order.therapy !== 'anti-hemophilic') {
    note('DR-4', `A self-administered ${order.route} injection is not reimbursable (only factor/hemophilia products are): no lines.`);
    return true;
  }
  return false;
}

export function orderDays(
  patient: PatientRecord,
  order: OrderRecord,
  drug: DrugRecord | undefined,
  period: Period,
  findings: FindingLog,
): OrderDays | null {
  const { from, to } = orderSpan(order, period);
  if (from > to) return null; // the order (this version of it, OR-2) does not reach into this period
  const note = (rule: RuleId, severity: Severity, message: string, date?: CalendarDate) =>
    findings.add({ patient: patient.id, order: order.id, date, rule, severity, message });

  const parsed = parseSchedule(order.schedule);
  if (!parsed.ok) {
    note('PU-1', 'error', `The schedule cannot be read: ${parsed.message}. Nothing is billed for this order.`);
    return null;
  }
  if (notReimbursable(patient, order, drug, findings)) return null;

  const holds = patient.holds.filter((h) => h.from <= to && h.to >= from);
  const onHold = (date: CalendarDate) => holds.some((h) => h.from <= date && date <= h.to);
  // OR-2: the hold is dated within the whole order, so every version of it reports the same finding.
  const first = orderSpan({ ...order, effective: undefined }, period).from;
  for (const hold of holds) {
    note(
      'PU-2',
      'info',
      `On hold (${hold.reason}) from ${hold.from} to ${hold.to}: no per diem or drug on those days (a nursing visit recorded then is billed with a warning to check the dates).`,
      hold.from > first ? hold.from : first,
    );
  }

  const schedule = parsed.schedule;
  let dayRule: RuleId = 'PU-1';
  const days = new Map<CalendarDate, number>();
  if (order.delivery === 'implanted-pump' || order.delivery === 'cassette') {
    // PU-3 / PU-4: bill only on the days a clinician refills/reprograms/repairs the implanted pump, or the
    // cassette/reservoir is changed or refilled at home. Choice: the drug line follows the per diem to that day.
    dayRule = order.delivery === 'implanted-pump' ? 'PU-3' : 'PU-4';
    const kinds: readonly PumpEventKind[] =
      order.delivery === 'implanted-pump' ? ['refill', 'reprogram', 'repair'] : ['cassette-change', 'refill'];
    for (const event of patient.pumpEvents) {
      if (event.order !== order.id || !kinds.includes(event.kind) || event.date < from || event.date > to || onHold(event.date)) continue;
      days.set(event.date, 1);
    }
    if (days.size === 0) {
      note(
        dayRule,
        'info',
        `${order.delivery === 'implanted-pump' ? 'Implanted pump' : 'Cassette/reservoir'} therapy bills only on refill/change days, and none is recorded in this period.`,
      );
    }
    return { order, schedule, doseDays: days, accessDays: null, dayRule };
  }

  for (const d of doseDays(schedule, order.start, from, to)) if (!onHold(d.date)) days.set(d.date, d.doses);
  let accessDays: CalendarDate[] | null = null;
  if (qualifiesForAccessDays(schedule)) {
    accessDays = [];
    for (let date = from; date <= to; date = addDays(date, 1)) if (!onHold(date)) accessDays.push(date);
  }
  return { order, schedule, doseDays: days, accessDays, dayRule };
}
