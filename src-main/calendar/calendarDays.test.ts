import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatUsDate, fromDayNumber, isCalendarDate, isoWeekday, toDayNumber } from './calendarDate';
import { appRoot } from '../paths/appRoot';

describe('the one date module', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2026-12-31', '2000-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '1900-02-29', '2026-13-01', '2026-1-5', '2026-01-32', '26-01-05', ''].some(isCalendarDate)).toBe(false);
  });

  it('round-trips every day from 1900 to 2199 through day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }), (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
        expect(isCalendarDate(fromDayNumber(n))).toBe(true);
      }),
    );
  });

  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-05', '2026-01-07')).toBe(2);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1); // a US daylight-saving change: still one day
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', NaN)).toThrow(RangeError);
  });

  it('knows the weekday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2026-11-24')).toBe(2);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(formatUsDate('2026-01-05')).toBe('01/05/2026');
  });

  it('gives the same dates whatever the machine’s time zone (Kiritimati UTC+14, Adak UTC-10/-9)', () => {
    const script = `
      import { addDays, isoWeekday } from './src-main/calendar/calendarDate.ts';
      import { doseDays } from './src-main/billing/doseDays.ts';
      import { parseSchedule } from './src-main/schedule/scheduleGrammar.ts';
      const s = parseSchedule('weekly:MO,WE,FR');
      console.log(JSON.stringify([addDays('2026-03-07', 1), addDays('2026-11-01', 1), isoWeekday('2026-03-08'), doseDays(s.schedule, '2026-03-06', '2026-03-06', '2026-03-16').map((d) => d.date)]));
    `;
    const outputs = ['Pacific/Kiritimati', 'America/Adak', 'UTC'].map((tz) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: appRoot(),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }).trim(),
    );
    expect(outputs[0]).toBe('["2026-03-08","2026-11-02",7,["2026-03-06","2026-03-09","2026-03-11","2026-03-13","2026-03-16"]]');
    expect(new Set(outputs).size).toBe(1);
  });
});
