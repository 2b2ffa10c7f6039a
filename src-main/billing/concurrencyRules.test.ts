import { describe, expect, it } from 'vitest';
import { brief, drugLines, findingsFor, order, patient, payer, perDiemLines, record, run, runOrders } from './testing/recordBuilders';

// MT-1 (rank concurrent per diems), MT-2 / PF-2 (SH/SJ charges), MT-3 (drug with its per diem), PF-3 (modifier 59).

const ONE_DAY = { start: '2026-01-05', stop: '2026-01-05', drug: undefined, dose: undefined };

describe('MT-1 ranking of concurrent per diems', () => {
  it('ranks by the payer fee, highest first: none, SH, SJ, SJ', () => {
    const r = runOrders([
      { ...ONE_DAY, id: 'a', schedule: 'q24h' }, // S9500 9000
      { ...ONE_DAY, id: 'b', therapy: 'tpn', schedule: 'continuous', delivery: 'continuous', litersPerDay: 2 }, // S9366 32000
      { ...ONE_DAY, id: 'c', schedule: 'q6h' }, // S9503 17500
      { ...ONE_DAY, id: 'd', therapy: 'hydration', schedule: 'continuous', delivery: 'continuous', litersPerDay: 1 }, // S9374 12500
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers, l.chargeCents, l.concurrencyRank])).toEqual([
      ['b', 'S9366', [], 32000, 1],
      ['c', 'S9503', ['SH'], 8750, 2],
      ['d', 'S9374', ['SJ'], 3125, 3],
      ['a', 'S9500', ['SJ'], 2250, 4],
    ]);
    for (const l of perDiemLines(r.lines)) expect(l.rules).toContain('MT-1');
  });

  it('ranks by fee, not by frequency: a payer paying more for q24h than q8h puts q24h first', () => {
    const p = payer({ feeOverrides: { S9500: 20000 } });
    const r = runOrders(
      [
        { ...ONE_DAY, id: 'q8', schedule: 'q8h' },
        { ...ONE_DAY, id: 'q24', schedule: 'q24h' },
      ],
      {},
      { payers: [p] },
    );
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers, l.chargeCents])).toEqual([
      ['q24', 'S9500', [], 20000],
      ['q8', 'S9502', ['SH'], 7500],
    ]);
  });

  it('tie on fee: more doses per day first', () => {
    const p = payer({ feeOverrides: { S9501: 15000 } }); // S9502 (q8h, 3 doses) and S9501 (q12h, 2 doses) both 15000
    const r = runOrders(
      [
        { ...ONE_DAY, id: 'a-q12', schedule: 'q12h', start: '2026-01-01' },
        { ...ONE_DAY, id: 'b-q8', schedule: 'q8h' },
      ],
      {},
      { payers: [p] },
    );
    expect(
      perDiemLines(r.lines)
        .filter((l) => l.date === '2026-01-05')
        .map((l) => [l.order, l.modifiers]),
    ).toEqual([
      ['b-q8', []],
      ['a-q12', ['SH']],
    ]);
  });

  it('tie on fee and doses: the earlier order start first', () => {
    const r = runOrders([
      { ...ONE_DAY, id: 'a', schedule: 'q8h', start: '2026-01-04' },
      { ...ONE_DAY, id: 'b', schedule: 'q8h', start: '2026-01-02' },
    ]);
    expect(
      perDiemLines(r.lines)
        .filter((l) => l.date === '2026-01-05')
        .map((l) => [l.order, l.modifiers]),
    ).toEqual([
      ['b', []],
      ['a', ['SH']],
    ]);
  });

  it('tie on fee, doses and start: the order id decides', () => {
    const r = runOrders([
      { ...ONE_DAY, id: 'zeta', schedule: 'q8h' },
      { ...ONE_DAY, id: 'alpha', schedule: 'q8h' },
      { ...ONE_DAY, id: 'mid', schedule: 'q8h' },
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.modifiers, l.chargeCents])).toEqual([
      ['alpha', [], 15000],
      ['mid', ['SH'], 7500],
      ['zeta', ['SJ'], 3750],
    ]);
  });

  it('three therapies -> none, SH, SJ, each followed by its own drug line', () => {
    const r = runOrders([
      { id: 'mero', schedule: 'q8h', stop: '2026-01-05' },
      { id: 'vanc', drug: 'vancomycin', schedule: 'q12h', stop: '2026-01-05' },
      {
        id: 'tpn',
        therapy: 'tpn',
        drug: 'lipids',
        dose: { amount: 50, unit: 'g' },
        schedule: 'continuous',
        delivery: 'continuous',
        litersPerDay: 1.5,
        stop: '2026-01-05',
      },
    ]);
    expect(r.lines.map((l) => [l.order, l.kind, l.code, l.modifiers])).toEqual([
      ['tpn', 'per-diem', 'S9366', []],
      ['tpn', 'drug', 'B4185', []],
      ['mero', 'per-diem', 'S9502', ['SH']],
      ['mero', 'drug', 'J2185', []],
      ['vanc', 'per-diem', 'S9501', ['SJ']],
      ['vanc', 'drug', 'J3370', []],
    ]);
  });

  it('a single therapy has no modifier and no MT-1/MT-2 rule', () => {
    const r = runOrders([{ ...ONE_DAY, schedule: 'q8h' }]);
    expect(perDiemLines(r.lines).map((l) => [l.modifiers, l.rules])).toEqual([[[], ['PD-1', 'PU-1']]]);
  });

  it('ranking is per day: on days with one therapy left it goes back to no modifier', () => {
    const r = runOrders([
      { id: 'mero', schedule: 'q8h', start: '2026-01-05', stop: '2026-01-07', drug: undefined, dose: undefined },
      { id: 'vanc', schedule: 'q12h', start: '2026-01-06', stop: '2026-01-08', drug: undefined, dose: undefined },
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.order, l.modifiers])).toEqual([
      ['2026-01-05', 'mero', []],
      ['2026-01-06', 'mero', []],
      ['2026-01-06', 'vanc', ['SH']],
      ['2026-01-07', 'mero', []],
      ['2026-01-07', 'vanc', ['SH']],
      ['2026-01-08', 'vanc', []],
    ]);
  });

  it('two patients on the same day are ranked separately', () => {
    const rec = record([
      patient({ id: 'p1', orders: [order({ ...ONE_DAY, schedule: 'q8h' })] }),
      patient({ id: 'p2', orders: [order({ ...ONE_DAY, schedule: 'q12h' })] }),
    ]);
    expect(perDiemLines(run(rec).lines).map((l) => [l.patient, l.code, l.modifiers])).toEqual([
      ['p1', 'S9502', []],
      ['p2', 'S9501', []],
    ]);
  });
});

describe('MT-2 / PF-2 SH and SJ charges', () => {
  const three = [
    { ...ONE_DAY, id: 'a', schedule: 'q4h' }, // S9504 19500
    { ...ONE_DAY, id: 'b', schedule: 'q8h' }, // S9502 15000
    { ...ONE_DAY, id: 'c', schedule: 'q12h' }, // S9501 12000
  ];

  it('default 50 % / 25 % of the code standard charge; feeCents keeps the standard fee', () => {
    const lines = perDiemLines(runOrders(three).lines);
    expect(lines.map((l) => [l.code, l.modifiers, l.chargeCents, l.feeCents])).toEqual([
      ['S9504', [], 19500, 19500],
      ['S9502', ['SH'], 7500, 15000],
      ['S9501', ['SJ'], 3000, 12000],
    ]);
    expect(lines.map((l) => l.rules.includes('MT-2'))).toEqual([false, true, true]);
  });

  it('BCBS Texas profile 50 % / 0 %: the SJ line is charged 0', () => {
    const texas = payer({ profile: { secondTherapyPercent: 50, thirdTherapyPercent: 0 } });
    const lines = perDiemLines(runOrders(three, {}, { payers: [texas] }).lines);
    expect(lines.map((l) => [l.code, l.modifiers, l.chargeCents])).toEqual([
      ['S9504', [], 19500],
      ['S9502', ['SH'], 7500],
      ['S9501', ['SJ'], 0],
    ]);
  });

  it('a 1/3 contract rounds to whole cents', () => {
    const p = payer({ profile: { secondTherapyPercent: 100 / 3, thirdTherapyPercent: 100 / 3 } });
    const lines = perDiemLines(runOrders(three, {}, { payers: [p] }).lines);
    expect(lines.map((l) => l.chargeCents)).toEqual([19500, 5000, 4000]);
  });

  it('drug and nursing charges are never reduced', () => {
    const r = runOrders(
      [
        { id: 'a', schedule: 'q4h', stop: '2026-01-05' },
        { id: 'b', drug: 'vancomycin', schedule: 'q12h', stop: '2026-01-05' },
      ],
      { nursingVisits: [{ date: '2026-01-05', minutes: 60 }] },
    );
    expect(r.lines.filter((l) => l.kind !== 'per-diem').map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['J2185', 60, 9000],
      ['J3370', 4, 2500],
      ['99601', 1, 18000],
    ]);
  });
});

describe('MT-3 per diem and its drug on the same claim', () => {
  it('drug lines carry MT-3, the per diem rank and the per diem payer when their per diem is billed', () => {
    const r = runOrders([
      { id: 'a', schedule: 'q8h', stop: '2026-01-05' },
      { id: 'b', drug: 'vancomycin', schedule: 'q12h', stop: '2026-01-05' },
    ]);
    const drugs = drugLines(r.lines);
    expect(drugs.map((l) => [l.order, l.rules.includes('MT-3'), l.concurrencyRank, l.payer])).toEqual([
      ['a', true, 1, 'bcbs'],
      ['b', true, 2, 'bcbs'],
    ]);
  });

  it('a drug billed without a per diem (DR-5) carries no MT-3', () => {
    const r = runOrders([
      { therapy: 'injectable-noc', drug: 'ceftriaxone', route: 'IM', administeredBy: 'nurse', schedule: 'q24h', stop: '2026-01-05' },
    ]);
    expect(r.lines.map((l) => [l.kind, l.rules.includes('MT-3'), l.concurrencyRank])).toEqual([['drug', false, undefined]]);
  });
});

describe('PF-3 modifier 59 with SH/SJ (BCBS North Carolina)', () => {
  it('adds 59 after SH and SJ, never on the first per diem', () => {
    const nc = payer({ profile: { modifier59WithConcurrent: true } });
    const r = runOrders(
      [
        { ...ONE_DAY, id: 'a', schedule: 'q4h' },
        { ...ONE_DAY, id: 'b', schedule: 'q8h' },
        { ...ONE_DAY, id: 'c', schedule: 'q12h' },
      ],
      {},
      { payers: [nc] },
    );
    expect(perDiemLines(r.lines).map((l) => l.modifiers)).toEqual([[], ['SH', '59'], ['SJ', '59']]);
    expect(perDiemLines(r.lines).map((l) => l.chargeCents)).toEqual([19500, 7500, 3000]);
  });

  it('a single therapy gets no 59', () => {
    const nc = payer({ profile: { modifier59WithConcurrent: true } });
    expect(perDiemLines(runOrders([{ ...ONE_DAY }], {}, { payers: [nc] }).lines).map(brief)).toEqual([
      { date: '2026-01-05', code: 'S9502', modifiers: [], units: 1, chargeCents: 15000, payer: 'bcbs', order: 'o1' },
    ]);
  });

  it('without the profile setting there is no 59', () => {
    const lines = perDiemLines(
      runOrders([
        { ...ONE_DAY, id: 'a', schedule: 'q4h' },
        { ...ONE_DAY, id: 'b' },
      ]).lines,
    );
    expect(lines.map((l) => l.modifiers)).toEqual([[], ['SH']]);
    expect(findingsFor(runOrders([{ ...ONE_DAY }]), 'PF-3')).toEqual([]);
  });
});
