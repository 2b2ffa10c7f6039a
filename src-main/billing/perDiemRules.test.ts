import { describe, expect, it } from 'vitest';
import { codes, one, order, PAIN_PER_DIEM, patient, payer, perDiemLines, record, run } from './testing/recordBuilders';
import type { Period } from './billingRecord';

// PD, PU and MT rules of BILLING-RULES.md: which per diem, on which days, in which rank.

describe('PD: per diem code selection', () => {
  it.each([
    ['q3h', 'S9497'],
    ['q4h', 'S9504'],
    ['q6h', 'S9503'],
    ['q8h', 'S9502'],
    ['q12h', 'S9501'],
    ['q24h', 'S9500'],
    ['q48h', 'S9494'],
    ['weekly:MO,WE,FR', 'S9494'],
  ])('PD-1 anti-infective %s -> %s', (schedule, code) => {
    const lines = perDiemLines(one({ schedule, start: '2026-01-05', stop: '2026-01-09' }).lines);
    expect(codes(lines)).toEqual([code]);
    expect(lines[0]!.rules).toContain('PD-1');
  });

  it.each([
    ['continuous', 'S9326'],
    ['cassette', 'S9326'],
    ['intermittent', 'S9327'],
    ['implanted-pump', 'S9328'],
    [undefined, 'S9325'],
  ] as const)('PD-2 pain delivered %s -> %s', (delivery, code) => {
    const r = one(
      { therapy: 'pain', drug: undefined, dose: undefined, schedule: 'q24h', delivery },
      { pumpEvents: [{ order: 'o1', date: '2026-01-06', kind: delivery === 'cassette' ? 'cassette-change' : 'refill' }] },
    );
    expect(codes(perDiemLines(r.lines))).toEqual([code]);
  });

  it.each([
    ['continuous', 'S9330'],
    ['intermittent', 'S9331'],
    [undefined, 'S9329'],
  ] as const)('PD-3 chemotherapy %s -> %s', (delivery, code) => {
    expect(
      codes(perDiemLines(one({ therapy: 'chemotherapy', drug: undefined, dose: undefined, schedule: 'q24h', delivery }).lines)),
    ).toEqual([code]);
  });

  it.each([
    [1, 'S9365'],
    [1.5, 'S9366'],
    [2.5, 'S9367'],
    [3.5, 'S9368'],
    [undefined, 'S9364'],
  ] as const)('PD-4 TPN %s L/day -> %s', (litersPerDay, code) => {
    expect(
      codes(
        perDiemLines(
          one({ therapy: 'tpn', drug: undefined, dose: undefined, schedule: 'continuous', delivery: 'continuous', litersPerDay }).lines,
        ),
      ),
    ).toEqual([code]);
  });

  it.each([
    [1, 'S9374'],
    [2, 'S9375'],
    [3, 'S9376'],
    [4, 'S9377'],
  ] as const)('PD-5 hydration %s L/day -> %s', (litersPerDay, code) => {
    expect(
      codes(
        perDiemLines(
          one({ therapy: 'hydration', drug: undefined, dose: undefined, schedule: 'q24h', delivery: 'continuous', litersPerDay }).lines,
        ),
      ),
    ).toEqual([code]);
  });

  it('PD-5 intermittent hydration is S9373; without liters a continuous hydration bills no per diem and says why', () => {
    expect(
      codes(
        perDiemLines(one({ therapy: 'hydration', drug: undefined, dose: undefined, schedule: 'q24h', delivery: 'intermittent' }).lines),
      ),
    ).toEqual(['S9373']);
    const r = one({ therapy: 'hydration', drug: undefined, dose: undefined, schedule: 'q24h', delivery: 'continuous' });
    expect(perDiemLines(r.lines)).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PD-5', severity: 'error' }));
  });

  it.each([
    ['corticosteroid', 'S9490'],
    ['immunotherapy', 'S9338'],
    ['anti-tnf', 'S9359'],
    ['infusion-noc', 'S9379'],
  ])('PD-6 %s -> %s', (therapy, code) => {
    expect(codes(perDiemLines(one({ therapy, drug: undefined, dose: undefined, schedule: 'q24h' }).lines))).toEqual([code]);
  });
});

describe('PU: per diem units (CPCP019 "Examples" table, reproduced exactly)', () => {
  const units = (schedule: string, start: string, stop: string) => perDiemLines(one({ schedule, start, stop }).lines).length;
  const periodUnits = (schedule: string, start: string, stop: string, period: Period) =>
    perDiemLines(run(record([patient({ orders: [order({ schedule, start, stop })] })]), period).lines).length;

  it.each([['q4h'], ['q8h'], ['q12h'], ['q24h']])('PU-1 every %s for 7 days: 7 units', (schedule) => {
    expect(units(schedule, '2026-01-05', '2026-01-11')).toBe(7);
  });
  it('PU-1 every 10 days for 30 days: 3 units', () => expect(units('q10d', '2026-01-01', '2026-01-30')).toBe(3));
  it('PU-1 3 days a week for 2 weeks: 6 units', () => expect(units('weekly:MO,WE,FR', '2026-01-05', '2026-01-18')).toBe(6));
  it('PU-1 once a week: 1 unit a week', () => {
    expect(periodUnits('q1w', '2026-01-05', '2026-03-29', { from: '2026-01-05', to: '2026-01-11' })).toBe(1);
    expect(units('q1w', '2026-01-05', '2026-01-25')).toBe(3);
  });
  it('PU-1 once a month: 1 unit a month, on the last day of shorter months, in leap years too', () => {
    const r = run(record([patient({ orders: [order({ schedule: 'monthly', start: '2028-01-31', stop: '2028-04-30' })] })]), {
      from: '2028-01-01',
      to: '2028-04-30',
    });
    expect(perDiemLines(r.lines).map((l) => l.date)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    const plain = run(record([patient({ orders: [order({ schedule: 'monthly', start: '2027-01-31', stop: '2027-03-31' })] })]), {
      from: '2027-01-01',
      to: '2027-03-31',
    });
    expect(perDiemLines(plain.lines).map((l) => l.date)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });
  it('PU-1 continuous: every day from start to stop, both included', () => {
    expect(
      perDiemLines(
        one({
          therapy: 'tpn',
          drug: undefined,
          dose: undefined,
          schedule: 'continuous',
          delivery: 'continuous',
          litersPerDay: 1.5,
          start: '2026-01-10',
          stop: '2026-01-14',
        }).lines,
      ).map((l) => l.date),
    ).toEqual(['2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14']);
  });
  it('PU-2 no per diem or drug on hold days, and a finding says so', () => {
    const r = one({ stop: '2026-01-07' }, { holds: [{ from: '2026-01-06', to: '2026-01-06', reason: 'inpatient' }] });
    expect([...new Set(r.lines.map((l) => l.date))]).toEqual(['2026-01-05', '2026-01-07']);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PU-2', order: 'o1', date: '2026-01-06' }));
  });
  it('PU-3 implanted pump: per diem only on refill, reprogram and repair days', () => {
    const r = one(
      { ...PAIN_PER_DIEM, delivery: 'implanted-pump', start: '2026-01-01', stop: '2026-01-31' },
      {
        pumpEvents: [
          { order: 'o1', date: '2026-01-08', kind: 'refill' },
          { order: 'o1', date: '2026-01-20', kind: 'reprogram' },
          { order: 'o1', date: '2026-01-22', kind: 'cassette-change' },
        ],
      },
    );
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.rules])).toEqual([
      ['2026-01-08', 'S9328', ['PD-2', 'PU-3']],
      ['2026-01-20', 'S9328', ['PD-2', 'PU-3']],
    ]);
  });
  it('PU-4 cassette: per diem, drug and nursing only on the change day; a visit on another day is not billed', () => {
    const r = one(
      { therapy: 'pain', drug: 'meropenem', schedule: 'continuous', delivery: 'cassette', start: '2026-01-01', stop: '2026-01-31' },
      {
        pumpEvents: [{ order: 'o1', date: '2026-01-10', kind: 'cassette-change' }],
        nursingVisits: [
          { date: '2026-01-10', minutes: 60, order: 'o1' },
          { date: '2026-01-12', minutes: 60, order: 'o1' },
        ],
      },
    );
    expect(r.lines.map((l) => [l.date, l.code])).toEqual([
      ['2026-01-10', 'S9326'],
      ['2026-01-10', 'J2185'],
      ['2026-01-10', '99601'],
    ]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PU-4', date: '2026-01-12', severity: 'warning' }));
  });
});

describe('MT: concurrent therapies', () => {
  const three = () =>
    run(
      record([
        patient({
          orders: [
            order({ id: 'a', schedule: 'q24h' }),
            order({ id: 'b', schedule: 'q8h' }),
            order({ id: 'c', schedule: 'q12h', drug: 'vancomycin' }),
          ],
        }),
      ]),
      { from: '2026-01-05', to: '2026-01-05' },
    );
  it('MT-1 ranks by the payer’s fee, highest first: none, SH, SJ', () => {
    expect(perDiemLines(three().lines).map((l) => [l.order, l.code, l.modifiers])).toEqual([
      ['b', 'S9502', []],
      ['c', 'S9501', ['SH']],
      ['a', 'S9500', ['SJ']],
    ]);
  });
  it('MT-1 ties: more doses a day first, then the earlier start, then the order id', () => {
    const tied = payer({
      fees: [...payer().fees.filter((f) => f.hcpcs !== 'S9501'), { hcpcs: 'S9501', cents: 15000, from: '1900-01-01' }],
    });
    const r = run(
      record([patient({ orders: [order({ id: 'z', schedule: 'q12h' }), order({ id: 'y', schedule: 'q8h' })] })], { payers: [tied] }),
      {
        from: '2026-01-05',
        to: '2026-01-05',
      },
    );
    expect(perDiemLines(r.lines).map((l) => l.order)).toEqual(['y', 'z']);
    const sameDoses = run(
      record([patient({ orders: [order({ id: 'b', start: '2026-01-04' }), order({ id: 'a', start: '2026-01-05' })] })]),
      { from: '2026-01-05', to: '2026-01-05' },
    );
    expect(perDiemLines(sameDoses.lines).map((l) => l.order)).toEqual(['b', 'a']);
    const sameStart = run(record([patient({ orders: [order({ id: 'b' }), order({ id: 'a' })] })]), {
      from: '2026-01-05',
      to: '2026-01-05',
    });
    expect(perDiemLines(sameStart.lines).map((l) => l.order)).toEqual(['a', 'b']);
  });
  it('MT-2 SH at 50 % and SJ at 25 % by default; a profile of 50/0 (BCBS Texas) charges SJ nothing', () => {
    expect(perDiemLines(three().lines).map((l) => l.chargeCents)).toEqual([15000, 6000, 2250]);
    const texas = run(
      record(
        [
          patient({
            orders: [order({ id: 'a', schedule: 'q24h' }), order({ id: 'b', schedule: 'q8h' }), order({ id: 'c', schedule: 'q12h' })],
          }),
        ],
        { payers: [payer({ profile: { secondTherapyPercent: 50, thirdTherapyPercent: 0 } })] },
      ),
      { from: '2026-01-05', to: '2026-01-05' },
    );
    expect(perDiemLines(texas.lines).map((l) => l.chargeCents)).toEqual([15000, 6000, 0]);
  });
  it('MT-2 never reduces drug or nursing charges', () => {
    const drugs = three().lines.filter((l) => l.kind === 'drug');
    expect(drugs.every((l) => l.chargeCents === l.units * (l.feeCents ?? 0))).toBe(true);
  });
  it('MT-3 each drug line follows its per diem and names MT-3', () => {
    const r = three();
    expect(r.lines.map((l) => `${l.kind}:${l.order}`)).toEqual(['per-diem:b', 'drug:b', 'per-diem:c', 'drug:c', 'per-diem:a', 'drug:a']);
    expect(r.lines.filter((l) => l.kind === 'drug').every((l) => l.rules.includes('MT-3'))).toBe(true);
  });
});
