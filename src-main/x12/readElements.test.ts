import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsOf, dateOf, dateRangeOf, quantityOf, readCents } from './readElements';
import { fixtureAmount } from './testing/remitFixtures';
import { X12ReadError } from './x12Segments';
import type { X12Segment } from './x12Segments';

// Element values: X12 decimals to integer cents by string arithmetic (house rule), quantities and dates.

const clp = (amount: string): X12Segment => ({ id: 'CLP', elements: ['CLP', 'DL1', '1', amount], ordinal: 12, line: 14 });

describe('centsOf', () => {
  it.each([
    ['12.3', 1230],
    ['-5.07', -507],
    ['100', 10000],
    ['0.1', 10],
    ['.5', 50],
    ['12.', 1200],
    ['0', 0],
    ['-0', 0],
    ['-0.00', 0],
    ['1234567.89', 123456789],
    ['0.29', 29],
    ['1.15', 115],
  ])('reads %s as %i cents', (text, cents) => {
    expect(centsOf(text)).toBe(cents);
  });

  it.each(['', '-', '.', '12.345', '12.340', '1,000.00', '$12', '12a', '+5', '1e3', '12 .5', '99999999999999999'])(
    'refuses %j as ambiguous money',
    (text) => {
      expect(centsOf(text)).toBeNull();
    },
  );

  it('round-trips any integer cents written as an X12 decimal (trailing zeros suppressed or not)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(centsOf(fixtureAmount(cents))).toBe(cents);
        const fixed = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(centsOf(fixed)).toBe(cents);
      }),
    );
  });
});

describe('readCents', () => {
  it('names the element, segment and line when the money is ambiguous', () => {
    expect(() => readCents(clp('12.345'), 3, 'total claim charge')).toThrow(X12ReadError);
    expect(() => readCents(clp('12.345'), 3, 'total claim charge')).toThrow(
      "line 14, segment CLP (#12): CLP03 (total claim charge) '12.345' is not an amount in dollars and cents; the money would be ambiguous",
    );
    expect(() => readCents(clp('ABC'), 3, 'total claim charge')).toThrow("CLP03 (total claim charge) 'ABC' is not an amount");
    expect(() => readCents(clp('100'), 4, 'claim payment')).toThrow('CLP04 (claim payment) is missing');
  });
});

describe('quantities and dates', () => {
  it('reads quantities as numbers, empty or junk as null', () => {
    expect([
      quantityOf('3'),
      quantityOf('1.5'),
      quantityOf('-2'),
      quantityOf(''),
      quantityOf('  '),
      quantityOf('x'),
      quantityOf('.'),
    ]).toEqual([3, 1.5, -2, null, null, null, null]);
  });

  it('reads CCYYMMDD and RD8 ranges, refusing dates that do not exist', () => {
    expect(dateOf('20260305')).toBe('2026-03-05');
    expect(dateOf('20260230')).toBeNull();
    expect(dateOf('260305')).toBeNull();
    expect(dateRangeOf('20260301-20260307')).toEqual({ from: '2026-03-01', to: '2026-03-07' });
    expect(dateRangeOf('20260301')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(dateRangeOf('20260301-2026030')).toBeNull();
  });
});
