import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../calendar/calendarDate';
import { brief, datesOf, order, patient, payer, perDiemLines, record, run, unitsOf } from './testing/recordBuilders';

// The CPCP019 "Examples" units table (BILLING-RULES.md PU) and the IDSA worked example, reproduced exactly.

describe('CPCP019 units of service table', () => {
  const units = (schedule: string, start: string, stop: string, period = { from: start, to: stop }) =>
    perDiemLines(run(record(patient({ orders: [order({ schedule, start, stop, drug: undefined, dose: undefined })] })), period).lines);

  it.each([
    ['q4h', 'S9504'],
    ['q8h', 'S9502'],
    ['q12h', 'S9501'],
    ['q24h', 'S9500'],
  ])('every %s for 7 days -> 7 per diem units', (schedule, code) => {
    const lines = units(schedule, '2026-01-05', '2026-01-11');
    expect(unitsOf(lines)).toBe(7);
    expect(lines).toHaveLength(7);
    expect(new Set(lines.map((l) => l.code))).toEqual(new Set([code]));
  });

  it('every 10 days for 30 days -> 3 (days 1, 11, 21)', () => {
    const lines = units('q10d', '2026-01-05', '2026-02-03');
    expect(unitsOf(lines)).toBe(3);
    expect(datesOf(lines)).toEqual(['2026-01-05', '2026-01-15', '2026-01-25']);
  });

  it('3 days per week (weekly:MO,WE,FR) for 2 weeks -> 6', () => {
    const lines = units('weekly:MO,WE,FR', '2026-01-05', '2026-01-18');
    expect(unitsOf(lines)).toBe(6);
    expect(datesOf(lines)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-12', '2026-01-14', '2026-01-16']);
  });

  it('3 days per week for 2 weeks starting mid-week still gives 6 dose days', () => {
    expect(unitsOf(units('weekly:MO,WE,FR', '2026-01-07', '2026-01-20'))).toBe(6);
  });

  it('once per week (q1w) -> 1 per week, on the start weekday', () => {
    const lines = units('q1w', '2026-01-07', '2026-02-03'); // 4 weeks from a Wednesday
    expect(unitsOf(lines)).toBe(4);
    expect(datesOf(lines)).toEqual(['2026-01-07', '2026-01-14', '2026-01-21', '2026-01-28']);
    for (const l of lines) expect(isoWeekday(l.date)).toBe(3);
  });

  it('q1w over a 13-week quarter -> 13', () => {
    expect(unitsOf(units('q1w', '2026-01-05', '2026-04-05'))).toBe(13);
  });

  it('once per month (monthly) -> 1 per month', () => {
    const lines = units('monthly', '2026-01-15', '2026-06-30');
    expect(unitsOf(lines)).toBe(6);
    expect(datesOf(lines)).toEqual(['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15', '2026-05-15', '2026-06-15']);
  });

  it('monthly from the 31st: the last day in shorter months (Feb 28 in 2026)', () => {
    const lines = units('monthly', '2026-01-31', '2026-05-31');
    expect(datesOf(lines)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('monthly from the 31st in a leap year: Feb 29 (2028)', () => {
    const lines = units('monthly', '2028-01-31', '2028-03-31');
    expect(datesOf(lines)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('monthly from the 31st, billed one month at a time: each month still has exactly 1', () => {
    for (const [from, to, date] of [
      ['2026-02-01', '2026-02-28', '2026-02-28'],
      ['2026-04-01', '2026-04-30', '2026-04-30'],
      ['2026-07-01', '2026-07-31', '2026-07-31'],
    ] as const) {
      const lines = units('monthly', '2026-01-31', '2026-12-31', { from, to });
      expect(datesOf(lines)).toEqual([date]);
    }
  });
});

describe('IDSA worked example: meropenem 1 g q8h + vancomycin 1 g q12h', () => {
  const idsaPayer = payer({
    fees: [
      { hcpcs: 'S9502', cents: 15000, from: '2026-01-01' },
      { hcpcs: 'S9501', cents: 12000, from: '2026-01-01' },
      { hcpcs: 'J2185', cents: 150, from: '2026-01-01' },
      { hcpcs: 'J3370', cents: 625, from: '2026-01-01' },
      { hcpcs: '99601', cents: 18000, from: '2026-01-01' },
      { hcpcs: '99602', cents: 7500, from: '2026-01-01' },
    ],
  });
  const rec = record(
    patient({
      orders: [
        order({ id: 'mero', drug: 'meropenem', dose: { amount: 1, unit: 'g' }, schedule: 'q8h', start: '2026-01-05', stop: '2026-01-07' }),
        order({
          id: 'vanc',
          drug: 'vancomycin',
          dose: { amount: 1, unit: 'g' },
          schedule: 'q12h',
          start: '2026-01-05',
          stop: '2026-01-07',
        }),
      ],
      nursingVisits: [{ date: '2026-01-05', minutes: 220 }],
    }),
    { payers: [idsaPayer] },
  );
  const result = run(rec);

  const day = (date: string) => [
    { date, code: 'S9502', modifiers: [], units: 1, chargeCents: 15000, payer: 'bcbs', order: 'mero' },
    {
      date,
      code: 'J2185',
      modifiers: [],
      units: 30,
      chargeCents: 4500,
      payer: 'bcbs',
      order: 'mero',
      ndc: '63323050720',
      ndcQuantity: 3,
      ndcUnit: 'UN',
    },
    { date, code: 'S9501', modifiers: ['SH'], units: 1, chargeCents: 6000, payer: 'bcbs', order: 'vanc' },
    {
      date,
      code: 'J3370',
      modifiers: [],
      units: 4,
      chargeCents: 2500,
      payer: 'bcbs',
      order: 'vanc',
      ndc: '00409653201',
      ndcQuantity: 2,
      ndcUnit: 'UN',
    },
  ];

  it('gives exactly these lines, in claim order', () => {
    expect(result.lines.map(brief)).toEqual([
      ...day('2026-01-05'),
      { date: '2026-01-05', code: '99601', modifiers: [], units: 1, chargeCents: 18000, payer: 'bcbs' },
      { date: '2026-01-05', code: '99602', modifiers: [], units: 2, chargeCents: 15000, payer: 'bcbs' },
      ...day('2026-01-06'),
      ...day('2026-01-07'),
    ]);
  });

  it('names the rules on each line', () => {
    const first = result.lines.filter((l) => l.date === '2026-01-05');
    expect(first.map((l) => [l.code, l.rules])).toEqual([
      ['S9502', ['PD-1', 'PU-1', 'MT-1']],
      ['J2185', ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'MT-3']],
      ['S9501', ['PD-1', 'PU-1', 'MT-1', 'MT-2']],
      ['J3370', ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'MT-3']],
      ['99601', ['NU-1']],
      ['99602', ['NU-1']],
    ]);
    expect(first.map((l) => l.concurrencyRank)).toEqual([1, 1, 2, 2, undefined, undefined]);
  });

  it('has no error or warning findings', () => {
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
