import { describe, expect, it } from 'vitest';
import {
  allDrugs,
  codes,
  ENOXAPARIN_SUBQ,
  one,
  order,
  patient,
  payer,
  perDiemLines,
  record,
  rulesOf,
  run,
  runOrders,
  SELF_FACTOR,
} from './testing/recordBuilders';
import type { OrderRecord } from './billingRecord';

// DR, BU, NU, PY and PF rules of BILLING-RULES.md, Dripline's own checks, and the IDSA worked example.

describe('DR: drug lines', () => {
  it('DR-1 / DR-1a: vancomycin 1.25 g q12h is J3370 x5 a day (rounded once on the day total, not 6)', () => {
    const drug = one({
      drug: 'vancomycin',
      dose: { amount: 1.25, unit: 'g' },
      schedule: 'q12h',
      start: '2026-01-05',
      stop: '2026-01-05',
    }).lines.find((l) => l.kind === 'drug')!;
    expect([drug.code, drug.units, drug.chargeCents]).toEqual(['J3370', 5, 3125]);
  });
  it('DR-2 / DR-2a: NDC with its quantity in whole NDC units per dose', () => {
    // The vial's NDC is given here so the expected NDC below stays this test's own.
    const drugs = allDrugs().map((d) => (d.id === 'vancomycin' ? { ...d, ndc: '99999033702' } : d));
    const drug = runOrders(
      [{ drug: 'vancomycin', dose: { amount: 1.25, unit: 'g' }, schedule: 'q12h', start: '2026-01-05', stop: '2026-01-05' }],
      {},
      { drugs },
    ).lines.find((l) => l.kind === 'drug')!;
    expect([drug.ndc, drug.ndcQuantity, drug.ndcUnit]).toEqual(['99999033702', 4, 'UN']);
    expect(drug.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'MT-3']);
  });
  it('DR-3 oral, inhaled and topical therapy is not home infusion: no lines, a finding', () => {
    for (const over of [{ route: 'oral' }, { route: 'inhaled' }, { drug: 'amoxicillin', dose: { amount: 500, unit: 'mg' as const } }]) {
      const r = one(over);
      expect(r.lines).toEqual([]);
      expect(rulesOf(r)).toContain('DR-3');
    }
  });
  it('DR-4 self-administered: an IV therapy is billed, a SubQ injectable is not, except factor products', () => {
    const selfIv = one({ administeredBy: 'self', start: '2026-01-05', stop: '2026-01-05' });
    expect(codes(selfIv.lines)).toEqual(['S9502', 'J2185']);
    expect(rulesOf(selfIv)).not.toContain('DR-4');
    const self = one({ administeredBy: 'self', route: 'SubQ', therapy: 'anticoagulant-injection', drug: 'enoxaparin' });
    expect(self.lines).toEqual([]);
    expect(rulesOf(self)).toContain('DR-4');
    const factor = one(SELF_FACTOR);
    expect(codes(factor.lines)).toEqual(['S9345', 'J7190']);
  });
  it('DR-4 a SubQ injection given by a caregiver is billed only on days with an IV per diem', () => {
    const r = run(
      record([
        patient({
          orders: [
            order({ id: 'iv', start: '2026-01-05', stop: '2026-01-06' }),
            order({ id: 'inj', ...ENOXAPARIN_SUBQ, delivery: undefined, start: '2026-01-05', stop: '2026-01-07' }),
          ],
        }),
      ]),
    );
    expect(r.lines.filter((l) => l.order === 'inj').map((l) => [l.date, l.code])).toEqual([
      ['2026-01-05', 'S9372'],
      ['2026-01-05', 'J1650'],
      ['2026-01-06', 'S9372'],
      ['2026-01-06', 'J1650'],
    ]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'DR-4', order: 'inj', date: '2026-01-07' }));
  });
  it('DR-5 incidental per diem (S9542): the drug is billed alone', () => {
    const r = one({ therapy: 'injectable-noc', schedule: 'q24h', start: '2026-01-05', stop: '2026-01-05' });
    expect(r.lines.map((l) => l.code)).toEqual(['J2185']);
    expect(rulesOf(r)).toContain('DR-5');
  });
});

describe('BU: bundled items', () => {
  it('BU-1 supplies and the heparin lock flush are never billed on their own', () => {
    const r = run(
      record([
        patient({
          orders: [
            order(),
            order({
              id: 'flush',
              therapy: 'supply',
              drug: 'heparinFlush',
              dose: { amount: 500, unit: 'units' },
              schedule: 'q24h',
              purpose: 'line-care',
            }),
          ],
        }),
      ]),
    );
    expect(r.lines.filter((l) => l.order === 'flush')).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'BU-1', order: 'flush' }));
  });
  it('BU-1 an order of therapy "supply" is bundled whatever drug it names', () => {
    const r = run(record([patient({ orders: [order(), order({ id: 'kit', therapy: 'supply', drug: 'vancomycin', schedule: 'q24h' })] })]));
    expect(r.lines.filter((l) => l.order === 'kit')).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'BU-1', order: 'kit' }));
  });
  it('BU-2 an IV solution is billable for hydration and bundled as line care', () => {
    // One day of saline: what it is for decides whether it is billed.
    const saline = (over: Partial<OrderRecord>) => one({ drug: 'saline', start: '2026-01-05', stop: '2026-01-05', ...over });
    const hydration = saline({
      therapy: 'hydration',
      dose: { amount: 2000, unit: 'mL' },
      schedule: 'q24h',
      delivery: 'continuous',
      litersPerDay: 2,
    });
    expect(hydration.lines.map((l) => [l.code, l.units])).toEqual([
      ['S9375', 1],
      ['J7050', 8],
    ]);
    const lineCare = saline({ therapy: 'anti-infective', dose: { amount: 250, unit: 'mL' }, purpose: 'line-care' });
    expect(lineCare.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(rulesOf(lineCare)).toContain('BU-2');
  });
  it('BU-3 the TPN per diem includes standard amino acids but not lipids', () => {
    const r = run(
      record([
        patient({
          orders: [
            order({
              id: 'tpn',
              therapy: 'tpn',
              drug: 'aminoAcids',
              dose: { amount: 1000, unit: 'mL' },
              schedule: 'continuous',
              delivery: 'continuous',
              litersPerDay: 1.5,
              start: '2026-01-05',
              stop: '2026-01-05',
            }),
            order({
              id: 'lip',
              therapy: 'tpn',
              drug: 'lipids',
              dose: { amount: 50, unit: 'g' },
              schedule: 'continuous',
              delivery: 'continuous',
              litersPerDay: 0.25,
              start: '2026-01-05',
              stop: '2026-01-05',
            }),
          ],
        }),
      ]),
    );
    expect(r.lines.filter((l) => l.kind === 'drug').map((l) => l.code)).toEqual(['B4185']);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'BU-3', order: 'tpn' }));
  });
});

describe('NU: nursing', () => {
  const visits = (...minutes: number[]) =>
    one({}, { nursingVisits: minutes.map((m) => ({ date: '2026-01-05', minutes: m })) }).lines.filter((l) => l.kind === 'nursing');
  it.each([
    [60, 0],
    [120, 0],
    [150, 0],
    [151, 1],
    [180, 1],
    [220, 2],
    [240, 2],
    [271, 3],
  ])('NU-1 a %i-minute visit: 99601 x1 and 99602 x%i', (minutes, extra) => {
    const lines = visits(minutes);
    expect(lines.map((l) => [l.code, l.units])).toEqual(
      extra === 0
        ? [['99601', 1]]
        : [
            ['99601', 1],
            ['99602', extra],
          ],
    );
  });
  it('NU-2 two visits on one day are one encounter: one 99601, 99602 on the total', () => {
    const lines = visits(90, 90);
    expect(lines.map((l) => [l.code, l.units, l.rules])).toEqual([
      ['99601', 1, ['NU-1', 'NU-2']],
      ['99602', 1, ['NU-1', 'NU-2']],
    ]);
  });
});

describe('PY: payer and place', () => {
  const medicare = payer({ id: 'mcr', name: 'Medicare', kind: 'medicare', profile: { recognizesSCodes: false } });
  it('PY-1 Medicare only: no per diem, a warning; the drug still bills', () => {
    const r = run(
      record([patient({ coverages: [{ payer: 'mcr', memberId: 'X', rank: 'primary', from: '2026-01-01' }] })], { payers: [medicare] }),
      {
        from: '2026-01-05',
        to: '2026-01-05',
      },
    );
    expect(r.lines.map((l) => [l.code, l.payer])).toEqual([['J2185', 'mcr']]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PY-1', severity: 'warning' }));
  });
  it('PY-1 Medicare with a secondary: per diem and drug to the secondary, nursing to Medicare for the denial', () => {
    const r = run(
      record(
        [
          patient({
            coverages: [
              { payer: 'mcr', memberId: 'X', rank: 'primary', from: '2026-01-01' },
              { payer: 'comm', memberId: 'Y', rank: 'secondary', from: '2026-01-01' },
            ],
            nursingVisits: [{ date: '2026-01-05', minutes: 60 }],
          }),
        ],
        { payers: [medicare, payer({ id: 'comm' })] },
      ),
      { from: '2026-01-05', to: '2026-01-05' },
    );
    expect(r.lines.map((l) => [l.code, l.payer])).toEqual([
      ['S9502', 'comm'],
      ['J2185', 'comm'],
      ['99601', 'mcr'],
    ]);
    expect(r.lines[0]!.rules).toContain('PY-1');
    expect(r.lines[2]!.rules).toContain('PY-1');
  });
  it('PY-2 a patient in a skilled nursing facility gets no home infusion lines', () => {
    const r = one({}, { residence: 'skilled-nursing-facility' });
    expect(r.lines).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PY-2', severity: 'error' }));
  });
  it('PY-3 missing documentation is named, kind by kind', () => {
    const r = one({ documents: [{ kind: 'medication-order', date: '2026-01-05', reference: 'RX' }] });
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'PY-3',
        message: 'Documentation missing: plan-of-care, preparation-notes, administration-record, delivery-record.',
      }),
    );
  });
});

describe('PF: payer profiles', () => {
  it('PF-1 access days bill a per diem every day for q48h, the drug only on dose days; dose days (default) only dose days', () => {
    const q48 = { schedule: 'q48h', start: '2026-01-05', stop: '2026-01-09' };
    const access = run(record([patient({ orders: [order(q48)] })], { payers: [payer({ profile: { perDiemDays: 'access-days' } })] }));
    expect(perDiemLines(access.lines).map((l) => l.date)).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09']);
    expect(access.lines.filter((l) => l.kind === 'drug').map((l) => l.date)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
    expect(perDiemLines(access.lines)[1]!.rules).toContain('PF-1');
    expect(perDiemLines(one(q48).lines).map((l) => l.date)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
  });
  it('PF-1 access days do not apply beyond 72 hours (q1w stays on dose days)', () => {
    const r = run(
      record([patient({ orders: [order({ schedule: 'q1w', start: '2026-01-05', stop: '2026-01-20' })] })], {
        payers: [payer({ profile: { perDiemDays: 'access-days' } })],
      }),
    );
    expect(perDiemLines(r.lines).map((l) => l.date)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
  });
  it('PF-2 / PF-3 rates and modifier 59 from the profile', () => {
    const r = run(
      record([patient({ orders: [order({ id: 'a' }), order({ id: 'b', schedule: 'q12h' })] })], {
        payers: [payer({ profile: { secondTherapyPercent: 33, modifier59WithConcurrent: true } })],
      }),
      { from: '2026-01-05', to: '2026-01-05' },
    );
    expect(perDiemLines(r.lines).map((l) => [l.modifiers, l.chargeCents])).toEqual([
      [[], 15000],
      [['SH', '59'], 3960],
    ]);
  });
  it('PF-5 nursing limits cap a day at 4 hours', () => {
    const r = run(
      record([patient({ nursingVisits: [{ date: '2026-01-05', minutes: 330 }] })], {
        payers: [payer({ profile: { nursingLimits: true } })],
      }),
      { from: '2026-01-05', to: '2026-01-05' },
    );
    expect(r.lines.filter((l) => l.kind === 'nursing').map((l) => [l.code, l.units])).toEqual([
      ['99601', 1],
      ['99602', 2],
    ]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'PF-5', message: expect.stringContaining('240 of 330 minutes') }));
  });
  it('PF-6 prior authorization: none, outside its dates, or over its units is an error', () => {
    const strict = payer({ name: 'Commercial Plan', profile: { requiresPriorAuth: true } });
    const none = run(record([patient({ orders: [order({ stop: '2026-01-07' })] })], { payers: [strict] }));
    expect(none.findings).toContainEqual(
      expect.objectContaining({
        rule: 'PF-6',
        message: 'Commercial Plan requires a prior authorization and the order has none. (3 days from 2026-01-05)',
      }),
    );
    const outside = run(
      record([patient({ orders: [order({ stop: '2026-01-07', priorAuth: { number: 'PA1', from: '2026-01-06', to: '2026-01-31' } })] })], {
        payers: [strict],
      }),
    );
    expect(outside.findings).toContainEqual(expect.objectContaining({ rule: 'PF-6', date: '2026-01-05' }));
    const over = run(
      record(
        [
          patient({
            orders: [order({ stop: '2026-01-07', priorAuth: { number: 'PA1', from: '2026-01-01', to: '2026-01-31', units: 2 } })],
          }),
        ],
        { payers: [strict] },
      ),
    );
    expect(over.findings).toContainEqual(
      expect.objectContaining({ rule: 'PF-6', date: '2026-01-07', message: 'Per diem units exceed authorization PA1 (2 units).' }),
    );
  });
  it('PF-7 Medicare by kind does not recognize S-codes even without a profile', () => {
    const r = run(
      record([patient({ coverages: [{ payer: 'mcr', memberId: 'X', rank: 'primary', from: '2026-01-01' }] })], {
        payers: [payer({ id: 'mcr', kind: 'medicare' })],
      }),
    );
    expect(perDiemLines(r.lines)).toEqual([]);
  });
});

describe('Dripline checks', () => {
  it('FS-1 a code without a fee is charged 0 and flagged as an error', () => {
    const r = run(record([patient()], { payers: [payer({ fees: payer().fees.filter((f) => f.hcpcs !== 'J2185') })] }));
    expect(r.lines.filter((l) => l.code === 'J2185').every((l) => l.chargeCents === 0)).toBe(true);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'FS-1', severity: 'error' }));
  });
  it('CV-1 no coverage active: nothing billed, an error', () => {
    const r = one({}, { coverages: [{ payer: 'bcbs', memberId: 'M', rank: 'primary', from: '2026-02-01' }] });
    expect(r.lines).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'CV-1', severity: 'error' }));
  });
  it('UN-1 a dose in mL for a drug billed per mg cannot be converted: no drug line, an error', () => {
    const r = one({ dose: { amount: 10, unit: 'mL' }, start: '2026-01-05', stop: '2026-01-05' });
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'UN-1' }));
  });
});

describe('the IDSA worked example', () => {
  it('meropenem 1 g q8h + vancomycin 1 g q12h, with a 220-minute visit on the first day', () => {
    const idsaPayer = payer({
      id: 'bcbs',
      fees: Object.entries({ S9502: 15000, S9501: 12000, J2185: 150, J3370: 625, '99601': 18000, '99602': 7500 }).map(([hcpcs, cents]) => ({
        hcpcs,
        cents,
        from: '1900-01-01',
      })),
    });
    const r = run(
      record(
        [
          patient({
            coverages: [{ payer: 'bcbs', memberId: 'M', rank: 'primary', from: '2026-01-01' }],
            orders: [order({ id: 'mero' }), order({ id: 'vanc', drug: 'vancomycin', schedule: 'q12h' })],
            nursingVisits: [{ date: '2026-01-05', minutes: 220 }],
          }),
        ],
        { payers: [idsaPayer] },
      ),
      { from: '2026-01-05', to: '2026-01-07' },
    );
    const day = (date: string) =>
      r.lines.filter((l) => l.date === date).map((l) => [l.code, l.modifiers.join(''), l.units, l.chargeCents, l.ndcQuantity ?? null]);
    const therapyDay = [
      ['S9502', '', 1, 15000, null],
      ['J2185', '', 30, 4500, 3],
      ['S9501', 'SH', 1, 6000, null],
      ['J3370', '', 4, 2500, 2],
    ];
    expect(day('2026-01-05')).toEqual([...therapyDay, ['99601', '', 1, 18000, null], ['99602', '', 2, 15000, null]]);
    expect(day('2026-01-06')).toEqual(therapyDay);
    expect(day('2026-01-07')).toEqual(therapyDay);
  });
});
