import { describe, expect, it } from 'vitest';
import {
  allDrugs,
  brief,
  drug,
  drugLines,
  ENOXAPARIN_SUBQ,
  findingsFor,
  HYDRATION_1L,
  perDiemLines,
  runOrders,
  SELF_FACTOR,
} from './testing/recordBuilders';

// DR-1..DR-5 (drug lines), BU-1..BU-4 (bundled items) and UN-1 (dose conversion), BILLING-RULES.md.

const DAY = { start: '2026-01-05', stop: '2026-01-05' };

describe('DR-1 / DR-1a drug units per day', () => {
  it('meropenem 1 g q8h -> J2185 x30 (3000 mg / 100 mg) at 150 cents', () => {
    const [line] = drugLines(runOrders([{ ...DAY }]).lines);
    expect([line!.code, line!.units, line!.chargeCents, line!.feeCents]).toEqual(['J2185', 30, 4500, 150]);
    expect(line!.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'MT-3']);
  });

  it('vancomycin 1 g q12h -> J3370 x4', () => {
    const [line] = drugLines(runOrders([{ ...DAY, drug: 'vancomycin', schedule: 'q12h' }]).lines);
    expect([line!.code, line!.units, line!.chargeCents]).toEqual(['J3370', 4, 2500]);
  });

  it('vancomycin 1.25 g q12h -> J3370 x5, rounded once on the day total (not 2 x ceil(2.5) = 6)', () => {
    const [line] = drugLines(runOrders([{ ...DAY, drug: 'vancomycin', dose: { amount: 1.25, unit: 'g' }, schedule: 'q12h' }]).lines);
    expect([line!.code, line!.units, line!.chargeCents]).toEqual(['J3370', 5, 3125]);
  });

  it('vancomycin 1.25 g q24h -> J3370 x3 (2.5 rounded up)', () => {
    const [line] = drugLines(runOrders([{ ...DAY, drug: 'vancomycin', dose: { amount: 1.25, unit: 'g' }, schedule: 'q24h' }]).lines);
    expect(line!.units).toBe(3);
  });

  it('vancomycin 750 mg q8h -> 2250 mg / 500 mg = 4.5 -> 5 units', () => {
    const [line] = drugLines(runOrders([{ ...DAY, drug: 'vancomycin', dose: { amount: 750, unit: 'mg' }, schedule: 'q8h' }]).lines);
    expect(line!.units).toBe(5);
  });

  it('enoxaparin 40 mg -> J1650 x4 (per 10 mg); mcg doses convert', () => {
    const nurse = {
      ...DAY,
      therapy: 'anticoagulant-injection',
      drug: 'enoxaparin',
      route: 'SubQ',
      administeredBy: 'nurse' as const,
      schedule: 'q24h',
    };
    expect(drugLines(runOrders([{ ...nurse, dose: { amount: 40, unit: 'mg' } }]).lines).map((l) => l.units)).toEqual([4]);
    expect(drugLines(runOrders([{ ...nurse, dose: { amount: 40000, unit: 'mcg' } }]).lines).map((l) => l.units)).toEqual([4]);
  });

  it('a drug line appears on every dose day, one per day', () => {
    const lines = drugLines(runOrders([{ start: '2026-01-05', stop: '2026-01-09' }]).lines);
    expect(lines.map((l) => [l.date, l.units])).toEqual([
      ['2026-01-05', 30],
      ['2026-01-06', 30],
      ['2026-01-07', 30],
      ['2026-01-08', 30],
      ['2026-01-09', 30],
    ]);
  });

  it('an order naming a drug that is not in the catalog bills nothing: DR-1 error', () => {
    const r = runOrders([{ ...DAY, drug: 'unobtainium' }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'DR-1').map((f) => [f.order, f.severity])).toEqual([['o1', 'error']]);
  });
});

describe('DR-2 / DR-2a NDC and NDC quantity', () => {
  it('meropenem 1 g vials q8h: NDC 63323050720, 3 UN', () => {
    const [line] = drugLines(runOrders([{ ...DAY }]).lines);
    expect([line!.ndc, line!.ndcQuantity, line!.ndcUnit]).toEqual(['63323050720', 3, 'UN']);
    expect(line!.ndc).toMatch(/^\d{11}$/);
  });

  it('vancomycin 1.25 g q12h from 1 g vials: 2 x ceil(1.25) = 4 UN while the HCPCS units are 5', () => {
    const [line] = drugLines(runOrders([{ ...DAY, drug: 'vancomycin', dose: { amount: 1.25, unit: 'g' }, schedule: 'q12h' }]).lines);
    expect([line!.units, line!.ndcQuantity, line!.ndcUnit]).toEqual([5, 4, 'UN']);
  });

  it('meropenem 500 mg q6h from 1 g vials: 4 doses x 1 vial = 4 UN, 20 HCPCS units', () => {
    const [line] = drugLines(runOrders([{ ...DAY, dose: { amount: 500, unit: 'mg' }, schedule: 'q6h' }]).lines);
    expect([line!.units, line!.ndcQuantity, line!.ndcUnit]).toEqual([20, 4, 'UN']);
  });

  it('lipids 50 g a day in a 20 % emulsion: 250 ML', () => {
    const r = runOrders([
      {
        ...DAY,
        therapy: 'tpn',
        drug: 'lipids',
        dose: { amount: 50, unit: 'g' },
        schedule: 'continuous',
        delivery: 'continuous',
        litersPerDay: 1,
      },
    ]);
    expect(drugLines(r.lines).map((l) => [l.code, l.units, l.ndcQuantity, l.ndcUnit])).toEqual([['B4185', 5, 250, 'ML']]);
  });
});

describe('DR-3 not reimbursable as home infusion', () => {
  it.each(['oral', 'inhaled', 'topical'])('route %s -> no lines and a DR-3 warning', (route) => {
    const r = runOrders([{ route }], { nursingVisits: [] });
    expect(r.lines).toEqual([]);
    const f = findingsFor(r, 'DR-3');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ patient: 'pt1', order: 'o1', severity: 'warning' });
  });

  it('an oral drug form given by an IV route is still not home infusion', () => {
    const r = runOrders([{ drug: 'amoxicillin', dose: { amount: 500, unit: 'mg' } }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'DR-3')[0]!.message).toMatch(/^Oral/);
  });

  it('the other orders of the patient still bill', () => {
    const r = runOrders([
      { id: 'po', route: 'oral', ...DAY },
      { id: 'iv', ...DAY },
    ]);
    expect(r.lines.map((l) => [l.order, l.code])).toEqual([
      ['iv', 'S9502'],
      ['iv', 'J2185'],
    ]);
  });
});

describe('DR-4 self-administered and SubQ/IM injectables', () => {
  it('DR-4 (new text): a self-administered IV therapy is ordinary home infusion, billed in full, no DR-4 finding', () => {
    const r = runOrders([{ ...DAY, administeredBy: 'self' }]);
    expect(r.lines.map((l) => [l.code, l.modifiers, l.units, l.chargeCents])).toEqual([
      ['S9502', [], 1, 15000],
      ['J2185', [], 30, 4500],
    ]);
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });

  it('self-administered factor (anti-hemophilic) is the exception: billed', () => {
    const r = runOrders([{ ...DAY, ...SELF_FACTOR }]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents, l.ndcQuantity])).toEqual([
      ['S9345', 1, 40000, undefined],
      ['J7190', 3000, 360000, 3],
    ]);
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });

  it('a SubQ caregiver injection is billed only on days with an IV per diem', () => {
    const r = runOrders([
      { id: 'iv', schedule: 'q24h', start: '2026-01-05', stop: '2026-01-07' },
      { id: 'enox', ...ENOXAPARIN_SUBQ, administeredBy: 'caregiver', start: '2026-01-05', stop: '2026-01-09' },
    ]);
    const enox = r.lines.filter((l) => l.order === 'enox');
    expect(enox.map((l) => [l.date, l.kind, l.code, l.units])).toEqual([
      ['2026-01-05', 'per-diem', 'S9372', 1],
      ['2026-01-05', 'drug', 'J1650', 4],
      ['2026-01-06', 'per-diem', 'S9372', 1],
      ['2026-01-06', 'drug', 'J1650', 4],
      ['2026-01-07', 'per-diem', 'S9372', 1],
      ['2026-01-07', 'drug', 'J1650', 4],
    ]);
    const f = findingsFor(r, 'DR-4');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ order: 'enox', date: '2026-01-08', severity: 'warning' });
    expect(f[0]!.message).toMatch(/\(2 days from 2026-01-08\)$/);
  });

  it('a SubQ caregiver injection alone: nothing billed', () => {
    const r = runOrders([{ ...ENOXAPARIN_SUBQ, ...DAY }]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'DR-4')).toHaveLength(1);
  });

  it('a SubQ injection a registered nurse must give is billed without an IV therapy', () => {
    const r = runOrders([{ ...ENOXAPARIN_SUBQ, administeredBy: 'nurse', ...DAY }]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9372', 1, 6500],
      ['J1650', 4, 840],
    ]);
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });

  it('an IM caregiver injection on a day with a SubQ-only per diem is not billed (the other therapy must be IV)', () => {
    const r = runOrders([
      { id: 'sq', ...ENOXAPARIN_SUBQ, administeredBy: 'nurse', ...DAY },
      {
        id: 'im',
        therapy: 'antiemetic-injection',
        drug: undefined,
        dose: undefined,
        route: 'IM',
        administeredBy: 'caregiver',
        schedule: 'q24h',
        ...DAY,
      },
    ]);
    expect(r.lines.filter((l) => l.order === 'im')).toEqual([]);
  });
});

describe('DR-5 incidental per diems: bill the drug only', () => {
  it('injectable-noc (S9542): no per diem, the drug line alone, a DR-5 info finding', () => {
    const r = runOrders([{ ...DAY, therapy: 'injectable-noc', drug: 'ceftriaxone', dose: { amount: 1, unit: 'g' }, schedule: 'q24h' }]);
    expect(r.lines.map(brief)).toEqual([
      {
        date: '2026-01-05',
        code: 'J0696',
        modifiers: [],
        units: 4,
        chargeCents: 1200,
        payer: 'bcbs',
        order: 'o1',
        ndc: '00409733201',
        ndcQuantity: 1,
        ndcUnit: 'UN',
      },
    ]);
    expect(r.lines[0]!.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a']);
    const f = findingsFor(r, 'DR-5');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ order: 'o1', date: '2026-01-05', severity: 'info' });
    expect(f[0]!.message).toContain('S9542');
  });

  it.each(['hematopoietic-injection', 'growth-hormone', 'interferon', 'hormonal-injection', 'palivizumab'])(
    '%s: no per diem line',
    (therapy) => {
      const r = runOrders([{ ...DAY, therapy, drug: undefined, dose: undefined, schedule: 'q24h' }]);
      expect(perDiemLines(r.lines)).toEqual([]);
      expect(findingsFor(r, 'DR-5')).toHaveLength(1);
    },
  );

  it('an incidental per diem does not take a rank: the IV therapy beside it keeps no modifier', () => {
    const r = runOrders([
      { id: 'iv', ...DAY },
      { id: 'noc', ...DAY, therapy: 'injectable-noc', drug: 'ceftriaxone', dose: { amount: 1, unit: 'g' }, schedule: 'q24h' },
    ]);
    expect(r.lines.map((l) => [l.order, l.code, l.modifiers])).toEqual([
      ['iv', 'S9502', []],
      ['iv', 'J2185', []],
      ['noc', 'J0696', []],
    ]);
  });
});

describe('BU-1 supplies and equipment are bundled', () => {
  it('a supply order (heparin flush J1642) yields no line, only BU-1 info findings', () => {
    const r = runOrders([{ ...DAY, therapy: 'supply', drug: 'heparinFlush', dose: { amount: 500, unit: 'units' }, schedule: 'q8h' }]);
    expect(r.lines).toEqual([]);
    const f = findingsFor(r, 'BU-1');
    expect(f.length).toBeGreaterThanOrEqual(1);
    expect(f.every((x) => x.severity === 'info' && x.order === 'o1')).toBe(true);
  });

  it('J1642 on an anti-infective order: the per diem bills, the flush does not', () => {
    const r = runOrders([{ ...DAY, drug: 'heparinFlush', dose: { amount: 500, unit: 'units' } }]);
    expect(r.lines.map((l) => [l.kind, l.code])).toEqual([['per-diem', 'S9502']]);
    expect(findingsFor(r, 'BU-1').map((f) => f.message)).toEqual([expect.stringContaining('J1642')]);
  });

  it('a drug record marked form "supply" is bundled whatever its code', () => {
    const supplyVanc = { ...drug('vancomycin'), id: 'kit', form: 'supply' as const };
    const r = runOrders([{ ...DAY, drug: 'kit' }], {}, { drugs: [...allDrugs(), supplyVanc] });
    expect(drugLines(r.lines)).toEqual([]);
    expect(findingsFor(r, 'BU-1')).toHaveLength(1);
  });
});

describe('BU-2 IV solutions J7030-J7060', () => {
  it('normal saline J7050 prescribed for hydration is billable: 1000 mL / 250 mL = 4 units', () => {
    const r = runOrders([{ ...DAY, ...HYDRATION_1L, drug: 'saline', dose: { amount: 1000, unit: 'mL' } }]);
    expect(r.lines.map((l) => [l.kind, l.code, l.units, l.chargeCents, l.ndcQuantity, l.ndcUnit])).toEqual([
      ['per-diem', 'S9374', 1, 12500, undefined, undefined],
      ['drug', 'J7050', 4, 4800, 1000, 'ML'],
    ]);
    expect(drugLines(r.lines)[0]!.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-2', 'MT-3']);
    expect(findingsFor(r, 'BU-2')).toEqual([]);
  });

  it('J7050 for line care is bundled: no drug line, a BU-2 info finding', () => {
    const r = runOrders([{ ...DAY, ...HYDRATION_1L, drug: 'saline', dose: { amount: 250, unit: 'mL' }, purpose: 'line-care' }]);
    expect(drugLines(r.lines)).toEqual([]);
    expect(findingsFor(r, 'BU-2').map((f) => [f.order, f.severity])).toEqual([['o1', 'info']]);
  });

  it('J7050 as the diluent of an anti-infective is bundled', () => {
    const r = runOrders([{ ...DAY, drug: 'saline', dose: { amount: 100, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'BU-2')).toHaveLength(1);
  });
});

describe('BU-3 TPN per diem includes standard components', () => {
  const tpn = { ...DAY, therapy: 'tpn', schedule: 'continuous', delivery: 'continuous' as const, litersPerDay: 2 };

  it('amino acids B4168 are included in the TPN per diem: no drug line, BU-3 info', () => {
    const r = runOrders([{ ...tpn, drug: 'aminoAcids', dose: { amount: 1000, unit: 'mL' } }]);
    expect(r.lines.map((l) => [l.kind, l.code])).toEqual([['per-diem', 'S9366']]);
    expect(findingsFor(r, 'BU-3').map((f) => [f.order, f.severity])).toEqual([['o1', 'info']]);
  });

  it('lipids B4185 are billed separately beside the TPN per diem, with BU-3 on the line', () => {
    const r = runOrders([{ ...tpn, drug: 'lipids', dose: { amount: 50, unit: 'g' } }]);
    expect(r.lines.map((l) => [l.kind, l.code, l.units, l.chargeCents])).toEqual([
      ['per-diem', 'S9366', 1, 32000],
      ['drug', 'B4185', 5, 4500],
    ]);
    expect(drugLines(r.lines)[0]!.rules).toContain('BU-3');
    expect(findingsFor(r, 'BU-3')).toEqual([]);
  });
});

describe('BU-4 S9810 is never billed with a per diem', () => {
  it('S9810 on an order with a per diem: no S9810 line, BU-4 info', () => {
    const r = runOrders([{ ...DAY, drug: 'pharmacyHours', dose: { amount: 2, unit: 'each' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'BU-4').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('UN-1 the dose must convert to the billing unit', () => {
  it('a dose in mL for a drug billed per mg: no drug line, a UN-1 error; the per diem still bills', () => {
    const r = runOrders([{ ...DAY, dose: { amount: 20, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'UN-1').map((f) => [f.order, f.date, f.severity])).toEqual([['o1', '2026-01-05', 'error']]);
  });
});
