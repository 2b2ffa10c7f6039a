import type { CalendarDate } from '../calendar/calendarDate';
import type { BillingLine, BillingResult } from './billingLine';
import type { BillingRecord, DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period } from './billingRecord';
import { isBundledSupply, isIncludedInTpnPerDiem, isIvSolution, PHARMACY_SERVICES_PER_HOUR, TPN_PER_DIEMS } from './bundling';
import { concurrencyModifiers, rankConcurrent, reducedCharge, type PerDiemCandidate } from './concurrency';
import { coveragesOn, perDiemPayer } from './coveragePayer';
import { drugQuantities } from './drugUnits';
import { FindingLog } from './findingLog';
import { nursingLines } from './nursingLines';
import { orderDays } from './orderDays';
import { feeOn } from './payerProfile';
import { choosePerDiemCode, INCIDENTAL_PER_DIEMS } from './perDiemCode';
import { billingChecks } from './billingChecks';
import { sortLines, sortFindings } from './lineOrder';
import type { RuleId } from './rules';

// The billing engine: the record for a period in, lines and findings out. Pure and deterministic: the same
// record in any order gives the same result.

interface DrugCandidate {
  order: OrderRecord;
  drug: DrugRecord;
  date: CalendarDate;
  doses: number;
  payerId: string;
  payer: PayerRecord;
  extraRules: RuleId[];
}

interface Context {
  payers: ReadonlyMap<string, PayerRecord>;
  drugs: ReadonlyMap<string, DrugRecord>;
  period: Period;
  findings: FindingLog;
}

const INJECTION_ROUTES = new Set(['SubQ', 'IM']);

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
  const orders = [...patient.orders].sort((a, b) => (a.id < b.id ? -1 : 1));

  for (const order of orders) {
    const drug = order.drug === undefined ? undefined : ctx.drugs.get(order.drug);
    if (order.drug !== undefined && !drug) {
      findings.add({
        patient: patient.id,
        order: order.id,
        rule: 'DR-1',
        severity: 'error',
        message: `The order names drug "${order.drug}", which is not in the catalog: nothing is billed.`,
      });
      continue;
    }
    const days = orderDays(patient, order, drug, ctx.period, findings);
    if (!days) continue;
    if (days.dayRule === 'PU-4') restrictedOrderDays.set(order.id, new Set(days.doseDays.keys()));
    const choice = choosePerDiemCode(order, days.schedule);
    if (choice.kind === 'none')
      findings.add({ patient: patient.id, order: order.id, rule: choice.rule, severity: choice.severity, message: choice.message });
    const drugRule = drug ? drugBundling(order, drug, choice.kind === 'code' ? choice.code : undefined) : undefined;
    if (drugRule?.bundled)
      findings.add({ patient: patient.id, order: order.id, rule: drugRule.rule, severity: 'info', message: drugRule.message });

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
      let perDiemPayerId: string | undefined;
      let perDiemPayerRecord: PayerRecord | undefined;
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
              perDiemPayerId = route.on.payer.id;
              perDiemPayerRecord = route.on.payer;
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
        const payer = perDiemPayerRecord ?? active[0]!.payer;
        drugDays.push({
          order,
          drug,
          date,
          doses,
          payerId: perDiemPayerId ?? payer.id,
          payer,
          extraRules: drugRule?.rule ? [drugRule.rule] : [],
        });
      }
    }
  }

  const keptPerDiems = injectableDays(patient, perDiems, drugDays, findings);
  const lines = concurrentPerDiemLines(keptPerDiems.perDiems);
  const rankOf = new Map(lines.map((l) => [`${l.order}\u0000${l.date}`, l.concurrencyRank]));
  for (const d of keptPerDiems.drugDays) lines.push(...drugLine(patient, d, rankOf.get(`${d.order.id}\u0000${d.date}`), findings));

  const onHold = (date: CalendarDate) => patient.holds.some((h) => h.from <= date && date <= h.to);
  lines.push(...nursingLines({ patient, payers: ctx.payers, period: ctx.period, findings, restrictedOrderDays, onHold }));
  return lines;
}

/** BU-1..BU-4 for the drug of an order: is it billable beside the per diem? */
function drugBundling(
  order: OrderRecord,
  drug: DrugRecord,
  perDiemCode: string | undefined,
): { bundled: boolean; rule: RuleId; message: string } | undefined {
  // A "supply" order (a flush, a kit) is bundled whatever its drug code (dataset-v1 Therapy "supply").
  if (order.therapy === 'supply' || drug.form === 'supply' || isBundledSupply(drug.hcpcs)) {
    return {
      bundled: true,
      rule: 'BU-1',
      message: `${drug.hcpcs} (${drug.name}) is a supply bundled into the per diem: no separate line.`,
    };
  }
  if (isIvSolution(drug.hcpcs)) {
    // BU-2: billable only when prescribed to treat a condition (hydration), not as a diluent or keep-vein-open.
    if (order.therapy === 'hydration' && order.purpose !== 'line-care') return { bundled: false, rule: 'BU-2', message: '' };
    return {
      bundled: true,
      rule: 'BU-2',
      message: `${drug.hcpcs} (${drug.name}) is an IV solution used incidentally (diluent, keep-vein-open): bundled, no line.`,
    };
  }
  if (perDiemCode !== undefined && TPN_PER_DIEMS.has(perDiemCode)) {
    if (isIncludedInTpnPerDiem(drug.hcpcs)) {
      return { bundled: true, rule: 'BU-3', message: `${drug.hcpcs} (${drug.name}) is included in the TPN per diem: no separate line.` };
    }
    return { bundled: false, rule: 'BU-3', message: '' };
  }
  if (drug.hcpcs === PHARMACY_SERVICES_PER_HOUR && perDiemCode !== undefined) {
    return { bundled: true, rule: 'BU-4', message: 'S9810 (pharmacy services per hour) is never billed with a per diem.' };
  }
  return undefined;
}

/**
 * DR-4: SubQ/IM injectables are payable only on a day with an approved IV therapy, or when a registered
 * nurse must give them (administeredBy "nurse").
 */
function injectableDays(patient: PatientRecord, perDiems: PerDiemCandidate[], drugDays: DrugCandidate[], findings: FindingLog) {
  const ivDays = new Set(perDiems.filter((p) => p.order.route === 'IV').map((p) => p.date));
  const allowed = (order: OrderRecord, date: CalendarDate) =>
    !INJECTION_ROUTES.has(order.route) || order.administeredBy === 'nurse' || ivDays.has(date);
  const refuse = (order: OrderRecord, date: CalendarDate) =>
    findings.add({
      patient: patient.id,
      order: order.id,
      date,
      rule: 'DR-4',
      severity: 'warning',
      message: `A ${order.route} injection is payable only on a day with an IV therapy or when a nurse must give it: not billed.`,
    });
  const keptPerDiems = perDiems.filter((p) => allowed(p.order, p.date) || (refuse(p.order, p.date), false));
  const keptDrugs = drugDays.filter((d) => allowed(d.order, d.date) || (refuse(d.order, d.date), false));
  return { perDiems: keptPerDiems, drugDays: keptDrugs };
}

function concurrentPerDiemLines(perDiems: PerDiemCandidate[]): BillingLine[] {
  const groups = new Map<string, PerDiemCandidate[]>();
  for (const p of perDiems) {
    const key = `${p.date}\u0000${p.payer.payer.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: BillingLine[] = [];
  for (const group of groups.values()) {
    rankConcurrent(group).forEach((p, i) => {
      const rank = i + 1;
      const fee = p.feeCents ?? 0;
      const rules: RuleId[] = [
        p.codeRule,
        p.order.delivery === 'implanted-pump' ? 'PU-3' : p.order.delivery === 'cassette' ? 'PU-4' : 'PU-1',
      ];
      if (p.doses === 0) rules.push('PF-1');
      if (group.length > 1) rules.push('MT-1');
      if (rank > 1) rules.push('MT-2');
      if (p.reroutedFromMedicare) rules.push('PY-1');
      lines.push({
        patient: p.patient,
        order: p.order.id,
        date: p.date,
        kind: 'per-diem',
        code: p.code,
        modifiers: concurrencyModifiers(rank, p.payer.profile.modifier59WithConcurrent),
        units: 1,
        chargeCents: reducedCharge(fee, rank, p.payer.profile.secondTherapyPercent, p.payer.profile.thirdTherapyPercent),
        payer: p.payer.payer.id,
        rules,
        concurrencyRank: rank,
        feeCents: fee,
      });
    });
  }
  return lines;
}

function drugLine(patient: PatientRecord, d: DrugCandidate, rank: number | undefined, findings: FindingLog): BillingLine[] {
  const quantities = drugQuantities(d.drug, d.order.dose!, d.doses);
  if (!quantities.ok) {
    findings.add({
      patient: patient.id,
      order: d.order.id,
      date: d.date,
      rule: 'UN-1',
      severity: 'error',
      message: `${quantities.message} No drug line.`,
    });
    return [];
  }
  const fee = feeOn(d.payer, d.drug.hcpcs, d.date);
  const rules: RuleId[] = ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', ...d.extraRules];
  if (rank !== undefined) rules.push('MT-3');
  const line: BillingLine = {
    patient: patient.id,
    order: d.order.id,
    date: d.date,
    kind: 'drug',
    code: d.drug.hcpcs,
    modifiers: [],
    units: quantities.units,
    chargeCents: (fee ?? 0) * quantities.units,
    ndc: d.drug.ndc,
    ndcQuantity: quantities.ndcQuantity,
    ndcUnit: d.drug.ndcUnit,
    payer: d.payerId,
    rules,
    feeCents: fee ?? 0,
  };
  if (rank !== undefined) line.concurrencyRank = rank;
  return [line];
}
