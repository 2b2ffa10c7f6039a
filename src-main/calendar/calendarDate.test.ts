import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  formatUsDate,
  fromDayNumber,
  isCalendarDate,
  isoWeekday,
  parseCalendarDate,
  toDayNumber,
} from './calendarDate';

// Independent oracles (no Date, no shared code with the module): count whole years and months from 1970.
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? NaN;
function naiveDayNumber(y: number, m: number, d: number): number {
  let n = 0;
  if (y >= 1970) for (let yy = 1970; yy < y; yy++) n += leap(yy) ? 366 : 365;
  else for (let yy = y; yy < 1970; yy++) n -= leap(yy) ? 366 : 365;
  for (let mm = 1; mm < m; mm++) n += monthLength(y, mm);
  return n + d - 1;
}
// Sakamoto's day-of-week (0 = Sunday), converted to ISO (1 = Monday ... 7 = Sunday).
function sakamotoIsoWeekday(y: number, m: number, d: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  const dow = (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + (t[m - 1] ?? NaN) + d) % 7;
  return dow === 0 ? 7 : dow;
}
const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const FIRST = '1900-01-01';
const LAST = '2199-12-31';
const arbDate = fc
  .record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= monthLength(y, m))
  .map(({ y, m, d }) => ({ y, m, d, text: iso(y, m, d) }));

describe('parseCalendarDate / isCalendarDate', () => {
  it('accepts real dates and returns their parts', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseCalendarDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parseCalendarDate(FIRST)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseCalendarDate(LAST)).toEqual({ year: 2199, month: 12, day: 31 });
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2100-02-29', 'century, not a leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-1-5', 'no zero padding'],
    ['2026-01-5', 'day not padded'],
    ['26-01-05', 'two-digit year'],
    ['1899-12-31', 'before 1900'],
    ['2200-01-01', 'after 2199'],
    ['2026/01/05', 'slashes'],
    ['01/05/2026', 'US format'],
    [' 2026-01-05', 'leading space'],
    ['2026-01-05T00:00', 'with a time'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
    expect(isCalendarDate(text)).toBe(false);
  });

  it('rejects non-strings', () => {
    for (const v of [undefined, null, 20260105, new Map(), ['2026-01-05'], { year: 2026 }]) expect(isCalendarDate(v)).toBe(false);
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('property: accepts exactly the real dates 1900..2199 (any y/m/d triple)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const real = y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m);
        expect(isCalendarDate(iso(y, m, d))).toBe(real);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('day numbers', () => {
  it('has fixed anchors', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(toDayNumber('2026-01-01')).toBe(20454);
    expect(toDayNumber(FIRST)).toBe(-25567);
    expect(toDayNumber(LAST)).toBe(84005);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(fromDayNumber(20454)).toBe('2026-01-01');
    expect(fromDayNumber(-25567)).toBe(FIRST);
    expect(fromDayNumber(84005)).toBe(LAST);
  });

  it('throws on a string that is not a date', () => {
    expect(() => toDayNumber('2026-02-29')).toThrow(RangeError);
    expect(() => toDayNumber('2026-02-29')).toThrow('not a calendar date: 2026-02-29');
    expect(() => toDayNumber('')).toThrow(RangeError);
  });

  it('property: fromDayNumber round-trips every day number from 1900-01-01 to 2199-12-31', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (n) => {
        const text = fromDayNumber(n);
        expect(isCalendarDate(text)).toBe(true);
        expect(toDayNumber(text)).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('property: toDayNumber round-trips every date and agrees with a naive year-and-month count', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d, text }) => {
        const n = toDayNumber(text);
        expect(n).toBe(naiveDayNumber(y, m, d));
        expect(fromDayNumber(n)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('exhaustively: consecutive day numbers are consecutive dates for all 109,573 days', () => {
    let prev = FIRST;
    let count = 1;
    for (let n = toDayNumber(FIRST) + 1; n <= toDayNumber(LAST); n++) {
      const next = fromDayNumber(n);
      const p = parseCalendarDate(prev);
      const q = parseCalendarDate(next);
      if (!p || !q) throw new Error(`bad date at ${n}: ${prev} -> ${next}`);
      const expected =
        p.day < monthLength(p.year, p.month)
          ? iso(p.year, p.month, p.day + 1)
          : p.month < 12
            ? iso(p.year, p.month + 1, 1)
            : iso(p.year + 1, 1, 1);
      if (next !== expected) expect(`${n}: ${next}`).toBe(`${n}: ${expected}`);
      prev = next;
      count++;
    }
    expect(prev).toBe(LAST);
    expect(count).toBe(109_573);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-01-05', 0, '2026-01-05'],
    ['2026-01-05', 365, '2027-01-05'],
    ['2024-01-05', 366, '2025-01-05'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2026-01-31', 28, '2026-02-28'],
    ['2026-01-01', -365, '2025-01-01'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2026-01-05', 10000, '2053-05-23'],
  ] as const)('%s %+d days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('throws for a number of days that is not a whole number', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', NaN)).toThrow(RangeError);
  });

  it('property: addDays(d, n) then addDays(-n) returns d, and daysBetween measures n', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -3000, max: 3000 }), ({ text }, n) => {
        const later = addDays(text, n);
        fc.pre(isCalendarDate(later));
        expect(addDays(later, -n)).toBe(text);
        expect(daysBetween(text, later)).toBe(n);
        expect(compareDates(text, later)).toBe(-Math.sign(n) || 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: addDays composes (d + a + b = d + (a + b))', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), ({ text }, a, b) => {
        const viaA = addDays(text, a);
        fc.pre(isCalendarDate(viaA) && isCalendarDate(addDays(text, a + b)));
        expect(addDays(viaA, b)).toBe(addDays(text, a + b));
      }),
    );
  });
});

describe('daysBetween / compareDates', () => {
  it('counts days, signed', () => {
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(daysBetween('2026-01-05', '2026-01-07')).toBe(2);
    expect(daysBetween('2026-01-07', '2026-01-05')).toBe(-2);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1); // a US daylight-saving change: still one day
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween(FIRST, LAST)).toBe(109_572);
  });

  it('throws for a non-date', () => {
    expect(() => daysBetween('2026-01-05', '2026-02-30')).toThrow(RangeError);
  });

  it('orders dates chronologically', () => {
    expect(compareDates('2026-01-05', '2026-01-06')).toBe(-1);
    expect(compareDates('2026-12-31', '2027-01-01')).toBe(-1);
    expect(compareDates('2026-02-01', '2026-01-31')).toBe(1);
    expect(compareDates('2026-01-05', '2026-01-05')).toBe(0);
    expect(['2026-03-01', '1999-12-31', '2026-02-28', '2100-01-01'].sort(compareDates)).toEqual([
      '1999-12-31',
      '2026-02-28',
      '2026-03-01',
      '2100-01-01',
    ]);
  });

  it('property: compareDates agrees with daysBetween', () => {
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        expect(compareDates(a.text, b.text)).toBe(-Math.sign(daysBetween(a.text, b.text)) || 0);
        expect(daysBetween(a.text, b.text)).toBe(-daysBetween(b.text, a.text) || 0);
      }),
    );
  });
});

describe('isoWeekday', () => {
  it.each([
    ['1970-01-01', 4], // Thursday
    ['2026-11-24', 2], // Tuesday
    ['2026-11-29', 7], // Sunday
    ['2026-11-30', 1], // Monday
    ['2026-03-08', 7], // Sunday, US daylight saving starts
    ['2000-01-01', 6], // Saturday
    ['1900-01-01', 1], // Monday
    ['2199-12-31', 2], // Tuesday
    ['2024-02-29', 4], // Thursday
    ['1969-12-31', 3], // Wednesday (negative day number)
    ['1969-12-28', 7], // Sunday (negative day number, multiple of 7 back)
  ] as const)('%s is ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('property: matches Sakamoto’s algorithm and steps by one each day', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d, text }) => {
        const w = isoWeekday(text);
        expect(w).toBe(sakamotoIsoWeekday(y, m, d));
        if (text !== LAST) expect(isoWeekday(addDays(text, 1))).toBe((w % 7) + 1);
        if (text <= '2199-12-24') expect(isoWeekday(addDays(text, 7))).toBe(w);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatUsDate', () => {
  it('writes MM/DD/YYYY', () => {
    expect(formatUsDate('2026-01-05')).toBe('01/05/2026');
    expect(formatUsDate('2026-11-24')).toBe('11/24/2026');
    expect(formatUsDate('2024-02-29')).toBe('02/29/2024');
    expect(formatUsDate('1900-01-01')).toBe('01/01/1900');
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatUsDate('2026-02-29')).toBe('2026-02-29');
    expect(formatUsDate('not a date')).toBe('not a date');
    expect(formatUsDate('')).toBe('');
  });

  it('property: MM/DD/YYYY of the same parts', () => {
    fc.assert(
      fc.property(arbDate, ({ y, m, d, text }) => {
        expect(formatUsDate(text)).toBe(`${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`);
      }),
    );
  });
});
