import { describe, expect, it } from 'vitest';
import { drugLines, perDiemLines, runOrders } from './testing/recordBuilders';

// PD-1 (changed today): once a day is q24h whatever the notation (q1d, daily, QD, "every 24 hours"): S9500.
// "daily" and "QD" become q24h in schedule/pharmacistNotation.ts; q1d reaches the engine as every-days 1.

describe('PD-1 once a day is q24h whatever the notation', () => {
  it('PD-1 q1d meropenem 1 g, 2026-01-05 to 01-09: S9500 each day at 9000, J2185 x10 at 1500, never S9494', () => {
    const r = runOrders([{ schedule: 'q1d' }]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code, l.modifiers, l.units, l.chargeCents, l.rules])).toEqual(
      ['05', '06', '07', '08', '09'].map((d) => [`2026-01-${d}`, 'S9500', [], 1, 9000, ['PD-1', 'PU-1']]),
    );
    expect(drugLines(r.lines).map((l) => [l.date, l.code, l.units, l.chargeCents, l.ndcQuantity])).toEqual(
      ['05', '06', '07', '08', '09'].map((d) => [`2026-01-${d}`, 'J2185', 10, 1500, 1]),
    );
  });

  it('PD-1 q1d and q24h give the same lines', () => {
    expect(runOrders([{ schedule: 'q1d' }]).lines).toEqual(runOrders([{ schedule: 'q24h' }]).lines);
  });

  it('PD-1 a weekly schedule naming all seven days is once a day: S9500', () => {
    const r = runOrders([{ schedule: 'weekly:MO,TU,WE,TH,FR,SA,SU', start: '2026-01-05', stop: '2026-01-11' }]);
    expect(perDiemLines(r.lines).map((l) => [l.code, l.chargeCents])).toEqual(Array.from({ length: 7 }, () => ['S9500', 9000]));
  });

  it.each(['q2d', 'weekly:MO,WE,FR', 'q1w', 'q48h'])('PD-1 %s is not once a day: S9494', (schedule) => {
    const codes = new Set(perDiemLines(runOrders([{ schedule, start: '2026-01-05', stop: '2026-01-18' }]).lines).map((l) => l.code));
    expect(codes).toEqual(new Set(['S9494']));
  });

  it('PD-1 / MT-1 q1d beside a q8h anti-infective: S9502 first, S9500 SH at 50 % (4500)', () => {
    const r = runOrders([
      { id: 'a', schedule: 'q1d', start: '2026-01-05', stop: '2026-01-05' },
      { id: 'b', schedule: 'q8h', drug: 'vancomycin', start: '2026-01-05', stop: '2026-01-05' },
    ]);
    expect(perDiemLines(r.lines).map((l) => [l.order, l.code, l.modifiers, l.chargeCents])).toEqual([
      ['b', 'S9502', [], 15000],
      ['a', 'S9500', ['SH'], 4500],
    ]);
  });
});
