import { describe, expect, it } from 'vitest';
import {
  ageOn,
  drugClassLabel,
  formatDate,
  formatPeriod,
  minutesLabel,
  severityBadge,
  sexLabel,
  therapyLabel,
  titleCase,
  zipLabel,
} from './labels';

describe('formatDate', () => {
  it('shows a calendar date the US way', () => {
    expect(formatDate('2026-12-01')).toBe('12/01/2026');
    expect(formatDate('2027-01-31')).toBe('01/31/2027');
  });

  it('shows a dash for no date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
  });

  it('leaves text that is not a calendar date as it is', () => {
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('formatPeriod', () => {
  it('shows both ends, or an open end', () => {
    expect(formatPeriod('2026-11-01', '2026-11-30')).toBe('11/01/2026 – 11/30/2026');
    expect(formatPeriod('2026-11-01', null)).toBe('11/01/2026 – open');
  });
});

describe('ageOn', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageOn('1950-06-15', '2026-06-14')).toBe(75);
    expect(ageOn('1950-06-15', '2026-06-15')).toBe(76);
    expect(ageOn('1950-06-15', '2026-12-31')).toBe(76);
    expect(ageOn('1950-06-15', '2026-01-01')).toBe(75);
  });

  it('is zero in the first year of life', () => {
    expect(ageOn('2026-03-01', '2026-11-24')).toBe(0);
    expect(ageOn('2025-11-25', '2026-11-24')).toBe(0);
  });

  it('gives a 29 February birthday its year on 1 March', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2028-02-29')).toBe(28);
  });
});

describe('codes as words', () => {
  it('names sexes, and shows an unknown code as it is', () => {
    expect(sexLabel('F')).toBe('Female');
    expect(sexLabel('M')).toBe('Male');
    expect(sexLabel('U')).toBe('Unknown');
    expect(sexLabel('X')).toBe('X');
  });

  it('gives each severity its badge', () => {
    expect(severityBadge('error')).toBe('badge error');
    expect(severityBadge('warning')).toBe('badge warn');
    expect(severityBadge('info')).toBe('badge info');
  });

  it('reads hyphenated codes as words, but keeps a therapy hyphenated', () => {
    expect(titleCase('skilled-nursing-facility')).toBe('Skilled nursing facility');
    expect(titleCase('caregiver')).toBe('Caregiver');
    expect(therapyLabel('anti-infective')).toBe('Anti-infective');
  });

  it('shows minutes as hours and minutes', () => {
    expect(minutesLabel(45)).toBe('45 min');
    expect(minutesLabel(120)).toBe('2 h');
    expect(minutesLabel(150)).toBe('2 h 30 min');
  });

  it('shows a ZIP+4 with its hyphen', () => {
    expect(zipLabel('021391234')).toBe('02139-1234');
    expect(zipLabel('02139')).toBe('02139');
  });

  it('names drug classes, a missing class being a drug', () => {
    expect(drugClassLabel('amino-acid-specialty')).toBe('Amino acids, specialty (renal, hepatic, stress)');
    expect(drugClassLabel(null)).toBe('Drug (non-nutritional)');
    expect(drugClassLabel(undefined)).toBe('Drug (non-nutritional)');
    expect(drugClassLabel('something-new')).toBe('something-new');
  });
});
