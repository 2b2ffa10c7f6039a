import { daysInMonth, fromDayNumber, isoWeekday, parseCalendarDate, toDayNumber, type CalendarDate } from '../calendar/calendarDate';
import { WEEKDAYS, dosesPerDoseDay, type Schedule } from '../schedule/scheduleGrammar';

export interface DoseDay {
  date: CalendarDate;
  doses: number;
}

/**
 * The dose days of a schedule between `from` and `to` (both included), counted from the order's start.
 * Holds are not removed here: the caller reports them (PU-2).
 * Choice: for q36h/q48h/q72h the first dose is given at the start of the start day, so dose k falls on
 * day floor(k * N / 24).
 */
export function doseDays(schedule: Schedule, start: CalendarDate, from: CalendarDate, to: CalendarDate): DoseDay[] {
  const first = Math.max(toDayNumber(start), toDayNumber(from));
  const last = toDayNumber(to);
  if (first > last) return [];
  const origin = toDayNumber(start);
  const doses = dosesPerDoseDay(schedule);
  const out: DoseDay[] = [];
  const push = (n: number) => out.push({ date: fromDayNumber(n), doses });

  switch (schedule.kind) {
    case 'continuous':
      for (let n = first; n <= last; n++) push(n);
      break;
    case 'every-hours':
      if (schedule.hours <= 24) {
        for (let n = first; n <= last; n++) push(n);
      } else {
        const seen = new Set<number>();
        for (let k = 0; origin + Math.floor((k * schedule.hours) / 24) <= last; k++) {
          const n = origin + Math.floor((k * schedule.hours) / 24);
          if (n >= first && !seen.has(n)) {
            seen.add(n);
            push(n);
          }
        }
      }
      break;
    case 'every-days':
    case 'every-weeks': {
      const step = schedule.kind === 'every-days' ? schedule.days : schedule.weeks * 7;
      const offset = (((first - origin) % step) + step) % step;
      for (let n = offset === 0 ? first : first + step - offset; n <= last; n += step) push(n);
      break;
    }
    case 'weekly': {
      const wanted = new Set(schedule.days.map((d) => WEEKDAYS.indexOf(d) + 1));
      for (let n = first; n <= last; n++) if (wanted.has(isoWeekday(fromDayNumber(n)))) push(n);
      break;
    }
    case 'monthly': {
      // On the start's day of the month, or the month's last day when the month is shorter (31st -> 30th, Feb 28/29).
      const s = parseCalendarDate(start);
      if (!s) return [];
      const f = parseCalendarDate(fromDayNumber(first));
      if (!f) return [];
      for (let y = f.year, m = f.month; ; m === 12 ? (y++, (m = 1)) : m++) {
        const day = Math.min(s.day, daysInMonth(y, m));
        const n = toDayNumber(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        if (n > last) break;
        if (n >= first) push(n);
      }
      break;
    }
    case 'once':
      if (origin >= first && origin <= last) push(origin);
      break;
  }
  return out;
}

/**
 * PF-1 access days apply to dosing up to every 72 hours (NHIA). Choice: a schedule qualifies when no two
 * consecutive dose days are more than 3 days apart (q<N>h, q1d-q3d, weekly sets without a 4-day gap, continuous).
 */
export function qualifiesForAccessDays(schedule: Schedule): boolean {
  switch (schedule.kind) {
    case 'continuous':
      return true;
    case 'every-hours':
      return schedule.hours <= 72;
    case 'every-days':
      return schedule.days <= 3;
    case 'weekly': {
      const days = schedule.days.map((d) => WEEKDAYS.indexOf(d));
      if (days.length === 0) return false;
      const gaps = days.map((d, i) => ((days[(i + 1) % days.length] ?? d) - d + 7) % 7 || 7);
      return Math.max(...gaps) <= 3;
    }
    default:
      return false;
  }
}
