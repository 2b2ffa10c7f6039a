import type { BillingLine, Finding } from './billingLine';
import type { BillingRecord } from './billingRecord';
import { parseSchedule, dosesPerDoseDay } from '../schedule/scheduleGrammar';
import { RULES, type RuleId } from './rules';
import { resolveProfile } from './payerProfile';
import { versionOn } from './orderVersions';

// Why a line or finding exists, in words a biller can check against the policy: the order, its schedule,
// the dose day, the rules with their policy sections, the fee and any reduction.

export interface Explanation {
  subject: string;
  facts: string[];
  rules: { id: RuleId; title: string; source: string }[];
}

const ruleEntry = (id: RuleId) => ({ id, ...RULES[id] });
const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

export function explainLine(record: BillingRecord, line: BillingLine): Explanation {
  const patient = record.patients.find((p) => p.id === line.patient);
  // OR-2: the version of the order in force on the line's date.
  const order = line.order === undefined || !patient ? undefined : versionOn(patient.orders, line.order, line.date);
  const parent = order?.partOf === undefined || !patient ? undefined : versionOn(patient.orders, order.partOf, line.date);
  const payer = record.payers.find((p) => p.id === line.payer);
  const facts: string[] = [];
  if (order) {
    const drug = record.drugs.find((d) => d.id === order.drug);
    const parsed = parseSchedule(order.schedule);
    facts.push(
      `Order ${order.id}: ${order.therapy}${drug ? `, ${drug.name} (${drug.hcpcs})` : ''}${order.dose ? ` ${order.dose.amount} ${order.dose.unit}` : ''}, ` +
        `${order.schedule} ${order.route}${order.delivery ? ` ${order.delivery}` : ''}, ${order.start} to ${order.stop ?? 'open'}.`,
    );
    const parentParsed = parent ? parseSchedule(parent.schedule) : undefined;
    if (parent && parentParsed?.ok)
      facts.push(
        `A component of order ${parent.id} (OR-1): billed on its dose days, ${dosesPerDoseDay(parentParsed.schedule)} dose(s) on a dose day (${parent.schedule}).`,
      );
    else if (parsed.ok && line.kind !== 'nursing')
      facts.push(
        `${line.date} is a billing day of this order; the schedule gives ${dosesPerDoseDay(parsed.schedule)} dose(s) on a dose day.`,
      );
    if (line.kind === 'drug' && drug && order.dose) {
      facts.push(
        `Drug units: ${order.dose.amount} ${order.dose.unit} per dose over the billing unit ${drug.billingUnit.amount} ${drug.billingUnit.unit}, times the day's doses, rounded up once = ${line.units}.`,
        `NDC ${line.ndc}: ${line.ndcQuantity} ${line.ndcUnit} (each dose in whole ${drug.ndcUnitContains.amount} ${drug.ndcUnitContains.unit} units).`,
      );
    }
  }
  if (line.kind === 'nursing') facts.push(`Nursing on ${line.date}: ${line.code} x${line.units}.`);
  if (payer) {
    const fee = line.feeCents ?? 0;
    facts.push(`${payer.name} fee for ${line.code}: ${money(fee)} per unit; ${line.units} unit(s).`);
    if (line.kind === 'per-diem' && (line.concurrencyRank ?? 1) > 1) {
      const profile = resolveProfile(payer);
      const percent = line.concurrencyRank === 2 ? profile.secondTherapyPercent : profile.thirdTherapyPercent;
      facts.push(
        `Therapy ${line.concurrencyRank} of the day (${line.modifiers.join(', ')}): charged at ${percent} % of ${money(fee)} = ${money(line.chargeCents)}.`,
      );
    } else {
      facts.push(`Charge: ${money(line.chargeCents)}.`);
    }
  }
  return {
    subject: `${line.date} ${line.kind} ${line.code}${line.modifiers.length ? `-${line.modifiers.join('-')}` : ''} x${line.units} for patient ${line.patient}${line.order ? `, order ${line.order}` : ''}`,
    facts,
    rules: line.rules.map(ruleEntry),
  };
}

export function explainFinding(finding: Finding): Explanation {
  return {
    subject: `${finding.severity} ${finding.rule} for patient ${finding.patient}${finding.order ? `, order ${finding.order}` : ''}${finding.date ? ` on ${finding.date}` : ''}`,
    facts: [finding.message],
    rules: [ruleEntry(finding.rule)],
  };
}

/** As text for the command line; takes an explanation as it crossed the channel (rule ids as strings). */
export function formatExplanation(e: { subject: string; facts: string[]; rules: { id: string; title: string; source: string }[] }): string {
  return [e.subject, ...e.facts.map((f) => `  ${f}`), ...e.rules.map((r) => `  ${r.id} ${r.title} (${r.source})`)].join('\n');
}
