import { describe, expect, it } from 'vitest';
import {
  ALL_FIVE_DOCUMENTS,
  brief,
  datesOf,
  drugLines,
  findingsFor,
  medicare,
  nursingLines,
  order,
  patient,
  payer,
  perDiemLines,
  record,
  run,
  runOrders,
} from './testing/recordBuilders';

// PY-1..PY-3 (payer and place), PF-1 / PF-6 / PF-7 (payer profiles), FS-1 (fees) and CV-1 (coverage).

const DAY = { start: '2026-01-05', stop: '2026-01-05' };

describe('PY-1 / PF-7 Medicare does not recognize S-codes', () => {
  const medicareThenCommercial = {
    coverages: [
      { payer: 'medicare', memberId: '1EG4TE5MK73', rank: 'primary' as const, from: '2026-01-01' },
      { payer: 'bcbs', memberId: 'M0001', rank: 'secondary' as const, from: '2026-01-01' },
    ],
    nursingVisits: [{ date: '2026-01-05', minutes: 60 }],
  };

  it('Medicare primary with a commercial secondary: per diem and drug go to the secondary, nursing to Medicare', () => {
    const r = runOrders([{ ...DAY }], medicareThenCommercial, { payers: [medicare(), payer()] });
    expect(r.lines.map((l) => [l.kind, l.code, l.payer, l.chargeCents])).toEqual([
      ['per-diem', 'S9502', 'bcbs', 15000],
      ['drug', 'J2185', 'bcbs', 4500],
      ['nursing', '99601', 'medicare', 18000],
    ]);
    expect(perDiemLines(r.lines)[0]!.rules).toEqual(['PD-1', 'PU-1', 'PY-1']);
    expect(drugLines(r.lines)[0]!.rules).toContain('MT-3');
    expect(nursingLines(r.lines)[0]!.rules).toEqual(['NU-1', 'PY-1']);
    const f = findingsFor(r, 'PY-1');
    expect(f.map((x) => [x.order, x.date, x.severity])).toEqual([
      [undefined, '2026-01-05', 'info'], // nursing: bill Medicare for the denial, then the secondary
      ['o1', '2026-01-05', 'info'], // per diem rerouted
    ]);
    expect(f.every((x) => x.severity !== 'error' && x.severity !== 'warning')).toBe(true);
  });

  it('Medicare only: no per diem, a PY-1 warning; the drug and nursing go to Medicare', () => {
    const r = runOrders(
      [{ ...DAY }],
      {
        coverages: [{ payer: 'medicare', memberId: '1EG4TE5MK73', rank: 'primary', from: '2026-01-01' }],
        nursingVisits: [{ date: '2026-01-05', minutes: 60 }],
      },
      { payers: [medicare()] },
    );
    expect(r.lines.map((l) => [l.kind, l.code, l.payer, l.rules])).toEqual([
      ['drug', 'J2185', 'medicare', ['DR-1', 'DR-1a', 'DR-2', 'DR-2a']],
      ['nursing', '99601', 'medicare', ['NU-1']],
    ]);
    expect(findingsFor(r, 'PY-1').map((f) => [f.order, f.severity])).toEqual([['o1', 'warning']]);
  });

  it('a commercial payer whose profile says recognizesSCodes: false is treated like Medicare', () => {
    const noS = payer({ profile: { recognizesSCodes: false } });
    const r = runOrders([{ ...DAY }], {}, { payers: [noS] });
    expect(perDiemLines(r.lines)).toEqual([]);
    expect(findingsFor(r, 'PY-1').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a Medicare payer whose profile says recognizesSCodes: true gets the per diem', () => {
    const r = runOrders(
      [{ ...DAY }],
      { coverages: [{ payer: 'medicare', memberId: 'X', rank: 'primary', from: '2026-01-01' }] },
      { payers: [medicare({ profile: { recognizesSCodes: true } })] },
    );
    expect(perDiemLines(r.lines).map((l) => [l.code, l.payer])).toEqual([['S9502', 'medicare']]);
  });
});

describe('PY-2 place of service: a skilled nursing facility is not home', () => {
  it('skilled-nursing-facility: no lines at all, one PY-2 error', () => {
    const r = runOrders([{}], { residence: 'skilled-nursing-facility', nursingVisits: [{ date: '2026-01-05', minutes: 60 }] });
    expect(r.lines).toEqual([]);
    expect(r.findings).toEqual([
      { patient: 'pt1', rule: 'PY-2', severity: 'error', message: expect.stringContaining('skilled nursing facility') },
    ]);
  });

  it.each(['home', 'relative-home', 'assisted-living', 'retirement-home', undefined])('residence %s is a home setting', (residence) => {
    const r = runOrders([{ ...DAY }], { residence });
    expect(r.lines.map((l) => l.code)).toEqual(['S9502', 'J2185']);
    expect(findingsFor(r, 'PY-2')).toEqual([]);
  });

  it('a SNF patient does not stop another patient from billing', () => {
    const rec = record([
      patient({ id: 'snf', residence: 'skilled-nursing-facility' }),
      patient({ id: 'home', orders: [order({ ...DAY })] }),
    ]);
    expect(run(rec).lines.map((l) => [l.patient, l.code])).toEqual([
      ['home', 'S9502'],
      ['home', 'J2185'],
    ]);
  });
});

describe('PY-3 documentation kept with each claim', () => {
  it('all five documents: no PY-3 finding', () => {
    expect(findingsFor(runOrders([{ ...DAY }]), 'PY-3')).toEqual([]);
  });

  it('missing documents: one warning naming exactly the missing kinds, lines still produced', () => {
    const docs = ALL_FIVE_DOCUMENTS.filter((k) => k !== 'plan-of-care' && k !== 'delivery-record').map((kind) => ({
      kind,
      date: '2026-01-04',
      reference: kind,
    }));
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-07', documents: docs }]);
    expect(r.lines).toHaveLength(6);
    expect(findingsFor(r, 'PY-3')).toEqual([
      { patient: 'pt1', order: 'o1', rule: 'PY-3', severity: 'warning', message: 'Documentation missing: plan-of-care, delivery-record.' },
    ]);
  });

  it('no documents at all lists all five in the contract order', () => {
    const r = runOrders([{ ...DAY, documents: undefined }]);
    expect(findingsFor(r, 'PY-3').map((f) => f.message)).toEqual([
      'Documentation missing: medication-order, plan-of-care, preparation-notes, administration-record, delivery-record.',
    ]);
  });

  it('an order that bills nothing in the period needs no documentation finding', () => {
    const r = runOrders([{ start: '2026-03-01', stop: '2026-03-05', documents: [] }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'PY-3')).toEqual([]);
  });
});

describe('PF-1 per diem days: dose-days or access-days', () => {
  const q48 = { schedule: 'q48h', start: '2026-01-05', stop: '2026-01-10' };

  it('dose-days (default): q48h bills only the dose days 5, 7, 9; the drug follows', () => {
    const r = runOrders([q48]);
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
    expect(datesOf(drugLines(r.lines))).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
    for (const l of perDiemLines(r.lines)) expect(l.rules).not.toContain('PF-1');
  });

  it('access-days: q48h bills a per diem every day from start to stop; the drug only on dose days', () => {
    const nhia = payer({ profile: { perDiemDays: 'access-days' } });
    const r = runOrders([q48], {}, { payers: [nhia] });
    const perDiems = perDiemLines(r.lines);
    expect(perDiems.map((l) => [l.date, l.code, l.units, l.chargeCents, l.rules])).toEqual([
      ['2026-01-05', 'S9494', 1, 11000, ['PD-1', 'PU-1']],
      ['2026-01-06', 'S9494', 1, 11000, ['PD-1', 'PU-1', 'PF-1']],
      ['2026-01-07', 'S9494', 1, 11000, ['PD-1', 'PU-1']],
      ['2026-01-08', 'S9494', 1, 11000, ['PD-1', 'PU-1', 'PF-1']],
      ['2026-01-09', 'S9494', 1, 11000, ['PD-1', 'PU-1']],
      ['2026-01-10', 'S9494', 1, 11000, ['PD-1', 'PU-1', 'PF-1']],
    ]);
    expect(drugLines(r.lines).map((l) => [l.date, l.units])).toEqual([
      ['2026-01-05', 10],
      ['2026-01-07', 10],
      ['2026-01-09', 10],
    ]);
  });

  it('access-days skip hold days', () => {
    const nhia = payer({ profile: { perDiemDays: 'access-days' } });
    const r = runOrders([q48], { holds: [{ from: '2026-01-06', to: '2026-01-07', reason: 'inpatient' }] }, { payers: [nhia] });
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-08', '2026-01-09', '2026-01-10']);
    expect(datesOf(drugLines(r.lines))).toEqual(['2026-01-05', '2026-01-09']);
  });

  it('access-days do not reach intervals longer than 72 hours: q10d bills only its dose days', () => {
    const nhia = payer({ profile: { perDiemDays: 'access-days' } });
    const r = runOrders([{ schedule: 'q10d', start: '2026-01-05', stop: '2026-01-31' }], {}, { payers: [nhia] });
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-15', '2026-01-25']);
  });

  it('access-days with weekly:MO,WE,FR (gaps of at most 3 days) bill every day', () => {
    const nhia = payer({ profile: { perDiemDays: 'access-days' } });
    const r = runOrders([{ schedule: 'weekly:MO,WE,FR', start: '2026-01-05', stop: '2026-01-11' }], {}, { payers: [nhia] });
    expect(perDiemLines(r.lines)).toHaveLength(7);
  });
});

describe('PF-6 prior authorization required', () => {
  const strict = payer({ profile: { requiresPriorAuth: true } });
  const five = { start: '2026-01-05', stop: '2026-01-09' };

  it('no authorization: an error finding (lines are still produced)', () => {
    const r = runOrders([five], {}, { payers: [strict] });
    expect(perDiemLines(r.lines)).toHaveLength(5);
    const f = findingsFor(r, 'PF-6');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ order: 'o1', date: '2026-01-05', severity: 'error' });
    expect(f[0]!.message).toMatch(/requires a prior authorization/);
  });

  it('authorization covering the dates and units: no finding', () => {
    const r = runOrders(
      [{ ...five, priorAuth: { number: 'PA-1', from: '2026-01-01', to: '2026-01-31', units: 5 } }],
      {},
      { payers: [strict] },
    );
    expect(findingsFor(r, 'PF-6')).toEqual([]);
  });

  it('lines outside the authorization dates: an error from the first such date', () => {
    const r = runOrders([{ ...five, priorAuth: { number: 'PA-1', from: '2026-01-01', to: '2026-01-07' } }], {}, { payers: [strict] });
    const f = findingsFor(r, 'PF-6');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ date: '2026-01-08', severity: 'error' });
    expect(f[0]!.message).toContain('PA-1');
  });

  it('per diem units over the authorization: an error from the first unit over', () => {
    const r = runOrders(
      [{ ...five, priorAuth: { number: 'PA-2', from: '2026-01-01', to: '2026-01-31', units: 3 } }],
      {},
      { payers: [strict] },
    );
    const f = findingsFor(r, 'PF-6');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ date: '2026-01-08', severity: 'error' });
    expect(f[0]!.message).toMatch(/exceed authorization PA-2 \(3 units\)/);
  });

  it('a payer without the setting never asks for an authorization', () => {
    expect(findingsFor(runOrders([five]), 'PF-6')).toEqual([]);
  });
});

describe('FS-1 every billed code needs a fee', () => {
  it('a missing per diem fee: the line is charged 0 and an FS-1 error names the code', () => {
    const r = runOrders([{ ...DAY }], {}, { payers: [payer({ withoutFees: ['S9502'] })] });
    expect(perDiemLines(r.lines).map(brief)).toEqual([
      { date: '2026-01-05', code: 'S9502', modifiers: [], units: 1, chargeCents: 0, payer: 'bcbs', order: 'o1' },
    ]);
    const f = findingsFor(r, 'FS-1');
    expect(f.map((x) => [x.order, x.date, x.severity])).toEqual([['o1', '2026-01-05', 'error']]);
    expect(f[0]!.message).toContain('S9502');
  });

  it('a missing drug fee: the drug line is charged 0, FS-1 error', () => {
    const r = runOrders([{ ...DAY }], {}, { payers: [payer({ withoutFees: ['J2185'] })] });
    expect(drugLines(r.lines).map((l) => [l.units, l.chargeCents])).toEqual([[30, 0]]);
    expect(findingsFor(r, 'FS-1').map((f) => f.message)).toEqual([expect.stringContaining('J2185')]);
  });

  it('a missing nursing fee: FS-1 error for 99602', () => {
    const r = runOrders(
      [{ ...DAY }],
      { nursingVisits: [{ date: '2026-01-05', minutes: 200 }] },
      { payers: [payer({ withoutFees: ['99602'] })] },
    );
    expect(nursingLines(r.lines).map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['99601', 1, 18000],
      ['99602', 1, 0],
    ]);
    expect(findingsFor(r, 'FS-1').map((f) => f.message)).toEqual([expect.stringContaining('99602')]);
  });

  it('a fee that starts after the date of service does not count', () => {
    const late = payer({
      fees: [...payer().fees.filter((f) => f.hcpcs !== 'S9502'), { hcpcs: 'S9502', cents: 15000, from: '2026-01-06' }],
    });
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-06' }], {}, { payers: [late] });
    expect(perDiemLines(r.lines).map((l) => [l.date, l.chargeCents])).toEqual([
      ['2026-01-05', 0],
      ['2026-01-06', 15000],
    ]);
    expect(findingsFor(r, 'FS-1').map((f) => f.date)).toEqual(['2026-01-05']);
  });

  it('the latest fee row in force wins', () => {
    const p = payer({ fees: [...payer().fees, { hcpcs: 'S9502', cents: 16000, from: '2026-01-06' }] });
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-06' }], {}, { payers: [p] });
    expect(perDiemLines(r.lines).map((l) => l.chargeCents)).toEqual([15000, 16000]);
  });
});

describe('CV-1 a line needs coverage on its date', () => {
  it('no coverage at all: no lines, CV-1 errors for the order days and the nursing visit', () => {
    const r = runOrders([{ ...DAY }], { coverages: [], nursingVisits: [{ date: '2026-01-05', minutes: 60 }] });
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'CV-1').map((f) => [f.order, f.date, f.severity])).toEqual([
      [undefined, '2026-01-05', 'error'],
      ['o1', '2026-01-05', 'error'],
    ]);
  });

  it('coverage ending mid-order: days after it are not billed', () => {
    const r = runOrders([{ start: '2026-01-05', stop: '2026-01-09' }], {
      coverages: [{ payer: 'bcbs', memberId: 'M', rank: 'primary', from: '2026-01-01', to: '2026-01-07' }],
    });
    expect(datesOf(perDiemLines(r.lines))).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    const f = findingsFor(r, 'CV-1');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ order: 'o1', date: '2026-01-08', severity: 'error' });
  });

  it('a coverage naming an unknown payer counts as none', () => {
    const r = runOrders([{ ...DAY }], { coverages: [{ payer: 'ghost', memberId: 'M', rank: 'primary', from: '2026-01-01' }] });
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'CV-1')).toHaveLength(1);
  });
});
