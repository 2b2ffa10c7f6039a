// The one date module: dates of service are `YYYY-MM-DD` strings. All arithmetic is on day numbers
// (days since 1970-01-01 in the proleptic Gregorian calendar), never on Date objects, so no time zone
// can shift a calendar date.

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseCalendarDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: unknown): text is CalendarDate {
  return typeof text === 'string' && parseCalendarDate(text) !== null;
}

// Howard Hinnant's days_from_civil: exact integer arithmetic.
export function toDayNumber(date: CalendarDate): number {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (parts.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + parts.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, not ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`; 0 when equal, negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(date: CalendarDate): number {
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

// ISO strings of one fixed format order lexically the same as chronologically.
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatUsDate(date: CalendarDate): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  return `${String(parts.month).padStart(2, '0')}/${String(parts.day).padStart(2, '0')}/${parts.year}`;
}

/** A calendar month `YYYY-MM`. */
export type Month = string;

export function monthOf(date: CalendarDate): Month {
  return date.slice(0, 7);
}

/** The first day of the month of `date` (or of a `YYYY-MM` month). */
export function firstDayOfMonth(dateOrMonth: CalendarDate | Month): CalendarDate {
  return `${monthOf(dateOrMonth)}-01`;
}

/** The month `months` after `month` (before it when negative). */
export function addMonths(month: Month, months: number): Month {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs a whole number of months, not ${months}`);
  const parts = parseCalendarDate(firstDayOfMonth(month));
  if (!parts) throw new RangeError(`not a month: ${month}`);
  const index = parts.year * 12 + parts.month - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The last day of the month of `date` (or of a `YYYY-MM` month). */
export function lastDayOfMonth(dateOrMonth: CalendarDate | Month): CalendarDate {
  const month = monthOf(dateOrMonth);
  const parts = parseCalendarDate(`${month}-01`);
  if (!parts) throw new RangeError(`not a month: ${dateOrMonth}`);
  return `${month}-${String(daysInMonth(parts.year, parts.month)).padStart(2, '0')}`;
}
