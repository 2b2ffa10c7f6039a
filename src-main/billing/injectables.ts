import type { CalendarDate } from '../calendar/calendarDate';
import type { OrderRecord, PatientRecord } from './billingRecord';
import type { PerDiemCandidate } from './concurrency';
import type { FindingLog } from './findingLog';
import { isInjectionRoute } from './orderDays';

/**
 * DR-4: SubQ/IM injectables are payable only on a day with an approved IV therapy, or when a registered nurse
 * must give them (administeredBy "nurse"); factor/hemophilia clotting products are the exception. (Self-injected
 * ones never reach here: orderDays refuses them.) Returns the per diems kept and a gate for drug candidates.
 */
export function injectableRule(patient: PatientRecord, perDiems: PerDiemCandidate[], findings: FindingLog) {
  const ivDays = new Set(perDiems.filter((p) => p.order.route === 'IV').map((p) => p.date));
  const allowed = (governing: OrderRecord, date: CalendarDate) =>
    !isInjectionRoute(governing.route) ||
    governing.administeredBy === 'nurse' ||
    governing.therapy === 'anti-hemophilic' ||
    ivDays.has(date);
  const refuse = (order: OrderRecord, governing: OrderRecord, date: CalendarDate) =>
    findings.add({
      patient: patient.id,
      order: order.id,
      date,
      rule: 'DR-4',
      severity: 'warning',
      message:
        order === governing
          ? `A ${order.route} injection is payable only on a day with an IV therapy or when a nurse must give it: not billed.`
          : `Its parent order ${governing.id} is a ${governing.route} injection not payable this day (no IV therapy, no nurse): not billed.`,
    });
  return {
    perDiems: perDiems.filter((p) => allowed(p.order, p.date) || (refuse(p.order, p.order, p.date), false)),
    /** Whether a drug may bill on its day; a refusal is reported on the drug's own order. */
    allows: (d: { order: OrderRecord; governing: OrderRecord; date: CalendarDate }) =>
      allowed(d.governing, d.date) || (refuse(d.order, d.governing, d.date), false),
  };
}
