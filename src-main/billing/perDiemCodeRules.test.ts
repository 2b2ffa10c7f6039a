import { describe, expect, it } from 'vitest';
import {
  brief,
  PAIN_PER_DIEM,
  datesOf,
  findingsFor,
  order,
  patient,
  perDiemLines,
  drugLines,
  nursingLines,
  perDiemOnlyOrder,
  record,
  run,
  runOrders,
  unitsOf,
} from './testing/recordBuilders';

// PD-1..PD-6 (which per diem code) and PU-1..PU-4 (on which days), BILLING-RULES.md.

/** A continuous per diem with no drug of its own, for the liters-per-day tables (PD-4, PD-5) and PU-1. */
const continuousPerDiem = (therapy: 'tpn' | 'hydration') =>
  ({ therapy, drug: undefined, dose: undefined, schedule: 'continuous', delivery: 'continuous' }) as const;

describe('PD-1 anti-infective per diem by dosing interval', () => {
  it.each([
    ['q3h', 'S9497', 21000],
    ['q4h', 'S9504', 19500],
    ['q6h', 'S9503', 17500],
    ['q8h', 'S9502', 15000],
    ['q12h', 'S9501', 12000],
    ['q24h', 'S9500', 9000],
  ])('%s -> %s, one unit a day at the standard fee', (schedule, code, fee) => {
    const r = runOrders([{ schedule, drug: undefined, dose: undefined, start: '2026-01-05', stop: '2026-01-07' }]);
    const lines = perDiemLines(r.lines);
    expect(lines.map(brief)).toEqual(
      ['2026-01-05', '2026-01-06', '2026-01-07'].map((date) => ({
        date,
        code,
        modifiers: [],
        units: 1,
        chargeCents: fee,
        payer: 'bcbs',
        order: 'o1',
      })),
    );
    for (const l of lines) expect(l.rules).toEqual(['PD-1', 'PU-1']);
  });

  it.each(['q48h', 'q36h', 'q72h', 'q2h', 'q2d', 'weekly:MO,TH', 'q1w', 'monthly', 'once', 'continuous'])(
    'any other schedule (%s) -> S9494, never an S9497-S9504 code',
    (schedule) => {
      const r = runOrders([{ schedule, drug: undefined, dose: undefined, start: '2026-01-05', stop: '2026-01-31' }]);
      const lines = perDiemLines(r.lines);
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map((l) => l.code))).toEqual(new Set(['S9494']));
      expect(lines[0]!.chargeCents).toBe(11000);
      expect(lines[0]!.rules).toEqual(['PD-1', 'PU-1']);
    },
  );

  it('q48h from Monday 2026-01-05 to 2026-01-10 bills S9494 on the dose days 5, 7 and 9 only (dose-days default)', () => {
    const r = runOrders([{ schedule: 'q48h', start: '2026-01-05', stop: '2026-01-10' }]);
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
    expect(perDiemLines(r.lines).map((l) => l.code)).toEqual(['S9494', 'S9494', 'S9494']);
  });
});

describe('PD-2 pain management per diem', () => {
  it.each([
    ['continuous', 'q24h', 'S9326', 16500],
    ['intermittent', 'q6h', 'S9327', 13000],
    [undefined, 'q6h', 'S9325', 14000],
  ] as const)('delivery %s -> %s', (delivery, schedule, code, fee) => {
    const r = runOrders([
      { therapy: 'pain', drug: undefined, dose: undefined, schedule, delivery, start: '2026-01-05', stop: '2026-01-06' },
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.units, l.chargeCents, l.rules])).toEqual([
      ['2026-01-05', code, 1, fee, ['PD-2', 'PU-1']],
      ['2026-01-06', code, 1, fee, ['PD-2', 'PU-1']],
    ]);
  });

  it('a continuous schedule without a delivery is S9326', () => {
    const r = runOrders([{ therapy: 'pain', drug: undefined, dose: undefined, schedule: 'continuous', delivery: undefined }]);
    expect(new Set(perDiemLines(r.lines).map((l) => l.code))).toEqual(new Set(['S9326']));
  });

  it('cassette -> S9326 on the change day (PU-4)', () => {
    const r = runOrders([{ therapy: 'pain', drug: undefined, dose: undefined, schedule: 'continuous', delivery: 'cassette' }], {
      pumpEvents: [{ order: 'o1', date: '2026-01-06', kind: 'cassette-change' }],
    });
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.rules])).toEqual([['2026-01-06', 'S9326', ['PD-2', 'PU-4']]]);
  });

  it('implanted pump -> S9328 on the refill day (PU-3)', () => {
    const r = runOrders([{ therapy: 'pain', drug: undefined, dose: undefined, schedule: 'continuous', delivery: 'implanted-pump' }], {
      pumpEvents: [{ order: 'o1', date: '2026-01-07', kind: 'refill' }],
    });
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.chargeCents, l.rules])).toEqual([
      ['2026-01-07', 'S9328', 18000, ['PD-2', 'PU-3']],
    ]);
  });
});

describe('PD-3 chemotherapy per diem', () => {
  it.each([
    ['continuous', 'S9330', 27000],
    ['cassette', 'S9330', 27000],
    ['intermittent', 'S9331', 26000],
    [undefined, 'S9329', 25000],
  ] as const)('delivery %s -> %s', (delivery, code, fee) => {
    const r = runOrders(
      [{ therapy: 'chemotherapy', drug: undefined, dose: undefined, schedule: 'q24h', delivery, start: '2026-01-05', stop: '2026-01-05' }],
      { pumpEvents: [{ order: 'o1', date: '2026-01-05', kind: 'cassette-change' }] },
    );
    const lines = perDiemLines(r.lines);
    expect(lines.map((l) => [l.code, l.chargeCents])).toEqual([[code, fee]]);
    expect(lines[0]!.rules[0]).toBe('PD-3');
  });
});

describe('PD-4 TPN per diem by liters per day', () => {
  it.each([
    [0.5, 'S9365'],
    [1.0, 'S9365'],
    [1.5, 'S9366'],
    [2.0, 'S9366'],
    [2.5, 'S9367'],
    [3.0, 'S9367'],
    [3.5, 'S9368'],
    [undefined, 'S9364'],
  ] as const)('%s L/day -> %s', (litersPerDay, code) => {
    const r = runOrders([{ ...continuousPerDiem('tpn'), litersPerDay, stop: '2026-01-05' }]);
    const lines = perDiemLines(r.lines);
    expect(lines.map((l) => [l.date, l.code, l.units, l.rules])).toEqual([['2026-01-05', code, 1, ['PD-4', 'PU-1']]]);
  });
});

describe('PD-5 hydration per diem by liters per day', () => {
  it.each([
    [1.0, 'S9374', 12500],
    [1.5, 'S9375', 14500],
    [2.5, 'S9376', 16000],
    [3.5, 'S9377', 18500],
  ] as const)('continuous %s L/day -> %s', (litersPerDay, code, fee) => {
    const r = runOrders([{ ...continuousPerDiem('hydration'), litersPerDay, stop: '2026-01-05' }]);
    expect(perDiemLines(r.lines).map((l) => [l.code, l.chargeCents, l.rules])).toEqual([[code, fee, ['PD-5', 'PU-1']]]);
    expect(findingsFor(r, 'PD-5')).toEqual([]);
  });

  it('intermittent hydration -> S9373 whatever the liters, never S9374-S9377', () => {
    const r = runOrders([
      { therapy: 'hydration', drug: undefined, dose: undefined, schedule: 'q24h', delivery: 'intermittent', litersPerDay: 2.5 },
    ]);
    expect(new Set(perDiemLines(r.lines).map((l) => l.code))).toEqual(new Set(['S9373']));
  });

  it('continuous hydration without liters: no per diem and one PD-5 error finding', () => {
    const r = runOrders([{ therapy: 'hydration', drug: undefined, dose: undefined, schedule: 'continuous', delivery: 'continuous' }]);
    expect(perDiemLines(r.lines)).toEqual([]);
    const f = findingsFor(r, 'PD-5');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ patient: 'pt1', order: 'o1', severity: 'error' });
    expect(f[0]!.message).toMatch(/liters per day/);
  });
});

describe('PD-6 one code per remaining category', () => {
  it.each([
    ['corticosteroid', 'S9490'],
    ['hemodialysis', 'S9335'],
    ['anticoagulant', 'S9336'],
    ['immunotherapy', 'S9338'],
    ['enteral-pump', 'S9342'],
    ['anti-hemophilic', 'S9345'],
    ['inotropic', 'S9348'],
    ['infusion-noc', 'S9379'],
    ['irrigation', 'S9590'],
  ])('%s -> %s', (therapy, code) => {
    const r = runOrders([{ therapy, drug: undefined, dose: undefined, schedule: 'q24h', stop: '2026-01-05' }]);
    expect(perDiemLines(r.lines).map((l) => [l.code, l.rules])).toEqual([[code, ['PD-6', 'PU-1']]]);
  });

  it('an unknown therapy yields no per diem and a PD-6 error', () => {
    const r = runOrders([{ therapy: 'aromatherapy', drug: undefined, dose: undefined, schedule: 'q24h' }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'PD-6').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('PU-1 one per diem per dose day; continuous every day, both ends included', () => {
  it('continuous 2026-01-05..2026-01-11 bills 7 days including start and stop', () => {
    const r = runOrders([{ ...continuousPerDiem('tpn'), litersPerDay: 2, stop: '2026-01-11' }]);
    const lines = perDiemLines(r.lines);
    expect(datesOf(lines)).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-10', '2026-01-11']);
    expect(unitsOf(lines)).toBe(7);
  });

  it('q6h gives four doses but one per diem unit a day', () => {
    const r = runOrders([{ schedule: 'q6h', stop: '2026-01-05' }]);
    expect(perDiemLines(r.lines).map((l) => [l.code, l.units])).toEqual([['S9503', 1]]);
    // the drug counts the four doses: 4 x 1 g / 100 mg = 40 units
    expect(drugLines(r.lines).map((l) => [l.code, l.units, l.ndcQuantity])).toEqual([['J2185', 40, 4]]);
  });

  it('weekly:MO,WE,FR bills only the dose days', () => {
    const r = runOrders([{ schedule: 'weekly:MO,WE,FR', start: '2026-01-05', stop: '2026-01-11' }]);
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
  });

  it('an open order (no stop) bills to the end of the period', () => {
    const r = runOrders([{ schedule: 'q24h', start: '2026-01-28', stop: undefined }]);
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-28', '2026-01-29', '2026-01-30', '2026-01-31']);
  });

  it('an order clipped by the period bills only the days inside it', () => {
    const r = run(record(patient({ orders: [order({ start: '2026-01-05', stop: '2026-01-20' })] })), {
      from: '2026-01-18',
      to: '2026-01-25',
    });
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-18', '2026-01-19', '2026-01-20']);
  });

  it('an unreadable schedule bills nothing and names PU-1', () => {
    const r = runOrders([{ schedule: 'q5h' }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'PU-1').map((f) => [f.order, f.severity])).toEqual([['o1', 'error']]);
  });
});

describe('PU-2 no per diem on hold days', () => {
  it('an inpatient hold removes its days (per diem and drug) and yields one PU-2 finding', () => {
    const r = runOrders([{ schedule: 'q24h', start: '2026-01-05', stop: '2026-01-11' }], {
      holds: [{ from: '2026-01-07', to: '2026-01-09', reason: 'inpatient' }],
    });
    const billed = ['2026-01-05', '2026-01-06', '2026-01-10', '2026-01-11'];
    expect(datesOf(perDiemLines(r.lines))).toEqual(billed);
    expect(datesOf(drugLines(r.lines))).toEqual(billed);
    const f = findingsFor(r, 'PU-2');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ patient: 'pt1', order: 'o1', date: '2026-01-07', severity: 'info' });
    expect(f[0]!.message).toContain('2026-01-07 to 2026-01-09');
  });

  it('a hold outside the order gives neither a gap nor a finding', () => {
    const r = runOrders([{ schedule: 'q24h', start: '2026-01-05', stop: '2026-01-07' }], {
      holds: [{ from: '2026-01-20', to: '2026-01-22', reason: 'other' }],
    });
    expect(perDiemLines(r.lines)).toHaveLength(3);
    expect(findingsFor(r, 'PU-2')).toEqual([]);
  });

  it('a hold covering the whole order bills nothing', () => {
    const r = runOrders([{ schedule: 'q8h', start: '2026-01-05', stop: '2026-01-07' }], {
      holds: [{ from: '2026-01-01', to: '2026-01-31', reason: 'inpatient' }],
    });
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'PU-2')).toHaveLength(1);
  });
});

describe('PU-3 implanted pump: per diem only on refill, reprogram or repair days', () => {
  const pumpOrder = { ...PAIN_PER_DIEM, delivery: 'implanted-pump' as const, start: '2026-01-01', stop: '2026-01-31' };

  it('bills on refill, reprogram and repair days, not on a cassette-change event nor on other days', () => {
    const r = runOrders([pumpOrder], {
      pumpEvents: [
        { order: 'o1', date: '2026-01-03', kind: 'refill' },
        { order: 'o1', date: '2026-01-10', kind: 'reprogram' },
        { order: 'o1', date: '2026-01-17', kind: 'repair' },
        { order: 'o1', date: '2026-01-24', kind: 'cassette-change' },
        { order: 'other', date: '2026-01-25', kind: 'refill' },
      ],
    });
    const lines = perDiemLines(r.lines);
    expect(lines.map((l) => [l.date, l.code, l.units, l.rules])).toEqual([
      ['2026-01-03', 'S9328', 1, ['PD-2', 'PU-3']],
      ['2026-01-10', 'S9328', 1, ['PD-2', 'PU-3']],
      ['2026-01-17', 'S9328', 1, ['PD-2', 'PU-3']],
    ]);
  });

  it('no pump event in the period: no per diem and a PU-3 info finding', () => {
    const r = runOrders([pumpOrder]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'PU-3').map((f) => f.severity)).toEqual(['info']);
  });

  it('the drug follows the per diem to the refill day', () => {
    const r = runOrders(
      [{ ...pumpOrder, therapy: 'anti-infective', drug: 'vancomycin', dose: { amount: 1, unit: 'g' }, schedule: 'q12h' }],
      {
        pumpEvents: [{ order: 'o1', date: '2026-01-12', kind: 'refill' }],
      },
    );
    // Choice in orderDays: a refill day counts one dose, so 1 g / 500 mg = 2 units.
    expect(r.lines.map((l) => [l.date, l.kind, l.code, l.units])).toEqual([
      ['2026-01-12', 'per-diem', 'S9501', 1],
      ['2026-01-12', 'drug', 'J3370', 2],
    ]);
  });
});

describe('PU-4 cassette/reservoir: bill only on the change/refill day', () => {
  it('per diem, drug and the same-day visit on change days; a visit on another day is not billed and yields PU-4', () => {
    const r = runOrders(
      [
        {
          therapy: 'chemotherapy',
          drug: 'vancomycin',
          dose: { amount: 1, unit: 'g' },
          schedule: 'continuous',
          delivery: 'cassette',
          start: '2026-01-05',
          stop: '2026-01-18',
        },
      ],
      {
        pumpEvents: [
          { order: 'o1', date: '2026-01-05', kind: 'cassette-change' },
          { order: 'o1', date: '2026-01-12', kind: 'refill' },
        ],
        nursingVisits: [
          { date: '2026-01-05', minutes: 90, order: 'o1' },
          { date: '2026-01-08', minutes: 60, order: 'o1' },
        ],
      },
    );
    expect(r.lines.map((l) => [l.date, l.kind, l.code, l.units])).toEqual([
      ['2026-01-05', 'per-diem', 'S9330', 1],
      ['2026-01-05', 'drug', 'J3370', 2],
      ['2026-01-05', 'nursing', '99601', 1],
      ['2026-01-12', 'per-diem', 'S9330', 1],
      ['2026-01-12', 'drug', 'J3370', 2],
    ]);
    expect(perDiemLines(r.lines)[0]!.rules).toEqual(['PD-3', 'PU-4']);
    const f = findingsFor(r, 'PU-4');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ patient: 'pt1', order: 'o1', date: '2026-01-08', severity: 'warning' });
    expect(nursingLines(r.lines).map((l) => l.date)).toEqual(['2026-01-05']);
  });

  it('a cassette change on a hold day is not billed', () => {
    const r = runOrders([{ ...PAIN_PER_DIEM, delivery: 'cassette', start: '2026-01-05', stop: '2026-01-18' }], {
      pumpEvents: [
        { order: 'o1', date: '2026-01-06', kind: 'cassette-change' },
        { order: 'o1', date: '2026-01-09', kind: 'cassette-change' },
      ],
      holds: [{ from: '2026-01-08', to: '2026-01-10', reason: 'inpatient' }],
    });
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-06']);
  });
});

describe('orders without a drug still bill their per diem', () => {
  it('perDiemOnlyOrder: no drug line', () => {
    const r = run(record(patient({ orders: [perDiemOnlyOrder({ stop: '2026-01-05' })] })));
    expect(r.lines.map((l) => l.kind)).toEqual(['per-diem']);
  });
});
