import { addDays, type CalendarDate } from '../calendar/calendarDate';
import type { OrderRecord, PatientRecord } from './billingRecord';
import type { FindingLog } from './findingLog';

// OR-2: an order edited with an effective date is several records sharing one id, each applying to its own
// dates (`effective`); the days before the change keep the earlier version and the lines it gave.

const NO_END = '9999-12-31';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier window first; identical windows (bad data) by content, so the input order never matters. */
function compareVersions(a: OrderRecord, b: OrderRecord): number {
  return (
    compareText(a.effective?.from ?? '', b.effective?.from ?? '') ||
    compareText(a.effective?.to ?? NO_END, b.effective?.to ?? NO_END) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}

export function inWindow(order: OrderRecord, date: CalendarDate): boolean {
  const w = order.effective;
  return (w?.from === undefined || w.from <= date) && (w?.to === undefined || date <= w.to);
}

/**
 * The patient's order records sorted by id, then by window. Windows should be disjoint; when two overlap the
 * newer version (the later effective date) applies from its date (OR-2: a change takes effect from a date),
 * with a warning, so one order never bills twice on one day.
 */
export function orderVersions(patient: PatientRecord, findings: FindingLog): OrderRecord[] {
  const byId = new Map<string, OrderRecord[]>();
  for (const o of patient.orders) byId.set(o.id, [...(byId.get(o.id) ?? []), o]);
  const out: OrderRecord[] = [];
  for (const id of [...byId.keys()].sort()) {
    const versions = [...byId.get(id)!].sort(compareVersions);
    versions.forEach((version, i) => {
      const next = versions[i + 1];
      const end = version.effective?.to;
      const nextFrom = next?.effective?.from;
      if (!next || (end !== undefined && nextFrom !== undefined && end < nextFrom)) {
        out.push(version);
        return;
      }
      findings.add({
        patient: patient.id,
        order: id,
        rule: 'OR-2',
        severity: 'warning',
        message: `Two versions of the order apply on the same days${nextFrom ? ` from ${nextFrom}` : ''}: the newer version is billed from its effective date.`,
      });
      // Both without an effective date: the newer record alone applies.
      if (nextFrom !== undefined) out.push({ ...version, effective: { ...version.effective, to: addDays(nextFrom, -1) } });
    });
  }
  return out;
}

/** The version of an order in force on a date (the newest whose window holds it), else its latest version. */
export function versionOn(orders: readonly OrderRecord[], id: string, date: CalendarDate | undefined): OrderRecord | undefined {
  const versions = orders.filter((o) => o.id === id).sort(compareVersions);
  const holding = date === undefined ? [] : versions.filter((o) => inWindow(o, date));
  return holding[holding.length - 1] ?? versions[versions.length - 1];
}

/** Every version of an order id, in window order. */
export function versionsOf(orders: readonly OrderRecord[], id: string): OrderRecord[] {
  return orders.filter((o) => o.id === id).sort(compareVersions);
}
