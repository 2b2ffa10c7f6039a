import type { CalendarDate } from '../calendar/calendarDate';
import type { DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period } from './billingRecord';
import { drugBundling } from './bundling';
import type { DrugCandidate } from './candidates';
import type { FindingLog } from './findingLog';
import { notReimbursable, orderSpan, type OrderDays } from './orderDays';

/** A non-component order version that reached the period, with its days and its per diem code (if any). */
export interface BilledVersion {
  order: OrderRecord;
  days: OrderDays;
  code: string | undefined;
}

export interface ComponentInput {
  patient: PatientRecord;
  components: OrderRecord[];
  billed: BilledVersion[];
  drugs: ReadonlyMap<string, DrugRecord>;
  period: Period;
  findings: FindingLog;
  /** The order whose per diem the parent's drug travels with that day (the parent, or its TPN base, PD-4a). */
  anchorOf: (order: string, date: CalendarDate) => string;
  /** The first active coverage's payer on a date (the payer when the parent has no per diem that day). */
  payerOn: (date: CalendarDate) => PayerRecord | undefined;
}

/**
 * OR-1: a component (additive, diluent, premedication: `partOf`) has no per diem of its own; its drug bills on
 * the parent's dose days (its own schedule ignored), within its own start/stop and OR-2 window, holds excluded,
 * under the parent therapy's bundling (BU-1..BU-3), beside the parent's per diem (same payer and rank, MT-3).
 */
export function componentDrugDays(input: ComponentInput): DrugCandidate[] {
  const { patient, findings } = input;
  const out: DrugCandidate[] = [];
  for (const comp of input.components) {
    const error = (message: string) => findings.add({ patient: patient.id, order: comp.id, rule: 'OR-1', severity: 'error', message });
    const parentId = comp.partOf!;
    const parentRecords = patient.orders.filter((o) => o.id === parentId);
    if (parentId === comp.id) {
      error('The order names itself as its parent (partOf): nothing is billed for it.');
      continue;
    }
    if (parentRecords.length === 0) {
      error(`The order is part of order "${parentId}", which the patient does not have: nothing is billed for it.`);
      continue;
    }
    if (parentRecords.some((o) => o.partOf !== undefined)) {
      error(`The order is part of order "${parentId}", itself a component: a component's parent must be a therapy. Nothing is billed.`);
      continue;
    }
    if (comp.drug === undefined || !comp.dose) continue; // nothing of its own to bill
    const drug = input.drugs.get(comp.drug);
    if (!drug) {
      unknownDrug(findings, patient.id, comp);
      continue;
    }
    const span = orderSpan(comp, input.period);
    if (span.from > span.to || notReimbursable(patient, comp, drug, findings)) continue;
    for (const parent of input.billed.filter((b) => b.order.id === parentId)) {
      const dates = [...parent.days.doseDays.keys()].filter((d) => d >= span.from && d <= span.to).sort();
      if (dates.length === 0) continue;
      const bundling = drugBundling({ therapy: parent.order.therapy, purpose: comp.purpose }, drug, parent.code);
      if (bundling?.bundled) {
        findings.add({ patient: patient.id, order: comp.id, rule: bundling.rule, severity: 'info', message: bundling.message });
        continue;
      }
      for (const date of dates) {
        const fallbackPayer = input.payerOn(date);
        if (!fallbackPayer) continue; // the parent reports the missing coverage (CV-1)
        out.push({
          order: comp,
          drug,
          date,
          // OR-1: the component is given with each of the parent's doses, so DR-1 counts the parent's doses that day.
          doses: parent.days.doseDays.get(date)!,
          anchor: input.anchorOf(parentId, date),
          governing: parent.order,
          fallbackPayer,
          extraRules: [...(bundling ? [bundling.rule] : []), 'OR-1'],
        });
      }
    }
  }
  return out;
}

/** DR-1: the order names a drug the catalog lacks, so nothing is billed for it (a therapy or a component alike). */
export function unknownDrug(findings: FindingLog, patient: string, order: OrderRecord): void {
  findings.add({
    patient,
    order: order.id,
    rule: 'DR-1',
    severity: 'error',
    message: `The order names drug "${order.drug}", which is not in the catalog: nothing is billed.`,
  });
}
