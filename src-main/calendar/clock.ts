import { isCalendarDate, type CalendarDate } from './calendarDate';

// "Today" is injected into services; only the composition roots (desktop, web host, CLI) build a clock, and
// they build it here, from `--today` / DRIPLINE_TODAY or the computer's local date: the one place it is read.
export interface Clock {
  today(): CalendarDate;
  /** Local wall-clock time HHMM, for the 837P envelope (ISA10, GS05, BHT05). */
  time(): string;
  /** An instant, ISO 8601 UTC: when a row was written. Never compared with a calendar date. */
  now(): string;
}

function localDate(d: Date): CalendarDate {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local calendar date on this machine: the pharmacy's "today" unless one is pinned. */
export const systemClock: Clock = {
  today: () => localDate(new Date()),
  time() {
    const d = new Date();
    return `${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
  },
  now: () => new Date().toISOString(),
};

export function frozenClock(today: CalendarDate, now = `${today}T12:00:00.000Z`): Clock {
  return { today: () => today, time: () => now.slice(11, 13) + now.slice(14, 16), now: () => now };
}

/** The day the pharmacy works on, pinned (DS-1 counts from it); time and instants stay the machine's. */
export function pinnedClock(today: CalendarDate): Clock {
  return { today: () => today, time: systemClock.time, now: systemClock.now };
}

export class InvalidTodayError extends Error {
  constructor(
    readonly source: string,
    readonly value: string,
  ) {
    super(`${source}: "${value}" is not a calendar date (YYYY-MM-DD)`);
    this.name = 'InvalidTodayError';
  }
}

/**
 * The clock of a face: `--today DATE` wins, then DRIPLINE_TODAY, then the computer's local date.
 * A value that is not a calendar date is refused rather than silently replaced by the machine's date.
 */
export function clockFor(flag: string | undefined, env: NodeJS.ProcessEnv): Clock {
  if (flag !== undefined) {
    if (!isCalendarDate(flag)) throw new InvalidTodayError('--today', flag);
    return pinnedClock(flag);
  }
  const fromEnv = env['DRIPLINE_TODAY'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isCalendarDate(fromEnv)) throw new InvalidTodayError('DRIPLINE_TODAY', fromEnv);
    return pinnedClock(fromEnv);
  }
  return systemClock;
}

/** The same clock on another pharmacy day (a request's today); its time and instants stay the clock's. */
export function onDay(clock: Clock, today: CalendarDate): Clock {
  return clock.today() === today ? clock : { today: () => today, time: () => clock.time(), now: () => clock.now() };
}
