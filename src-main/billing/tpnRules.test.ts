import { describe, expect, it } from 'vitest';
import { findingsFor, perDiemLines, runOrders } from './testing/recordBuilders';
import type { OrderRecord } from './billingRecord';

// PD-4a (new today): TPN is one therapy. At most one TPN per diem per patient and day, following the base formula
// (the TPN order with a volume; the largest; ties: earlier start, then id). The other TPN orders of that day are
// components (OR-1): drug lines only, under BU-3, beside the base formula's per diem (MT-3).

const DAY = { start: '2026-01-05', stop: '2026-01-05' };
const tpn = (o: Partial<OrderRecord>): Partial<OrderRecord> => ({
  ...DAY,
  therapy: 'tpn',
  schedule: 'continuous',
  delivery: 'continuous',
  litersPerDay: undefined,
  ...o,
});
const base = tpn({ id: 'base', drug: 'aminoAcids', dose: { amount: 1000, unit: 'mL' }, litersPerDay: 2 });
const lipids = tpn({ id: 'lip', drug: 'lipids', dose: { amount: 50, unit: 'g' } });
const kcl = tpn({ id: 'kcl', drug: 'kcl', dose: { amount: 40, unit: 'mEq' } });
const insulin = tpn({ id: 'ins', drug: 'insulin', dose: { amount: 20, unit: 'units' } });

describe('PD-4a one TPN per diem per patient and day', () => {
  it('PD-4a base formula, lipids, KCl and insulin orders: one S9366, lipids and insulin billed beside it, KCl included', () => {
    const r = runOrders([base, lipids, kcl, insulin]);
    expect(r.lines.map((l) => [l.order, l.kind, l.code, l.modifiers, l.units, l.chargeCents, l.payer, l.concurrencyRank, l.rules])).toEqual(
      [
        ['base', 'per-diem', 'S9366', [], 1, 32000, 'bcbs', 1, ['PD-4', 'PD-4a', 'PU-1']],
        ['ins', 'drug', 'J1815', [], 4, 160, 'bcbs', 1, ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-3', 'PD-4a', 'MT-3']],
        ['lip', 'drug', 'B4185', [], 5, 4500, 'bcbs', 1, ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'BU-3', 'PD-4a', 'MT-3']],
      ],
    );
    expect(findingsFor(r, 'PD-4a').map((f) => [f.order, f.date, f.severity])).toEqual([
      ['ins', '2026-01-05', 'info'],
      ['kcl', '2026-01-05', 'info'],
      ['lip', '2026-01-05', 'info'],
    ]);
    expect(findingsFor(r, 'BU-3').map((f) => [f.order, f.message])).toEqual([
      ['base', 'B4168 (Amino acids 3.5 %) is included in the TPN per diem: no separate line.'],
      ['kcl', 'J3480 (Potassium chloride 2 mEq/mL) is included in the TPN per diem: no separate line.'],
    ]);
  });

  it('PD-4a additive orders no longer add S9364 with SH/SJ: no modifier on any TPN line', () => {
    const r = runOrders([base, kcl, tpn({ id: 'mvi', drug: 'mvi', dose: { amount: 10, unit: 'mL' } })]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers])).toEqual([['base', 'S9366', []]]);
    expect(r.lines.filter((l) => l.kind === 'drug')).toEqual([]);
  });

  it('PD-4a several volumes: the largest is the base formula (lipids 0.25 L vs base 2 L)', () => {
    const r = runOrders([base, { ...lipids, litersPerDay: 0.25 }]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code])).toEqual([['base', 'S9366']]);
  });

  it('PD-4a equal volumes: the earlier start wins, then the order id', () => {
    const a = tpn({ id: 'b-later', litersPerDay: 1.5, drug: undefined, start: '2026-01-05' });
    const b = tpn({ id: 'a-earlier', litersPerDay: 1.5, drug: undefined, start: '2026-01-04' });
    expect(perDiemLines(runOrders([a, b]).lines).map((l) => l.order)).toEqual(['a-earlier', 'a-earlier']);
    const sameStart = [tpn({ id: 'y', litersPerDay: 1.5 }), tpn({ id: 'x', litersPerDay: 1.5 })];
    expect(perDiemLines(runOrders(sameStart).lines).map((l) => l.order)).toEqual(['x']);
  });

  it('PD-4a no TPN order with a volume: one S9364 per day, on the earliest order, then by id (kcl before lip)', () => {
    const r = runOrders([lipids, kcl]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers, l.chargeCents])).toEqual([['kcl', 'S9364', [], 30000]]);
    expect(r.lines.filter((l) => l.kind === 'drug').map((l) => [l.order, l.code, l.concurrencyRank])).toEqual([['lip', 'B4185', 1]]);
  });

  it('PD-4a decided per day: when the base formula stops, the lipids order carries its own per diem', () => {
    const r = runOrders([
      { ...base, stop: '2026-01-06' },
      { ...lipids, litersPerDay: 0.25, stop: '2026-01-07' },
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.order, l.code, l.modifiers])).toEqual([
      ['2026-01-05', 'base', 'S9366', []],
      ['2026-01-06', 'base', 'S9366', []],
      ['2026-01-07', 'lip', 'S9365', []],
    ]);
    expect(r.lines.filter((l) => l.kind === 'drug').map((l) => [l.date, l.rules.includes('PD-4a')])).toEqual([
      ['2026-01-05', true],
      ['2026-01-06', true],
      ['2026-01-07', false],
    ]);
  });

  it('PD-4a with an anti-infective the same day: TPN first, the anti-infective SH; the lipids line keeps rank 1', () => {
    const r = runOrders([base, lipids, { id: 'abx', ...DAY }]);
    expect(r.lines.map((l) => [l.order, l.code, l.modifiers, l.chargeCents, l.concurrencyRank])).toEqual([
      ['base', 'S9366', [], 32000, 1],
      ['lip', 'B4185', [], 4500, 1],
      ['abx', 'S9502', ['SH'], 7500, 2],
      ['abx', 'J2185', [], 4500, 2],
    ]);
    expect(perDiemLines(r.lines)[0]!.rules).toEqual(['PD-4', 'PD-4a', 'PU-1', 'MT-1']);
  });
});
