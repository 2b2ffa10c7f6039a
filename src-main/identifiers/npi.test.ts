import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit } from './npi';

// Independent oracle: the standard Luhn test over the full 15 digits "80840" + NPI (sum must be a multiple of 10).
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((ds) => ds.join(''));

describe('isValidNpi', () => {
  it.each(['1765432186', '1543278968', '1234567893'])('accepts %s', (npi) => {
    expect(isValidNpi(npi)).toBe(true);
  });

  it.each([
    ['1765432187', 'check digit off by one'],
    ['1765432180', 'check digit 0'],
    ['1543278969', 'check digit off by one'],
    ['1234567890', 'wrong check digit'],
    ['1234567894', 'wrong check digit'],
    ['1234567839', 'last two digits swapped'],
    ['2234567893', 'first digit changed'],
  ])('rejects %s (%s)', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });

  it.each([
    ['176543218X', 'letter as check digit'],
    ['17654321A6', 'letter inside'],
    ['1765-43218', 'dash'],
    ['1765 432186', 'space inside'],
    [' 1765432186', 'leading space'],
    ['1765432186 ', 'trailing space'],
    ['１７６５４３２１８６', 'full-width digits'],
    ['+765432186', 'sign'],
    ['1.76543218', 'decimal point'],
  ])('rejects non-digits: %s (%s)', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });

  it.each([
    ['', 0],
    ['176543218', 9],
    ['17654321860', 11],
    ['01765432186', 11],
    ['123456789', 9],
    ['12345678933', 11],
  ])('rejects wrong length: "%s" (%d digits)', (npi) => {
    expect(isValidNpi(npi)).toBe(false);
  });
});

describe('npiCheckDigit', () => {
  it('computes the CMS check digits', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(npiCheckDigit('176543218')).toBe(6);
    expect(npiCheckDigit('154327896')).toBe(8);
    expect(npiCheckDigit('000000000')).toBe(6);
  });

  it('property: the computed check digit makes a valid NPI, and agrees with plain Luhn over 80840 + NPI', () => {
    fc.assert(
      fc.property(nineDigits, (first) => {
        const check = npiCheckDigit(first);
        expect(Number.isInteger(check) && check >= 0 && check <= 9).toBe(true);
        expect(isValidNpi(`${first}${check}`)).toBe(true);
        expect(luhnValid(`80840${first}${check}`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: exactly one of the ten possible last digits is valid', () => {
    fc.assert(
      fc.property(nineDigits, (first) => {
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => isValidNpi(`${first}${d}`));
        expect(valid).toEqual([npiCheckDigit(first)]);
      }),
    );
  });

  it('property: isValidNpi agrees with the Luhn oracle on any 10-digit string', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (first, last) => {
        expect(isValidNpi(`${first}${last}`)).toBe(luhnValid(`80840${first}${last}`));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: any single-digit typo in a valid NPI is caught', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (first, pos, delta) => {
        const npi = `${first}${npiCheckDigit(first)}`;
        const typo = `${npi.slice(0, pos)}${(Number(npi[pos]) + delta) % 10}${npi.slice(pos + 1)}`;
        expect(typo).not.toBe(npi);
        expect(isValidNpi(typo)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
