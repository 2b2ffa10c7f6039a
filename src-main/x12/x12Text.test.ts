import { describe, expect, it } from 'vitest';
import { asciiForm, claimTextProblem, hasAsciiForm, identifierProblem, lostCharacters, printText, x12Identifier, x12Text } from './x12Text';

describe('claim text: transliteration to the X12 character set', () => {
  it.each([
    ['José Muñoz-Pérez', 'JOSE MUNOZ-PEREZ'],
    ['Straße', 'STRASSE'],
    ['Æsir Ørsted', 'AESIR ORSTED'],
    ['Łódź', 'LODZ'],
    ['Đorđe Þórsson', 'DORDE THORSSON'],
    ['Œuvre Kırıkkale', 'OEUVRE KIRIKKALE'],
    ['Nguyễn Thị Čapek', 'NGUYEN THI CAPEK'],
    ['O’Brien “Jr” – Apt ½', 'O\'BRIEN "JR" - APT 1/2'],
    ['Ａｖｅ ﬁrst', 'AVE FIRST'],
    ['e\u0301lan', 'ELAN'],
  ])('%s -> %s', (text, expected) => {
    expect(x12Text(text, 60)).toBe(expected);
    expect(hasAsciiForm(text)).toBe(true);
    expect(claimTextProblem(text)).toBeNull();
  });

  it('turns separators and line breaks into spaces, collapses spaces and cuts to the element length', () => {
    expect(x12Text('  12 Main*St~\nApt:3^B  ', 60)).toBe('12 MAIN ST APT 3 B');
    expect(x12Text('Muñoz-Pérez', 6)).toBe('MUNOZ-');
    expect(x12Text('AB CD', 3)).toBe('AB');
  });

  it('prints the CMS-1500 text in upper-case ASCII, keeping the form spacing', () => {
    expect(printText('Muñoz-Pérez, José')).toBe('MUNOZ-PEREZ, JOSE');
    expect(printText('371234567  X EIN')).toBe('371234567  X EIN');
  });

  it('has no ASCII form for an ideograph, an emoji or Cyrillic, and a mixed name loses a part', () => {
    for (const text of ['王', '😀', '👍🏽', 'Зоя']) {
      expect(hasAsciiForm(text)).toBe(false);
      expect(x12Text(text, 60)).toBe('');
    }
    expect(lostCharacters('Zoë 王')).toEqual(['王']);
    expect(hasAsciiForm('Zoë 王')).toBe(false);
    expect(asciiForm('Zoë 王')).toBe('Zoe ');
    expect(claimTextProblem('Zoë 王')).toMatch(/^has "王", which cannot be written on a claim/);
  });

  it('refuses free text with nothing left to write, such as only separators', () => {
    expect(claimTextProblem('***')).toBe('has nothing that can be written on a claim: use letters or digits');
    expect(claimTextProblem('')).toBeNull();
  });
});

describe('claim identifiers are sent as entered or refused', () => {
  it.each([
    ['AB*123', 'contains "*", which separates the parts of a claim file: enter it without "*"'],
    ['AB~1', 'contains "~", which separates the parts of a claim file: enter it without "~"'],
    ['AB:1', 'contains ":", which separates the parts of a claim file: enter it without ":"'],
    ['AB^1', 'contains "^", which separates the parts of a claim file: enter it without "^"'],
    ['AB\t1', 'contains a line break, tab or other control character'],
    ['AB1\n', 'contains a line break, tab or other control character'],
    [' AB1', 'starts or ends with a space: remove it (identifiers are sent exactly as entered)'],
    ['AB1 ', 'starts or ends with a space: remove it (identifiers are sent exactly as entered)'],
    ['ABÉ1', 'contains "É", which cannot be sent in a claim file: use letters, digits, spaces and common punctuation'],
  ])('%j: %s', (value, problem) => {
    expect(identifierProblem(value)).toBe(problem);
    expect(() => x12Identifier(value, 80, 'member ID')).toThrow(`member ID "${value}" ${problem}`);
  });

  it('accepts letters, digits, inner spaces and common punctuation, upper-cased for the file', () => {
    for (const value of ['XEH123456789', 'GRP-0042/B', 'AB 12.3', 'ab12']) expect(identifierProblem(value)).toBeNull();
    expect(x12Identifier('ab12', 80, 'member ID')).toBe('AB12');
    expect(() => x12Identifier('A'.repeat(39), 38, 'CLM01')).toThrow('is longer than 38 characters');
  });
});
