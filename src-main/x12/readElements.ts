import type { CalendarDate } from '../vocabulary';
import { isCalendarDate } from '../vocabulary';
import type { X12Segment } from './x12Segments';
import { X12ReadError, element } from './x12Segments';

// Element values for the readers: money to integer cents by string arithmetic (house rule: never floats for
// money), quantities, and X12 dates (CCYYMMDD, RD8 CCYYMMDD-CCYYMMDD) to CalendarDate.

// X12.6 type R: optional minus, digits, optional decimal point; a payer amount has at most 2 decimals.
const X12_DECIMAL = /^(-?)(\d*)(?:\.(\d*))?$/;

/** An X12 decimal to integer cents ("12.3" -> 1230, "-5.07" -> -507, "100" -> 10000); null when not exact money. */
export function centsOf(value: string): number | null {
  const match = X12_DECIMAL.exec(value);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  if (fraction.length > 2) return null;
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign === '-' && cents !== 0 ? -cents : cents;
}

/** Element n as cents; money that is not exact (3 decimals, letters) stops the reader: it is never guessed. */
export function readCents(segment: X12Segment, position: number, name: string): number {
  const value = element(segment, position).trim();
  const cents = centsOf(value);
  if (cents === null) {
    const why = value === '' ? 'is missing' : `'${value}' is not an amount in dollars and cents`;
    throw new X12ReadError(segment, `${segment.id}${pad2(position)} (${name}) ${why}; the money would be ambiguous`);
  }
  return cents;
}

/** Like readCents, but an absent element is null. */
export function readOptionalCents(segment: X12Segment, position: number, name: string): number | null {
  return element(segment, position).trim() === '' ? null : readCents(segment, position, name);
}

/** A quantity (units, CAS quantity): a plain X12 decimal, or null when empty or not a number. */
export function quantityOf(value: string): number | null {
  const text = value.trim();
  if (text === '' || !X12_DECIMAL.test(text) || text === '-' || text === '.' || text === '-.') return null;
  const quantity = Number(text);
  return Number.isFinite(quantity) ? quantity : null;
}

/** CCYYMMDD to 'YYYY-MM-DD', or null when it is not a real calendar date. */
export function dateOf(value: string): CalendarDate | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) ? date : null;
}

/** RD8 CCYYMMDD-CCYYMMDD (or a single D8 date, from = to); null when either end is not a date. */
export function dateRangeOf(value: string): { from: CalendarDate; to: CalendarDate } | null {
  const parts = value.trim().split('-');
  if (parts.length === 1) {
    const date = dateOf(parts[0] ?? '');
    return date ? { from: date, to: date } : null;
  }
  if (parts.length !== 2) return null;
  const from = dateOf(parts[0] ?? '');
  const to = dateOf(parts[1] ?? '');
  return from && to ? { from, to } : null;
}

const pad2 = (position: number) => String(position).padStart(2, '0');
