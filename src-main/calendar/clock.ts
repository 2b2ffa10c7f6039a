import type { CalendarDate } from './calendarDate';

// "Today" is injected into services; only the composition roots (desktop, web host, CLI) read the system clock.
export interface Clock {
  today(): CalendarDate;
  now(): string;
}

/** The local calendar date on this machine: the pharmacy's "today". */
export const systemClock: Clock = {
  today() {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
  now() {
    return new Date().toISOString();
  },
};

export function frozenClock(today: CalendarDate, now = `${today}T12:00:00.000Z`): Clock {
  return { today: () => today, now: () => now };
}
