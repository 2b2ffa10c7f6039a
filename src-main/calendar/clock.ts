import type { CalendarDate } from './calendarDate';

// "Today" is injected into services; only the composition roots (desktop, web host, CLI) read the system clock.
export interface Clock {
  today(): CalendarDate;
  /** Local wall-clock time HHMM, for the 837P envelope (ISA10, GS05, BHT05). */
  time(): string;
  /** An instant, ISO 8601 UTC: when a row was written. */
  now(): string;
}

/** The local calendar date on this machine: the pharmacy's "today". */
export const systemClock: Clock = {
  today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
  time() {
    const d = new Date();
    return `${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
  },
  now() {
    return new Date().toISOString();
  },
};

export function frozenClock(today: CalendarDate, now = `${today}T12:00:00.000Z`): Clock {
  return { today: () => today, time: () => now.slice(11, 13) + now.slice(14, 16), now: () => now };
}
