import { describe, expect, it } from 'vitest';
import type { OrderRecord } from './billingRecord';
import { findingsFor, payer, perDiemLines, runOrders } from './testing/recordBuilders';

// MT-2 (changed today): a 0 % SH/SJ rate (PF-2) gives a line with a zero charge that stays on the claim and never
// makes it not ready: no error finding comes from that line (FS-1 for a missing fee is only a warning there).
// MT-1 still ranks by the payer's standard fee.

const ONE_DAY = { start: '2026-01-05', stop: '2026-01-05', drug: undefined, dose: undefined };
const three: Partial<OrderRecord>[] = [
  { ...ONE_DAY, id: 'a', schedule: 'q4h' }, // S9504 19500
  { ...ONE_DAY, id: 'b', schedule: 'q8h' }, // S9502 15000
  { ...ONE_DAY, id: 'c', schedule: 'q12h' }, // S9501 12000
];
const texas = { secondTherapyPercent: 50, thirdTherapyPercent: 0 };
const errors = (r: ReturnType<typeof runOrders>) => r.findings.filter((f) => f.severity === 'error');

describe('MT-2 a 0 % rate gives a zero-charge line that never holds the claim back', () => {
  it('MT-2 50 % / 0 % and no fee for the third code: S9501-SJ charged 0 with MT-2, FS-1 only a warning, no error', () => {
    const r = runOrders(three, {}, { payers: [payer({ profile: texas, withoutFees: ['S9501'] })] });
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers, l.chargeCents, l.feeCents, l.rules])).toEqual([
      ['a', 'S9504', [], 19500, 19500, ['PD-1', 'PU-1', 'MT-1']],
      ['b', 'S9502', ['SH'], 7500, 15000, ['PD-1', 'PU-1', 'MT-1', 'MT-2']],
      ['c', 'S9501', ['SJ'], 0, 0, ['PD-1', 'PU-1', 'MT-1', 'MT-2']],
    ]);
    expect(errors(r)).toEqual([]);
    expect(findingsFor(r, 'FS-1')).toEqual([
      {
        patient: 'pt1',
        order: 'c',
        date: '2026-01-05',
        rule: 'FS-1',
        severity: 'warning',
        message: 'Blue Cross Commercial has no fee for S9501; it pays this therapy at 0 %, so the line stays on the claim at 0 (MT-2).',
      },
    ]);
  });

  it('MT-2 with a 25 % SJ rate the same missing fee is still an FS-1 error (the charge would be wrong)', () => {
    const r = runOrders(three, {}, { payers: [payer({ withoutFees: ['S9501'] })] });
    expect(findingsFor(r, 'FS-1').map((f) => [f.order, f.severity])).toEqual([['c', 'error']]);
  });

  it('MT-2 a 0 % SH rate: the second therapy is charged 0 and stays on the claim', () => {
    const r = runOrders(three.slice(0, 2), {}, { payers: [payer({ profile: { secondTherapyPercent: 0 } })] });
    expect(perDiemLines(r.lines).map((l) => [l.code, l.modifiers, l.chargeCents])).toEqual([
      ['S9504', [], 19500],
      ['S9502', ['SH'], 0],
    ]);
    expect(errors(r)).toEqual([]);
  });

  it('MT-1 ranking still uses the standard fee, not the 0 % charge: a payer paying S9501 at 20000 puts it first', () => {
    const r = runOrders(three, {}, { payers: [payer({ profile: texas, feeOverrides: { S9501: 20000 } })] });
    expect(perDiemLines(r.lines).map((l) => [l.order, l.modifiers, l.chargeCents])).toEqual([
      ['c', [], 20000],
      ['a', ['SH'], 9750],
      ['b', ['SJ'], 0],
    ]);
  });

  it('MT-2 / PF-6 a zero-charge SJ line outside its authorization is a warning, not an error', () => {
    const auth = { number: 'PA-9', from: '2026-02-01', to: '2026-02-28' };
    const orders = three.map((o) => (o.id === 'c' ? { ...o, priorAuth: auth } : { ...o, priorAuth: { ...auth, from: '2026-01-01' } }));
    const r = runOrders(orders, {}, { payers: [payer({ profile: { ...texas, requiresPriorAuth: true } })] });
    expect(findingsFor(r, 'PF-6').map((f) => [f.order, f.severity, f.message])).toEqual([
      ['c', 'warning', 'Billed outside authorization PA-9 (2026-02-01 to 2026-02-28).'],
    ]);
    expect(errors(r)).toEqual([]);
  });
});
