import { describe, expect, it } from 'vitest';
import { brief, findingsFor, nursingLines, payer, runOrders } from './testing/recordBuilders';

// NU-1 (99601 / 99602), NU-2 (one encounter a day) and PF-5 (nursing limits), BILLING-RULES.md.

const visits = (...v: { date: string; minutes: number; order?: string }[]) => ({ nursingVisits: v });
const nursing = (minutesPerVisit: number[], date = '2026-01-05', options = {}) =>
  runOrders([{ start: '2026-01-05', stop: '2026-01-11' }], visits(...minutesPerVisit.map((minutes) => ({ date, minutes }))), options);

describe('NU-1 99601 per visit up to 2 hours, 99602 per additional hour', () => {
  it.each([
    [30, 0],
    [120, 0],
    [150, 0], // 30 minutes beyond: no 99602
    [151, 1], // 31 minutes beyond: one
    [180, 1],
    [210, 1], // 1 h 30 min beyond: one full hour, 30 min remainder
    [211, 2],
    [220, 2], // 3 h 40 min: 99601 x1, 99602 x2
    [240, 2],
    [300, 3],
  ])('%i minutes -> 99601 x1 and 99602 x%i', (minutes, extra) => {
    const r = nursing([minutes]);
    const expected = [{ date: '2026-01-05', code: '99601', modifiers: [], units: 1, chargeCents: 18000, payer: 'bcbs' }];
    if (extra > 0)
      expected.push({ date: '2026-01-05', code: '99602', modifiers: [], units: extra, chargeCents: 7500 * extra, payer: 'bcbs' });
    expect(nursingLines(r.lines).map(brief)).toEqual(expected);
    for (const l of nursingLines(r.lines)) expect(l.rules).toEqual(['NU-1']);
  });

  it('nursing lines come after the per diem and drug lines of the day', () => {
    const r = nursing([220]);
    expect(r.lines.filter((l) => l.date === '2026-01-05').map((l) => l.code)).toEqual(['S9502', 'J2185', '99601', '99602']);
  });

  it('a visit tied to an order carries that order', () => {
    const r = runOrders([{}], visits({ date: '2026-01-06', minutes: 60, order: 'o1' }));
    expect(nursingLines(r.lines).map((l) => [l.order, l.code])).toEqual([['o1', '99601']]);
  });

  it('a visit with no per diem that day is still billed (nursing is separate from the per diem)', () => {
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-05' }], visits({ date: '2026-01-20', minutes: 90 }));
    expect(r.lines.filter((l) => l.date === '2026-01-20').map((l) => [l.kind, l.code])).toEqual([['nursing', '99601']]);
  });

  it('a visit recorded on a hold day is billed with a PU-2 warning to check the hold dates', () => {
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-11' }], {
      holds: [{ from: '2026-01-07', to: '2026-01-08', reason: 'inpatient' }],
      nursingVisits: [{ date: '2026-01-07', minutes: 60, order: 'o1' }],
    });
    expect(nursingLines(r.lines).map((l) => [l.date, l.code, l.order])).toEqual([['2026-01-07', '99601', 'o1']]);
    expect(findingsFor(r, 'PU-2').map((f) => [f.order, f.date, f.severity])).toEqual([
      [undefined, '2026-01-07', 'warning'], // the nursing visit
      ['o1', '2026-01-07', 'info'], // the order's hold
    ]);
  });

  it('visits outside the period are not billed', () => {
    const r = runOrders([{}], visits({ date: '2026-02-02', minutes: 90 }, { date: '2025-12-31', minutes: 90 }));
    expect(nursingLines(r.lines)).toEqual([]);
  });
});

describe('NU-2 one initial infusion service per member encounter per day', () => {
  it('two visits on one day are one encounter: one 99601, 99602 on the total minutes', () => {
    const r = nursing([100, 100]); // 200 minutes: 80 beyond 2 h -> one 99602
    expect(nursingLines(r.lines).map((l) => [l.code, l.units, l.chargeCents, l.rules])).toEqual([
      ['99601', 1, 18000, ['NU-1', 'NU-2']],
      ['99602', 1, 7500, ['NU-1', 'NU-2']],
    ]);
    const f = findingsFor(r, 'NU-2');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ patient: 'pt1', date: '2026-01-05', severity: 'info' });
    expect(f[0]!.message).toContain('200 minutes');
  });

  it('two short visits: one 99601 and nothing else', () => {
    const r = nursing([60, 45]);
    expect(nursingLines(r.lines).map((l) => [l.code, l.units])).toEqual([['99601', 1]]);
  });

  it('visits on two different days are two encounters', () => {
    const r = runOrders([{}], visits({ date: '2026-01-05', minutes: 60 }, { date: '2026-01-06', minutes: 60 }));
    expect(nursingLines(r.lines).map((l) => [l.date, l.code])).toEqual([
      ['2026-01-05', '99601'],
      ['2026-01-06', '99601'],
    ]);
    expect(findingsFor(r, 'NU-2')).toEqual([]);
  });

  it('two visits for different orders on one day: one encounter with no single order', () => {
    const r = runOrders(
      [{ id: 'a' }, { id: 'b', drug: 'vancomycin', schedule: 'q12h' }],
      visits({ date: '2026-01-05', minutes: 60, order: 'a' }, { date: '2026-01-05', minutes: 60, order: 'b' }),
    );
    const lines = nursingLines(r.lines);
    expect(lines.map((l) => [l.code, l.order])).toEqual([['99601', undefined]]);
  });
});

describe('PF-5 nursing limits (BCBS Michigan): 4 hours a day, 12 hours a week', () => {
  const michigan = payer({ profile: { nursingLimits: true } });

  it('a 300-minute visit is billed as 240 minutes: 99601 x1, 99602 x2, and a PF-5 warning', () => {
    const r = nursing([300], '2026-01-05', { payers: [michigan] });
    expect(nursingLines(r.lines).map((l) => [l.code, l.units, l.chargeCents, l.rules])).toEqual([
      ['99601', 1, 18000, ['NU-1', 'PF-5']],
      ['99602', 2, 15000, ['NU-1', 'PF-5']],
    ]);
    const f = findingsFor(r, 'PF-5');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ date: '2026-01-05', severity: 'warning' });
    expect(f[0]!.message).toContain('240 of 300 minutes');
  });

  it('without the profile a 300-minute visit bills 99602 x3', () => {
    const r = nursing([300]);
    expect(nursingLines(r.lines).map((l) => [l.code, l.units])).toEqual([
      ['99601', 1],
      ['99602', 3],
    ]);
    expect(findingsFor(r, 'PF-5')).toEqual([]);
  });

  it('at or under 4 hours a day nothing changes', () => {
    const r = nursing([240], '2026-01-05', { payers: [michigan] });
    expect(nursingLines(r.lines).map((l) => [l.code, l.units])).toEqual([
      ['99601', 1],
      ['99602', 2],
    ]);
    expect(findingsFor(r, 'PF-5')).toEqual([]);
  });

  it('the weekly cap of 12 hours: after three 4-hour days (Mon-Wed) Thursday bills nothing', () => {
    const r = runOrders(
      [{ start: '2026-01-05', stop: '2026-01-11' }],
      visits(
        { date: '2026-01-05', minutes: 240 },
        { date: '2026-01-06', minutes: 240 },
        { date: '2026-01-07', minutes: 240 },
        { date: '2026-01-08', minutes: 60 },
        { date: '2026-01-12', minutes: 60 }, // next ISO week: allowed again
      ),
      { payers: [michigan] },
    );
    expect(nursingLines(r.lines).map((l) => [l.date, l.code, l.units])).toEqual([
      ['2026-01-05', '99601', 1],
      ['2026-01-05', '99602', 2],
      ['2026-01-06', '99601', 1],
      ['2026-01-06', '99602', 2],
      ['2026-01-07', '99601', 1],
      ['2026-01-07', '99602', 2],
      ['2026-01-12', '99601', 1],
    ]);
    expect(findingsFor(r, 'PF-5').map((f) => [f.date, f.severity])).toEqual([['2026-01-08', 'warning']]);
  });
});
