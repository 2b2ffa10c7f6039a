import type { CalendarDate } from '../calendar/calendarDate';
import type { Finding, Severity } from './billingLine';
import type { RuleId } from './rules';

/**
 * Collects findings, one per patient, order, rule and message: a rule that holds on 30 days of an order
 * is one finding naming its first date and the number of days, not 30 findings.
 */
export class FindingLog {
  private readonly byKey = new Map<string, { finding: Finding; days: Set<CalendarDate> }>();

  add(finding: {
    patient: string;
    order?: string | undefined;
    date?: CalendarDate | undefined;
    rule: RuleId;
    severity: Severity;
    message: string;
  }): void {
    const key = `${finding.patient}\u0000${finding.order ?? ''}\u0000${finding.rule}\u0000${finding.message}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (finding.date !== undefined) {
        existing.days.add(finding.date);
        if (existing.finding.date === undefined || finding.date < existing.finding.date) existing.finding.date = finding.date;
      }
      return;
    }
    // Fields in the contract's order: patient, order?, date?, rule, severity, message.
    const clean = {
      patient: finding.patient,
      ...(finding.order !== undefined ? { order: finding.order } : {}),
      ...(finding.date !== undefined ? { date: finding.date } : {}),
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
    } as Finding;
    this.byKey.set(key, { finding: clean, days: new Set(finding.date === undefined ? [] : [finding.date]) });
  }

  list(): Finding[] {
    return [...this.byKey.values()].map(({ finding, days }) =>
      days.size > 1 ? { ...finding, message: `${finding.message} (${days.size} days from ${finding.date})` } : finding,
    );
  }
}
