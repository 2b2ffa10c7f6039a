import { describe, expect, it } from 'vitest';
import { addMonths, firstDayOfMonth, lastDayOfMonth, monthOf } from './calendarDate';

// Months as the screens and revenue count them: `YYYY-MM`, never cut out of a string by hand.

describe('months', () => {
  it('monthOf, firstDayOfMonth and lastDayOfMonth take a date or a month', () => {
    expect(monthOf('2026-02-17')).toBe('2026-02');
    expect(firstDayOfMonth('2026-02-17')).toBe('2026-02-01');
    expect(firstDayOfMonth('2026-02')).toBe('2026-02-01');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29');
  });

  it('addMonths steps across years both ways', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-01', -5)).toBe('2025-08');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-06', 0)).toBe('2026-06');
    expect(addMonths('2026-06', -18)).toBe('2024-12');
    expect(Array.from({ length: 6 }, (_, i) => addMonths('2026-03', i - 5))).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('addMonths refuses what is not a month or a whole number of months', () => {
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01', 1.5)).toThrow(RangeError);
  });
});
