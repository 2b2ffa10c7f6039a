import { isoWeekday, addDays, type CalendarDate } from '../calendar/calendarDate';
import type { BillingLine } from './billingLine';
import type { PatientRecord, PayerRecord, Period } from './billingRecord';
import { coveragesOn } from './coveragePayer';
import type { FindingLog } from './findingLog';
import { feeOn } from './payerProfile';
import type { RuleId } from './rules';

/** NU-1: 99602 units for one encounter: each full hour beyond the first two, plus one for a remainder of 31 minutes or more. */
export function additionalHourUnits(minutes: number): number {
  const beyond = minutes - 120;
  if (beyond <= 0) return 0;
  return Math.floor(beyond / 60) + (beyond % 60 >= 31 ? 1 : 0);
}

// PF-5 (BCBS Michigan): at most 4 hours a day and 12 hours a week.
const DAY_LIMIT_MINUTES = 4 * 60;
const WEEK_LIMIT_MINUTES = 12 * 60;

export interface NursingContext {
  patient: PatientRecord;
  payers: ReadonlyMap<string, PayerRecord>;
  period: Period;
  findings: FindingLog;
  /** Visits tied to these orders bill only on the given days (PU-4 cassette change days). */
  restrictedOrderDays: ReadonlyMap<string, ReadonlySet<CalendarDate>>;
  /** Days the patient is on hold (PU-2). */
  onHold: (date: CalendarDate) => boolean;
}

export function nursingLines(ctx: NursingContext): BillingLine[] {
  const { patient, findings } = ctx;
  const byDate = new Map<CalendarDate, { minutes: number; visits: number; order?: string | undefined }>();
  for (const visit of patient.nursingVisits) {
    if (visit.date < ctx.period.from || visit.date > ctx.period.to) continue;
    const restricted = visit.order === undefined ? undefined : ctx.restrictedOrderDays.get(visit.order);
    if (restricted && !restricted.has(visit.date)) {
      findings.add({
        patient: patient.id,
        order: visit.order,
        date: visit.date,
        rule: 'PU-4',
        severity: 'warning',
        message: 'Nursing for a cassette/reservoir therapy is billed only on the change/refill day: this visit is not billed.',
      });
      continue;
    }
    const day = byDate.get(visit.date);
    if (day) {
      day.minutes += visit.minutes;
      day.visits++;
      if (day.order !== visit.order) day.order = undefined;
    } else byDate.set(visit.date, { minutes: visit.minutes, visits: 1, order: visit.order });
  }

  const lines: BillingLine[] = [];
  const weekMinutes = new Map<CalendarDate, number>();
  for (const date of [...byDate.keys()].sort()) {
    const day = byDate.get(date)!;
    const active = coveragesOn(patient, ctx.payers, date);
    const payer = active[0];
    if (!payer) {
      findings.add({
        patient: patient.id,
        date,
        rule: 'CV-1',
        severity: 'error',
        message: 'No coverage is active on the date of this nursing visit: it is not billed.',
      });
      continue;
    }
    const rules: RuleId[] = ['NU-1'];
    if (!payer.profile.recognizesSCodes && active.length > 1) {
      // PY-1 (IDSA FAQ): nursing goes to Medicare first for the denial, then to the secondary payer.
      rules.push('PY-1');
      findings.add({
        patient: patient.id,
        date,
        rule: 'PY-1',
        severity: 'info',
        message: `Nursing is billed to ${payer.payer.name} for the denial first; then bill ${active[1]!.payer.name} as secondary.`,
      });
    }
    if (day.visits > 1) {
      // NU-2 choice: visits on one day are one encounter: one 99601, and 99602 on the day's total minutes.
      rules.push('NU-2');
      findings.add({
        patient: patient.id,
        date,
        rule: 'NU-2',
        severity: 'info',
        message: `${day.visits} nursing visits on one day are billed as one encounter (${day.minutes} minutes).`,
      });
    }
    let minutes = day.minutes;
    if (payer.profile.nursingLimits) {
      const weekStart = addDays(date, 1 - isoWeekday(date));
      const used = weekMinutes.get(weekStart) ?? 0;
      const allowed = Math.max(0, Math.min(minutes, DAY_LIMIT_MINUTES, WEEK_LIMIT_MINUTES - used));
      if (allowed < minutes) {
        rules.push('PF-5');
        findings.add({
          patient: patient.id,
          date,
          rule: 'PF-5',
          severity: 'warning',
          message: `${payer.payer.name} pays nursing up to 4 hours a day and 12 a week: ${allowed} of ${minutes} minutes are billed.`,
        });
      }
      weekMinutes.set(weekStart, used + allowed);
      minutes = allowed;
      if (minutes === 0) continue;
    }
    if (ctx.onHold(date)) {
      findings.add({
        patient: patient.id,
        date,
        rule: 'PU-2',
        severity: 'warning',
        message: 'A nursing visit is recorded on a hold day; check the hold dates.',
      });
    }
    const push = (code: string, units: number) => {
      const fee = feeOn(payer.payer, code, date);
      if (fee === undefined) {
        findings.add({
          patient: patient.id,
          date,
          rule: 'FS-1',
          severity: 'error',
          message: `${payer.payer.name} has no fee for ${code}: the line is charged at 0.`,
        });
      }
      const line: BillingLine = {
        patient: patient.id,
        date,
        kind: 'nursing',
        code,
        modifiers: [],
        units,
        chargeCents: (fee ?? 0) * units,
        payer: payer.payer.id,
        rules: [...rules],
        feeCents: fee ?? 0,
      };
      if (day.order !== undefined) line.order = day.order;
      lines.push(line);
    };
    push('99601', 1);
    const extra = additionalHourUnits(minutes);
    if (extra > 0) push('99602', extra);
  }
  return lines;
}
