import type { CalendarDate } from '../calendar/calendarDate';
import type { BillingLine, BillingResult } from './billingLine';
import type { BillingRecord, DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period } from './billingRecord';
import { billingChecks } from './billingChecks';
import { drugBundling, type DrugBundling } from './bundling';
import { dayKey, type DrugCandidate } from './candidates';
import { componentDrugDays, unknownDrug, type BilledVersion } from './components';
import type { PerDiemCandidate } from './concurrency';
import { coveragesOn, perDiemPayer } from './coveragePayer';
import { FindingLog } from './findingLog';
import { injectableRule } from './injectables';
import { concurrentPerDiemLines, drugLine } from './lineBuilders';
import { sortFindings, sortLines } from './lineOrder';
import { nursingLines } from './nursingLines';
import { orderDays, type OrderDays } from './orderDays';
import { orderVersions } from './orderVersions';
import { feeOn } from './payerProfile';
import { choosePerDiemCode, INCIDENTAL_PER_DIEMS, type PerDiemChoice } from './perDiemCode';
import { oneTpnPerDiem } from './tpnTherapy';

// The billing engine: the record for a period in, lines and findings out. Pure and deterministic: the same
// record in any order gives the same result.

interface Context {
  payers: ReadonlyMap<string, PayerRecord>;
  drugs: ReadonlyMap<string, DrugRecord>;
  period: Period;
  findings: FindingLog;
  /** The order a component's drug line travels with (OR-1, PD-4a), for the claim order of the lines. */
}

export function generateLines(record: BillingRecord, period: Period): BillingResult {
  const ctx: Context = {
    payers: new Map(record.payers.map((p) => [p.id, p])),
    drugs: new Map(record.drugs.map((d) => [d.id, d])),
    period,
    findings: new FindingLog(),
  };
  const lines: BillingLine[] = [];
  for (const patient of [...record.patients].sort((a, b) => (a.id < b.id ? -1 : 1))) lines.push(...patientLines(patient, ctx));
  billingChecks(record, lines, ctx.findings);
  return { lines: sortLines(lines), findings: sortFindings(ctx.findings.list()) };
}

function patientLines(patient: PatientRecord, ctx: Context): BillingLine[] {
  const { findings } = ctx;
  if (patient.residence === 'skilled-nursing-facility') {
    // PY-2: home excludes a skilled nursing facility; home infusion lines would misstate the place of service.
    findings.add({
      patient: patient.id,
      rule: 'PY-2',
      severity: 'error',
      message: 'The patient lives in a skilled nursing facility, which is not a home setting: no home infusion lines.',
    });
    return [];
  }
  const perDiems: PerDiemCandidate[] = [];
  const drugDays: DrugCandidate[] = [];
  const restrictedOrderDays = new Map<string, Set<CalendarDate>>();
  const billed: BilledVersion[] = [];
  const components: OrderRecord[] = [];

  // OR-2: one pass per version of an order, each over its own window of days.
  for (const order of orderVersions(patient, findings)) {
    if (order.partOf !== undefined) {
      components.push(order); // OR-1: no per diem of its own; billed with its parent below
      continue;
    }
    const drug = order.drug === undefined ? undefined : ctx.drugs.get(order.drug);
    if (order.drug !== undefined && !drug) {
      unknownDrug(findings, patient.id, order);
      continue;
    }
    const days = orderDays(patient, order, drug, ctx.period, findings);
    if (!days) continue;
    if (days.dayRule === 'PU-4') {
      const restricted = restrictedOrderDays.get(order.id) ?? new Set<CalendarDate>();
      for (const date of days.doseDays.keys()) restricted.add(date);
      restrictedOrderDays.set(order.id, restricted);
    }
    const choice = choosePerDiemCode(order, days.schedule);
    const drugRule = drug ? drugBundling(order, drug, choice.kind === 'code' ? choice.code : undefined) : undefined;
    // A supply order whose item has its own bundling finding (e.g. BU-2 for an IV solution) gets that one only.
    if (choice.kind === 'none' && !(choice.rule === 'BU-1' && drugRule?.bundled))
      findings.add({ patient: patient.id, order: order.id, rule: choice.rule, severity: choice.severity, message: choice.message });
    // BU-1..BU-4: one finding per bundled item (per order), not one per day.
    if (drugRule?.bundled)
      findings.add({ patient: patient.id, order: order.id, rule: drugRule.rule, severity: 'info', message: drugRule.message });
    billed.push({ order, days, code: choice.kind === 'code' ? choice.code : undefined });
    versionCandidates({ patient, order, drug, days, choice, drugRule, ctx, perDiems, drugDays });
  }

  const dr4 = injectableRule(patient, perDiems, findings);
  const tpn = oneTpnPerDiem(patient.id, dr4.perDiems, findings);
  const ownDrugDays = drugDays.map((d): DrugCandidate => {
    const base = tpn.baseOf.get(dayKey(d.order.id, d.date));
    // PD-4a: the drug of a TPN order that is not the base formula travels with the base formula's per diem.
    return base === undefined ? d : { ...d, anchor: base, extraRules: [...d.extraRules, 'PD-4a'] };
  });
  const componentDays = componentDrugDays({
    patient,
    components,
    billed,
    drugs: ctx.drugs,
    period: ctx.period,
    findings,
    anchorOf: (order, date) => tpn.baseOf.get(dayKey(order, date)) ?? order,
    payerOn: (date) => coveragesOn(patient, ctx.payers, date)[0]?.payer,
  });

  const lines = concurrentPerDiemLines(tpn.perDiems);
  const perDiemOf = new Map(lines.map((l) => [dayKey(l.order!, l.date), { line: l, payer: ctx.payers.get(l.payer)! }]));
  for (const d of [...ownDrugDays, ...componentDays].filter((c) => dr4.allows(c))) {
    for (const line of drugLine(patient, d, perDiemOf.get(dayKey(d.anchor, d.date)), findings)) {
      if (d.anchor !== d.order.id) line.anchorOrder = d.anchor;
      lines.push(line);
    }
  }

  const onHold = (date: CalendarDate) => patient.holds.some((h) => h.from <= date && date <= h.to);
  lines.push(...nursingLines({ patient, payers: ctx.payers, period: ctx.period, findings, restrictedOrderDays, onHold }));
  return lines;
}

interface VersionInput {
  patient: PatientRecord;
  order: OrderRecord;
  drug: DrugRecord | undefined;
  days: OrderDays;
  choice: PerDiemChoice;
  drugRule: DrugBundling | undefined;
  ctx: Context;
  perDiems: PerDiemCandidate[];
  drugDays: DrugCandidate[];
}

/** The per diem and drug candidates of one order version, day by day (coverage, PY-1 routing, PF-1, DR-5). */
function versionCandidates({ patient, order, drug, days, choice, drugRule, ctx, perDiems, drugDays }: VersionInput): void {
  const { findings } = ctx;
  const dates = new Set<CalendarDate>([...days.doseDays.keys(), ...(days.accessDays ?? [])]);
  for (const date of [...dates].sort()) {
    const active = coveragesOn(patient, ctx.payers, date);
    const doses = days.doseDays.get(date);
    if (active.length === 0) {
      if (doses !== undefined)
        findings.add({
          patient: patient.id,
          order: order.id,
          date,
          rule: 'CV-1',
          severity: 'error',
          message: 'No coverage is active on this date: nothing is billed.',
        });
      continue;
    }
    if (choice.kind === 'code') {
      const route = perDiemPayer(active);
      if (route.kind === 'payer') {
        const accessDay = route.on.profile.perDiemDays === 'access-days' && days.accessDays !== null;
        if (doses !== undefined || accessDay) {
          if (INCIDENTAL_PER_DIEMS.has(choice.code)) {
            findings.add({
              patient: patient.id,
              order: order.id,
              date,
              rule: 'DR-5',
              severity: 'info',
              message: `${choice.code} is incidental to the drug and not separately reimbursable: the drug is billed alone.`,
            });
          } else {
            perDiems.push({
              patient: patient.id,
              order,
              date,
              code: choice.code,
              codeRule: choice.rule as PerDiemCandidate['codeRule'],
              doses: doses ?? 0,
              payer: route.on,
              feeCents: feeOn(route.on.payer, choice.code, date),
              reroutedFromMedicare: route.reroutedFrom !== undefined,
            });
            if (route.reroutedFrom) {
              findings.add({
                patient: patient.id,
                order: order.id,
                date,
                rule: 'PY-1',
                severity: 'info',
                message: `${route.reroutedFrom.payer.name} does not recognize S-codes: the per diem and its drug go to ${route.on.payer.name}.`,
              });
            }
          }
        }
      } else if (route.kind === 'none-recognizes' && doses !== undefined) {
        findings.add({
          patient: patient.id,
          order: order.id,
          date,
          rule: 'PY-1',
          severity: 'warning',
          message: `${route.primary.payer.name} does not recognize S-codes and no other active coverage does: no per diem.`,
        });
      }
    }
    if (doses !== undefined && drug && order.dose && !drugRule?.bundled) {
      drugDays.push({
        order,
        drug,
        date,
        doses,
        anchor: order.id,
        governing: order,
        fallbackPayer: active[0]!.payer,
        extraRules: drugRule?.rule ? [drugRule.rule] : [],
      });
    }
  }
}
