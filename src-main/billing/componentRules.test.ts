import { describe, expect, it } from 'vitest';
import type { OrderRecord } from './billingRecord';
import { explainLine } from './explain';
import { datesOf, findingsFor, medicare, order, patient, payer, perDiemLines, record, run, runOrders } from './testing/recordBuilders';

// OR-1 (new today): an order with `partOf` is a component (additive, diluent, premedication): no per diem of its
// own; its drug bills on the parent's dose days, under the parent therapy's bundling (BU-1..BU-3), with the
// parent's per diem (same payer and rank, MT-3).

const TWO_DAYS = { start: '2026-01-05', stop: '2026-01-06' };
const premed = (o: Partial<OrderRecord> = {}): Partial<OrderRecord> => ({
  id: 'premed',
  drug: 'famotidine',
  dose: { amount: 20, unit: 'mg' },
  schedule: 'once',
  partOf: 'vanc',
  ...TWO_DAYS,
  ...o,
});
const vanc = { id: 'vanc', drug: 'vancomycin', schedule: 'q12h', ...TWO_DAYS };
const COMPONENT_RULES = ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'OR-1', 'MT-3'];

describe('OR-1 component orders', () => {
  it('OR-1 a famotidine premedication of vancomycin q12h: S0028 x2 (the parent’s 2 doses) beside S9501, no per diem of its own', () => {
    const r = runOrders([vanc, premed()]);
    const day = (date: string) => [
      [date, 'vanc', 'per-diem', 'S9501', [], 1, 12000, 1, undefined],
      [date, 'vanc', 'drug', 'J3370', [], 4, 2500, 1, 2],
      [date, 'premed', 'drug', 'S0028', [], 2, 600, 1, 4],
    ];
    expect(
      r.lines.map((l) => [l.date, l.order, l.kind, l.code, l.modifiers, l.units, l.chargeCents, l.concurrencyRank, l.ndcQuantity]),
    ).toEqual([...day('2026-01-05'), ...day('2026-01-06')]);
    expect(r.lines.filter((l) => l.order === 'premed').map((l) => [l.payer, l.rules])).toEqual([
      ['bcbs', COMPONENT_RULES],
      ['bcbs', COMPONENT_RULES],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('OR-1 the component’s own schedule is ignored: a q24h additive of a q48h parent bills on days 5, 7 and 9 only', () => {
    const r = runOrders([
      { id: 'vanc', drug: 'vancomycin', schedule: 'q48h', start: '2026-01-05', stop: '2026-01-10' },
      premed({ schedule: 'q24h', start: '2026-01-05', stop: '2026-01-10' }),
    ]);
    expect(r.lines.filter((l) => l.order === 'premed').map((l) => [l.date, l.units])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-07', 1],
      ['2026-01-09', 1],
    ]);
  });

  it('OR-1 days outside the component’s own start/stop or on hold are excluded', () => {
    const r = runOrders([{ id: 'vanc', drug: 'vancomycin', schedule: 'q12h' }, premed({ start: '2026-01-06', stop: '2026-01-08' })], {
      holds: [{ from: '2026-01-07', to: '2026-01-07', reason: 'inpatient' }],
    });
    expect(datesOf(r.lines.filter((l) => l.order === 'premed'))).toEqual(['2026-01-06', '2026-01-08']);
  });

  it('OR-1 / BU-3 additives of a TPN parent: KCl (electrolyte) included, insulin billed beside S9366', () => {
    const tpn = { id: 'tpn', therapy: 'tpn', drug: 'aminoAcids', dose: { amount: 1000, unit: 'mL' as const }, schedule: 'continuous' };
    const r = runOrders([
      { ...tpn, delivery: 'continuous', litersPerDay: 2, start: '2026-01-05', stop: '2026-01-05' },
      premed({ id: 'kcl', drug: 'kcl', dose: { amount: 40, unit: 'mEq' }, partOf: 'tpn' }),
      premed({ id: 'ins', drug: 'insulin', dose: { amount: 20, unit: 'units' }, partOf: 'tpn' }),
    ]);
    expect(r.lines.map((l) => [l.order, l.code, l.units, l.chargeCents, l.rules])).toEqual([
      ['tpn', 'S9366', 1, 32000, ['PD-4', 'PU-1']],
      ['ins', 'J1815', 4, 160, ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-3', 'OR-1', 'MT-3']],
    ]);
    expect(findingsFor(r, 'BU-3').map((f) => [f.order, f.date])).toEqual([
      ['kcl', undefined],
      ['tpn', undefined],
    ]);
  });

  it('OR-1 an antibiotic’s diluents over 5 days: sterile water (BU-1) and a saline bag (BU-2) bundled, one finding each', () => {
    const r = runOrders([
      { id: 'o1' },
      { id: 'sw', drug: 'sterileWater', dose: { amount: 10, unit: 'mL' }, partOf: 'o1' },
      { id: 'ns', drug: 'saline', dose: { amount: 100, unit: 'mL' }, partOf: 'o1' },
    ]);
    expect(r.lines.filter((l) => l.order !== 'o1')).toEqual([]);
    expect(r.findings.map((f) => [f.order, f.rule, f.severity, f.date])).toEqual([
      ['ns', 'BU-2', 'info', undefined],
      ['sw', 'BU-1', 'info', undefined],
    ]);
  });

  it('OR-1 the component keeps its parent’s rank: parent SH (rank 2) -> the premedication line has rank 2', () => {
    const r = runOrders([{ id: 'a', schedule: 'q4h', ...TWO_DAYS, stop: '2026-01-05' }, { ...vanc, stop: '2026-01-05' }, premed()]);
    expect(r.lines.map((l) => [l.order, l.code, l.modifiers, l.concurrencyRank])).toEqual([
      ['a', 'S9504', [], 1],
      ['a', 'J2185', [], 1],
      ['vanc', 'S9501', ['SH'], 2],
      ['vanc', 'J3370', [], 2],
      ['premed', 'S0028', [], 2],
    ]);
  });

  it('OR-1 / PY-1 Medicare primary: the component’s drug follows the parent’s per diem to the secondary payer', () => {
    const r = runOrders(
      [{ ...vanc, stop: '2026-01-05' }, premed()],
      {
        coverages: [
          { payer: 'medicare', memberId: 'X', rank: 'primary', from: '2026-01-01' },
          { payer: 'bcbs', memberId: 'M', rank: 'secondary', from: '2026-01-01' },
        ],
      },
      { payers: [payer(), medicare()] },
    );
    expect(r.lines.map((l) => [l.order, l.code, l.payer])).toEqual([
      ['vanc', 'S9501', 'bcbs'],
      ['vanc', 'J3370', 'bcbs'],
      ['premed', 'S0028', 'bcbs'],
    ]);
  });

  it('OR-1 a component of a PD-4a lipids order travels with the base formula’s per diem', () => {
    const tpn = { therapy: 'tpn', schedule: 'continuous', delivery: 'continuous' as const, start: '2026-01-05', stop: '2026-01-05' };
    const r = runOrders([
      { ...tpn, id: 'base', drug: 'aminoAcids', dose: { amount: 1000, unit: 'mL' }, litersPerDay: 2 },
      { ...tpn, id: 'lip', drug: 'lipids', dose: { amount: 50, unit: 'g' } },
      premed({ id: 'ins', drug: 'insulin', dose: { amount: 10, unit: 'units' }, partOf: 'lip' }),
    ]);
    expect(r.lines.map((l) => [l.order, l.code, l.units, l.concurrencyRank, l.rules.includes('MT-3')])).toEqual([
      ['base', 'S9366', 1, 1, false],
      ['ins', 'J1815', 2, 1, true],
      ['lip', 'B4185', 5, 1, true],
    ]);
  });

  it('OR-1 explain names the parent whose dose days the component follows', () => {
    const rec = record(patient({ orders: [order(vanc), order(premed())] }));
    const line = run(rec).lines.find((l) => l.order === 'premed')!;
    expect(explainLine(rec, line).facts[1]).toBe(
      'A component of order vanc (OR-1): billed on its dose days, 2 dose(s) on a dose day (q12h).',
    );
    expect(explainLine(rec, line).rules.map((r) => r.id)).toEqual(COMPONENT_RULES);
  });

  it('OR-1 / PY-3 a component without documents is covered by its parent’s five documents', () => {
    const r = runOrders([vanc, premed({ documents: [] })]);
    expect(findingsFor(r, 'PY-3')).toEqual([]);
  });

  it('OR-1 / DR-4 the component of a caregiver SubQ injection with no IV therapy that day bills nothing', () => {
    const enox = { id: 'enox', therapy: 'anticoagulant-injection', drug: 'enoxaparin', dose: { amount: 40, unit: 'mg' as const } };
    const r = runOrders([{ ...enox, route: 'SubQ', schedule: 'q24h', ...TWO_DAYS, stop: '2026-01-05' }, premed({ partOf: 'enox' })]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'DR-4').map((f) => f.order)).toEqual(['enox', 'premed']);
  });
});

describe('OR-1 invalid partOf: an error and no lines for the component', () => {
  it.each([
    ['an unknown order', 'nope', 'The order is part of order "nope", which the patient does not have: nothing is billed for it.'],
    ['itself', 'premed', 'The order names itself as its parent (partOf): nothing is billed for it.'],
    [
      'another component',
      'c1',
      'The order is part of order "c1", itself a component: a component\'s parent must be a therapy. Nothing is billed.',
    ],
  ])('OR-1 partOf %s', (_, partOf, message) => {
    const r = runOrders([{ ...vanc, stop: '2026-01-05' }, premed({ id: 'c1', partOf: 'vanc' }), premed({ partOf })]);
    expect(r.lines.filter((l) => l.order === 'premed')).toEqual([]);
    expect(perDiemLines(r.lines).map((l) => l.order)).toEqual(['vanc']);
    expect(r.lines.filter((l) => l.order === 'c1').map((l) => l.code)).toEqual(['S0028']);
    expect(findingsFor(r, 'OR-1')).toEqual([{ patient: 'pt1', order: 'premed', rule: 'OR-1', severity: 'error', message }]);
  });
});
