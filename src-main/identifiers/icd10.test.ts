import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { icd10ToDisplay, icd10ToStored, isIcd10Shape } from './icd10';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const DIGITS = '0123456789'.split('');
const ALNUM = [...DIGITS, ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')];
const pick = (chars: string[]) => fc.constantFrom(...chars);
// A code in the accepted shape, display form: letter (U included: U07.1 COVID-19, U09.9), digit, digit-or-letter, then optionally "." + 1..4 alphanumerics.
const arbDisplayCode = fc
  .tuple(pick(LETTERS), pick(DIGITS), pick(ALNUM), fc.array(pick(ALNUM), { minLength: 0, maxLength: 4 }))
  .map(([a, b, c, rest]) => `${a}${b}${c}${rest.length > 0 ? `.${rest.join('')}` : ''}`);

describe('isIcd10Shape', () => {
  it.each(['M86.171', 'Z79.2', 'T82.7XXA', 'A41.9', 'E43', 'C4A.0', 'Z95.828', 'B20'])('accepts %s', (code) => {
    expect(isIcd10Shape(code)).toBe(true);
  });

  it('accepts lower case and the stored (dotless) form', () => {
    expect(isIcd10Shape('m86.171')).toBe(true);
    expect(isIcd10Shape('t82.7xxa')).toBe(true);
    expect(isIcd10Shape('M86171')).toBe(true);
    expect(isIcd10Shape('T827XXA')).toBe(true);
  });

  it.each([
    ['123', 'starts with a digit'],
    ['M8', 'too short'],
    ['A4', 'too short'],
    ['M', 'too short'],
    ['', 'empty'],
    ['M86.17100', 'five characters after the dot'],
    ['M8617100', 'eight characters stored'],
    ['MA6.1', 'second character is a letter'],
    ['M86.', 'dot with nothing after it'],
    ['M86..1', 'two dots'],
    ['M8.61', 'dot in the wrong place'],
    ['M86-171', 'dash'],
    ['M86 171', 'space'],
    [' M86.171', 'leading space'],
    ['M86.171 ', 'trailing space'],
    ['M86.1_1', 'underscore'],
  ])('rejects %s (%s)', (code) => {
    expect(isIcd10Shape(code)).toBe(false);
  });

  it('property: every generated shape is accepted, in upper or lower case, with or without the dot', () => {
    fc.assert(
      fc.property(arbDisplayCode, (code) => {
        expect(isIcd10Shape(code)).toBe(true);
        expect(isIcd10Shape(code.toLowerCase())).toBe(true);
        expect(isIcd10Shape(code.replace('.', ''))).toBe(true);
      }),
    );
  });

  it('accepts the U codes CMS assigns for special purposes (U07.1 COVID-19, U09.9 post COVID-19)', () => {
    expect(isIcd10Shape('U07.1')).toBe(true);
    expect(isIcd10Shape('u09.9')).toBe(true);
  });

  it('property: a digit first is always rejected', () => {
    fc.assert(
      fc.property(arbDisplayCode, pick(DIGITS), (code, first) => {
        expect(isIcd10Shape(`${first}${code.slice(1)}`)).toBe(false);
      }),
    );
  });
});

describe('stored and display forms', () => {
  it.each([
    ['M86.171', 'M86171'],
    ['m86.171', 'M86171'],
    ['Z79.2', 'Z792'],
    ['T82.7XXA', 'T827XXA'],
    ['t82.7xxa', 'T827XXA'],
    ['A41.9', 'A419'],
    ['E43', 'E43'],
    ['M86171', 'M86171'],
  ])('stores %s as %s', (code, stored) => {
    expect(icd10ToStored(code)).toBe(stored);
  });

  it.each([
    ['M86171', 'M86.171'],
    ['Z792', 'Z79.2'],
    ['T827XXA', 'T82.7XXA'],
    ['A419', 'A41.9'],
    ['E43', 'E43'],
  ])('shows %s as %s', (stored, display) => {
    expect(icd10ToDisplay(stored)).toBe(display);
  });

  it('property: display -> stored -> display gives back the upper-case display form', () => {
    fc.assert(
      fc.property(arbDisplayCode, fc.boolean(), (code, lower) => {
        const stored = icd10ToStored(lower ? code.toLowerCase() : code);
        expect(stored).not.toContain('.');
        expect(stored).toBe(stored.toUpperCase());
        expect(stored.length).toBe(code.replace('.', '').length);
        expect(isIcd10Shape(stored)).toBe(true);
        expect(icd10ToDisplay(stored)).toBe(code.toUpperCase());
      }),
    );
  });

  it('property: stored -> display -> stored is the identity', () => {
    fc.assert(
      fc.property(arbDisplayCode, (code) => {
        const stored = code.replace('.', '');
        const display = icd10ToDisplay(stored);
        expect(isIcd10Shape(display)).toBe(true);
        expect(icd10ToStored(display)).toBe(stored);
      }),
    );
  });
});
