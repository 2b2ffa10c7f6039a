import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatUsDate, fromDayNumber, isoWeekday, toDayNumber } from './calendarDate';

// The date module run in child processes under far-apart time zones: no zone may shift a calendar date.

describe('no time-zone dependence', () => {
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const moduleUrl = new URL('./calendarDate.ts', import.meta.url).href;
  // Dates around the 2026 US daylight-saving changes, month/year ends and a leap day.
  const calls: [string, string, number][] = [
    ['addDays', '2026-03-08', 1],
    ['addDays', '2026-03-07', 1],
    ['addDays', '2026-03-09', -1],
    ['addDays', '2026-11-01', 1],
    ['addDays', '2026-11-02', -1],
    ['addDays', '2026-12-31', 1],
    ['addDays', '2024-02-28', 1],
    ['addDays', '2026-03-01', -1],
    ['daysBetween', '2026-03-01', 0],
    ['isoWeekday', '2026-03-08', 0],
    ['isoWeekday', '2026-11-01', 0],
    ['isoWeekday', '2026-11-24', 0],
    ['toDayNumber', '2026-03-08', 0],
    ['formatUsDate', '2026-03-08', 0],
  ];
  const script = `
    const m = await import(${JSON.stringify(moduleUrl)});
    const calls = ${JSON.stringify(calls)};
    const results = calls.map(([fn, date, n]) =>
      fn === 'addDays' ? m.addDays(date, n)
      : fn === 'daysBetween' ? [m.daysBetween(date, '2026-04-01'), m.daysBetween('2026-10-31', '2026-11-02')]
      : m[fn](date));
    results.push(m.fromDayNumber(m.toDayNumber('2026-03-08')));
    // Evidence that the zone took effect and that naive Date code would have gone wrong here.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const naiveDay = new Date('2026-03-08').getDate();
    console.log(JSON.stringify({ zone, naiveDay, results }));
  `;
  const inProcess = () => {
    const results: unknown[] = calls.map(([fn, date, n]) =>
      fn === 'addDays'
        ? addDays(date, n)
        : fn === 'daysBetween'
          ? [daysBetween(date, '2026-04-01'), daysBetween('2026-10-31', '2026-11-02')]
          : fn === 'isoWeekday'
            ? isoWeekday(date)
            : fn === 'toDayNumber'
              ? toDayNumber(date)
              : formatUsDate(date),
    );
    results.push(fromDayNumber(toDayNumber('2026-03-08')));
    return results;
  };

  it('gives identical results in Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10/-9) as in this process', () => {
    const expected = inProcess();
    expect(expected).toEqual([
      '2026-03-09',
      '2026-03-08',
      '2026-03-08',
      '2026-11-02',
      '2026-11-01',
      '2027-01-01',
      '2024-02-29',
      '2026-02-28',
      [31, 2],
      7,
      7,
      2,
      20520,
      '03/08/2026',
      '2026-03-08',
    ]);
    const runs = ['Pacific/Kiritimati', 'America/Adak'].map((tz) => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      return JSON.parse(out.trim()) as { zone: string; naiveDay: number; results: unknown[] };
    });
    expect(runs.map((r) => r.zone)).toEqual(['Pacific/Kiritimati', 'America/Adak']);
    // new Date('2026-03-08') is UTC midnight: still the 8th at UTC+14, already the 7th at UTC-10.
    expect(runs.map((r) => r.naiveDay)).toEqual([8, 7]);
    for (const run of runs) expect(run.results).toEqual(expected);
  });

  it('schedules the same dose days in Pacific/Kiritimati, America/Adak and UTC (weekly:MO,WE,FR across the March change)', () => {
    const doseScript = `
      const { doseDays } = await import(${JSON.stringify(new URL('../billing/doseDays.ts', import.meta.url).href)});
      const { parseSchedule } = await import(${JSON.stringify(new URL('../schedule/scheduleGrammar.ts', import.meta.url).href)});
      const s = parseSchedule('weekly:MO,WE,FR');
      console.log(JSON.stringify(doseDays(s.schedule, '2026-03-06', '2026-03-06', '2026-03-16').map((d) => d.date)));
    `;
    const outputs = ['Pacific/Kiritimati', 'America/Adak', 'UTC'].map((tz) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', doseScript], {
        cwd: repoRoot,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }).trim(),
    );
    expect(outputs).toEqual(Array(3).fill('["2026-03-06","2026-03-09","2026-03-11","2026-03-13","2026-03-16"]'));
  });
});
