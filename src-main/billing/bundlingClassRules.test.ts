import { describe, expect, it } from 'vitest';
import { drugLines, findingsFor, HYDRATION_1L, runOrders } from './testing/recordBuilders';
import type { OrderRecord } from './billingRecord';

// BU-1..BU-3 decided by the drug's class (dataset-v1 DrugClass) whatever its HCPCS code; the HCPCS ranges remain
// for drugs without a class. BU-2 names its own rule, once per item (order), not once per day.

const DAY = { start: '2026-01-05', stop: '2026-01-05' };
const tpnOrder = (drug: string, dose: OrderRecord['dose']): Partial<OrderRecord> => ({
  ...DAY,
  therapy: 'tpn',
  drug,
  dose,
  schedule: 'continuous',
  delivery: 'continuous',
  litersPerDay: 2,
});

describe('BU-3 under a TPN per diem, by class', () => {
  it.each([
    ['kcl', 'J3480', { amount: 40, unit: 'mEq' }],
    ['trace', 'B4216', { amount: 1, unit: 'mL' }],
    ['mvi', 'J3490', { amount: 10, unit: 'mL' }],
    ['aminoStandard', 'B5000', { amount: 1000, unit: 'mL' }],
    ['sterileWater', 'J3490', { amount: 500, unit: 'mL' }],
  ] as const)('BU-3 %s (%s) is included: S9366 alone, one BU-3 info finding', (drug, hcpcs, dose) => {
    const r = runOrders([tpnOrder(drug, dose)]);
    expect(r.lines.map((l) => [l.code, l.chargeCents])).toEqual([['S9366', 32000]]);
    const f = findingsFor(r, 'BU-3');
    expect(f.map((x) => [x.order, x.severity, x.date])).toEqual([['o1', 'info', undefined]]);
    expect(f[0]!.message).toMatch(new RegExp(`^${hcpcs} .* is included in the TPN per diem`));
  });

  it.each([
    ['aminoRenal', 'B5000', { amount: 1000, unit: 'mL' }, 2, 2200],
    ['vitaminK', 'J3430', { amount: 10, unit: 'mg' }, 10, 2500],
    ['insulin', 'J1815', { amount: 20, unit: 'units' }, 4, 160],
    ['famotidine', 'S0028', { amount: 20, unit: 'mg' }, 1, 300],
  ] as const)('BU-3 %s (%s) is billable beside the TPN per diem', (drug, hcpcs, dose, units, charge) => {
    const r = runOrders([tpnOrder(drug, dose)]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9366', 1, 32000],
      [hcpcs, units, charge],
    ]);
    expect(drugLines(r.lines)[0]!.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-3', 'MT-3']);
    expect(findingsFor(r, 'BU-3')).toEqual([]);
  });

  it('BU-3 potassium chloride J3480 (electrolyte) is billable outside a TPN: beside a hydration per diem', () => {
    const r = runOrders([{ ...DAY, ...HYDRATION_1L, drug: 'kcl', dose: { amount: 20, unit: 'mEq' } }]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9374', 1, 12500],
      ['J3480', 10, 500],
    ]);
  });

  it('BU-3 a drug without a class keeps the HCPCS fallback: B4168 included, B4185 billable', () => {
    expect(runOrders([tpnOrder('aminoAcids', { amount: 1000, unit: 'mL' })]).lines.map((l) => l.code)).toEqual(['S9366']);
    expect(runOrders([tpnOrder('lipids', { amount: 50, unit: 'g' })]).lines.map((l) => l.code)).toEqual(['S9366', 'B4185']);
  });
});

describe('BU-1 / BU-2 by class', () => {
  it('BU-1 class flush is bundled as a supply even with the IV-solution code J7050: a BU-1 finding, no BU-2', () => {
    const r = runOrders([{ ...DAY, drug: 'salineFlush', dose: { amount: 10, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'BU-1').map((f) => f.message)).toEqual([
      'J7050 (Sodium chloride 0.9 % flush 10 mL) is a supply bundled into the per diem: no separate line.',
    ]);
    expect(findingsFor(r, 'BU-2')).toEqual([]);
  });

  it('BU-1 sterile water outside a TPN is a diluent: bundled', () => {
    const r = runOrders([{ ...DAY, drug: 'sterileWater', dose: { amount: 10, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'BU-1').map((f) => f.order)).toEqual(['o1']);
  });

  it('BU-2 class iv-solution outside J7030-J7060 (J7120) is bundled as a diluent of an anti-infective', () => {
    const r = runOrders([{ ...DAY, drug: 'lactatedRingers', dose: { amount: 100, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(['S9502']);
    expect(findingsFor(r, 'BU-2').map((f) => [f.order, f.severity])).toEqual([['o1', 'info']]);
  });

  it('BU-2 class iv-solution prescribed for hydration is billable: J7120 x1 at 900', () => {
    const r = runOrders([{ ...DAY, ...HYDRATION_1L, drug: 'lactatedRingers', dose: { amount: 1000, unit: 'mL' } }]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9374', 1, 12500],
      ['J7120', 1, 900],
    ]);
    expect(drugLines(r.lines)[0]!.rules).toEqual(['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-2', 'MT-3']);
  });

  it('BU-2 an incidental IV solution over 5 days: one BU-2 finding for the item, without a date or day count', () => {
    const r = runOrders([{ drug: 'saline', dose: { amount: 100, unit: 'mL' } }]);
    expect(r.lines.map((l) => l.code)).toEqual(Array.from({ length: 5 }, () => 'S9502'));
    expect(findingsFor(r, 'BU-2')).toEqual([
      {
        patient: 'pt1',
        order: 'o1',
        rule: 'BU-2',
        severity: 'info',
        message: 'J7050 (Sodium chloride 0.9 % 1000 mL) is an IV solution used incidentally (diluent, keep-vein-open): bundled, no line.',
      },
    ]);
  });

  it('BU-2 a "supply" order of saline J7050 names BU-2 only (not BU-1)', () => {
    const r = runOrders([{ therapy: 'supply', drug: 'saline', dose: { amount: 10, unit: 'mL' }, schedule: 'q8h' }]);
    expect(r.lines).toEqual([]);
    expect(r.findings.map((f) => [f.order, f.rule])).toEqual([['o1', 'BU-2']]);
  });
});
