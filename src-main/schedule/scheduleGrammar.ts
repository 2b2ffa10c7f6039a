// The contract's schedule grammar (shared/contracts/dataset-v1.md "Schedule"). Pure: text in, structure out.

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export type Schedule =
  | { kind: 'every-hours'; hours: number } // q<N>h
  | { kind: 'every-days'; days: number } // q<N>d, counted from start
  | { kind: 'weekly'; days: Weekday[] } // weekly:MO,WE,FR
  | { kind: 'every-weeks'; weeks: number } // q<N>w on the start's weekday
  | { kind: 'monthly' } // the start's day of month, the last day in shorter months
  | { kind: 'continuous' }
  | { kind: 'once' };

// q<N>h: N divides 24, or the long intervals 36/48/72 the contract allows.
const HOURLY_INTERVALS = new Set([1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72]);

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; message: string };

export function parseSchedule(text: string): ScheduleParse {
  const s = text.trim();
  if (s === 'continuous') return { ok: true, schedule: { kind: 'continuous' } };
  if (s === 'once') return { ok: true, schedule: { kind: 'once' } };
  if (s === 'monthly') return { ok: true, schedule: { kind: 'monthly' } };
  let m = /^q(\d{1,3})h$/.exec(s);
  if (m) {
    const hours = Number(m[1]);
    if (!HOURLY_INTERVALS.has(hours)) return { ok: false, message: `q${hours}h: the hours must divide 24, or be 36, 48 or 72` };
    return { ok: true, schedule: { kind: 'every-hours', hours } };
  }
  m = /^q(\d{1,3})d$/.exec(s);
  if (m) {
    const days = Number(m[1]);
    if (days < 1) return { ok: false, message: 'q0d: the interval must be at least 1 day' };
    return { ok: true, schedule: { kind: 'every-days', days } };
  }
  m = /^q(\d{1,2})w$/.exec(s);
  if (m) {
    const weeks = Number(m[1]);
    if (weeks < 1) return { ok: false, message: 'q0w: the interval must be at least 1 week' };
    return { ok: true, schedule: { kind: 'every-weeks', weeks } };
  }
  m = /^weekly:([A-Z,]+)$/.exec(s);
  if (m) {
    const parts = (m[1] ?? '').split(',');
    if (parts.some((p) => p === '')) return { ok: false, message: 'a weekday is missing between the commas' };
    const bad = parts.filter((p) => !WEEKDAYS.includes(p as Weekday));
    if (bad.length > 0) return { ok: false, message: `unknown weekday ${bad.join(', ')}; use MO,TU,WE,TH,FR,SA,SU` };
    if (new Set(parts).size !== parts.length) return { ok: false, message: 'a weekday is repeated' };
    const days = WEEKDAYS.filter((d) => parts.includes(d));
    return { ok: true, schedule: { kind: 'weekly', days } };
  }
  return {
    ok: false,
    message: `"${text}" is not a schedule: use q<N>h, q<N>d, weekly:MO,WE,FR, q<N>w, monthly, continuous or once`,
  };
}

/** Doses on a dose day: 24/N for q<N>h (1 for the 36/48/72-hour intervals), otherwise 1. */
export function dosesPerDoseDay(schedule: Schedule): number {
  return schedule.kind === 'every-hours' && schedule.hours <= 24 ? 24 / schedule.hours : 1;
}
