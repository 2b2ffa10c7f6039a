import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit } from './npi';
import { icd10ToDisplay, icd10ToStored, isIcd10Shape } from './icd10';

describe('identifiers', () => {
  it('checks the NPI check digit (Luhn over 80840 + the first nine digits)', () => {
    expect(['1765432186', '1543278968', '1234567893'].every(isValidNpi)).toBe(true);
    expect(['1234567890', '1765432187', '176543218', '17654321860', '176543218X', ''].some(isValidNpi)).toBe(false);
    expect(npiCheckDigit('123456789')).toBe(3);
  });

  it('checks the ICD-10-CM shape and stores codes without the dot', () => {
    expect(['M86.171', 'Z79.2', 'T82.7XXA', 'A41.9', 'E43', 'm86.171'].every(isIcd10Shape)).toBe(true);
    expect(['123', 'M8', 'M86.17100', 'A4'].some(isIcd10Shape)).toBe(false);
    expect(isIcd10Shape('U07.1')).toBe(true);
    expect(icd10ToStored('m86.171')).toBe('M86171');
    expect(icd10ToDisplay('M86171')).toBe('M86.171');
    expect(icd10ToDisplay('E43')).toBe('E43');
  });
});
