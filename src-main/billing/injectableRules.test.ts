import { describe, expect, it } from 'vitest';
import { drugLines, ENOXAPARIN_SUBQ, findingsFor, HYDRATION_1L, perDiemLines, runOrders } from './testing/recordBuilders';

// DR-4 (changed today): only self-administered injectables (SubQ/IM) are not reimbursable, except factor
// products; a self-administered IV or other infusion is ordinary home infusion and billed in full.

const DAY = { start: '2026-01-05', stop: '2026-01-05' };
const enox = { ...ENOXAPARIN_SUBQ, delivery: undefined };

describe('DR-4 self-administered therapy', () => {
  it('DR-4 a self-administered IV anti-infective over 5 days: S9502 and J2185 x30 every day', () => {
    const r = runOrders([{ administeredBy: 'self' }]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.chargeCents])).toEqual(
      ['05', '06', '07', '08', '09'].map((d) => [`2026-01-${d}`, 'S9502', 15000]),
    );
    expect(drugLines(r.lines).map((l) => [l.code, l.units, l.chargeCents])).toEqual(Array.from({ length: 5 }, () => ['J2185', 30, 4500]));
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });

  it('DR-4 self-administered continuous hydration (IV) is billed: S9374 and J7050 x4', () => {
    const r = runOrders([{ ...DAY, ...HYDRATION_1L, drug: 'saline', dose: { amount: 1000, unit: 'mL' }, administeredBy: 'self' }]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9374', 1, 12500],
      ['J7050', 4, 4800],
    ]);
  });

  it('DR-4 a self-administered SubQ injectable: no lines, one warning, even on a day with an IV therapy', () => {
    const r = runOrders([
      { id: 'iv', ...DAY },
      { id: 'inj', ...DAY, ...enox, administeredBy: 'self' },
    ]);
    expect(r.lines.filter((l) => l.order === 'inj')).toEqual([]);
    expect(findingsFor(r, 'DR-4')).toEqual([
      {
        patient: 'pt1',
        order: 'inj',
        rule: 'DR-4',
        severity: 'warning',
        message: 'A self-administered SubQ injection is not reimbursable (only factor/hemophilia products are): no lines.',
      },
    ]);
  });

  it('DR-4 a self-administered IV therapy is an approved IV therapy: a caregiver SubQ injection that day is billed', () => {
    const r = runOrders([
      { id: 'iv', ...DAY, administeredBy: 'self' },
      { id: 'inj', ...DAY, ...enox, administeredBy: 'caregiver' },
    ]);
    expect(r.lines.filter((l) => l.order === 'inj').map((l) => [l.code, l.modifiers, l.units, l.chargeCents])).toEqual([
      ['S9372', ['SH'], 1, 3250],
      ['J1650', [], 4, 840],
    ]);
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });

  it('DR-4 factor products are the exception: a caregiver SubQ anti-hemophilic dose bills without an IV therapy', () => {
    const r = runOrders([
      { ...DAY, ...enox, therapy: 'anti-hemophilic', drug: 'factor', dose: { amount: 3000, unit: 'units' }, administeredBy: 'caregiver' },
    ]);
    expect(r.lines.map((l) => [l.code, l.units, l.chargeCents])).toEqual([
      ['S9345', 1, 40000],
      ['J7190', 3000, 360000],
    ]);
    expect(findingsFor(r, 'DR-4')).toEqual([]);
  });
});
