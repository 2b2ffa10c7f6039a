// Text that goes on a claim (837P elements, CMS-1500 boxes): transliterated to ASCII, upper-cased, and kept
// within the X12 basic/extended character set. Pure: no database, file or Electron imports.

/** The separators write837p.ts uses: segment terminator, element, component, repetition (ISA11). */
export const X12_SEPARATORS = ['~', '*', ':', '^'] as const;

/** One character of the X12 basic + extended set, less the separators Dripline writes (and backtick). */
const X12_CHARACTER = /^[A-Za-z0-9 !"&'()+,\-./;?=%@[\]_{}\\|<>#$]$/;

// Letters and punctuation that NFKD does not reduce to ASCII; '' marks an invisible character that carries nothing.
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Þ: 'TH',
  þ: 'th',
  Œ: 'OE',
  œ: 'oe',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  Ŧ: 'T',
  ŧ: 't',
  Ŋ: 'NG',
  ŋ: 'ng',
  ĸ: 'k',
  ƒ: 'f',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u02BB': "'",
  '\u00B4': "'",
  '`': "'",
  '\u2039': "'",
  '\u203A': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2043': '-',
  '\u2044': '/',
  '\u00B7': '',
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u2028': ' ',
  '\u2029': ' ',
};

const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) <= 0x7f);
// C0 and C1 controls, DEL and the Unicode line/paragraph separators: never part of a claim value.
const isControl = (c: string) => /\p{Cc}|[\u2028\u2029]/u.test(c);
const controlsToSpaces = (s: string) => [...s].map((c) => (isControl(c) ? ' ' : c)).join('');

/** The ASCII form of one code point, or null when it has none (a CJK ideograph, an emoji, Cyrillic...). */
function foldCodePoint(ch: string): string | null {
  const direct = FOLD[ch];
  if (direct !== undefined) return direct;
  if (isAscii(ch)) return ch;
  const decomposed = [...ch.normalize('NFKD').replace(/\p{M}/gu, '')].map((c) => FOLD[c] ?? c).join('');
  return isAscii(decomposed) ? decomposed : null;
}

/** ASCII transliteration ("José Muñoz-Pérez" -> "Jose Munoz-Perez"); characters without an ASCII form are dropped. */
export function asciiForm(value: string): string {
  let out = '';
  for (const ch of value) out += foldCodePoint(ch) ?? '';
  return out;
}

/** The distinct characters of a text that have no ASCII form and would be lost on a claim. */
export function lostCharacters(value: string): string[] {
  const lost = new Set<string>();
  for (const ch of value) if (foldCodePoint(ch) === null) lost.add(ch);
  return [...lost];
}

/** True when every character of the text has an ASCII form (nothing would be lost): "Zoë" yes, "王", "Zoë 王" no. */
export function hasAsciiForm(value: string): boolean {
  return lostCharacters(value).length === 0;
}

/** An 837P free-text element: ASCII, upper case, separators and controls as spaces, spaces collapsed, cut to max. */
export function x12Text(value: string, max: number): string {
  return [...controlsToSpaces(asciiForm(value).toUpperCase()).replace(/[~*:^]/g, ' ')]
    .filter((c) => X12_CHARACTER.test(c))
    .join('')
    .replace(/ +/g, ' ')
    .trim()
    .slice(0, max)
    .trimEnd();
}

/** A CMS-1500 box's text: ASCII, upper case, controls as spaces (the form's own spacing is kept). */
export function printText(value: string): string {
  return controlsToSpaces(asciiForm(value).toUpperCase());
}

/**
 * Why a free text (name, address, city, payer or pharmacy name) cannot go on a claim, or null when it can.
 * Phrased to follow the field's name: "Last name has "王", ...".
 */
export function claimTextProblem(value: string): string | null {
  const lost = lostCharacters(value);
  if (lost.length > 0)
    return `has ${lost
      .slice(0, 5)
      .map((c) => `"${c}"`)
      .join(
        ', ',
      )}${lost.length > 5 ? '...' : ''}, which cannot be written on a claim (no Latin-letter form): enter it in Latin letters as the payer has it on file`;
  if (value.trim() !== '' && x12Text(value, Number.MAX_SAFE_INTEGER) === '')
    return 'has nothing that can be written on a claim: use letters or digits';
  return null;
}

/**
 * Why an identifier (member ID, group, payer ID, authorization number, submitter/receiver id) cannot be sent
 * exactly as entered, or null when it can. Identifiers are never altered, so these are refused, not cleaned.
 */
export function identifierProblem(value: string): string | null {
  const chars = [...value];
  const separator = chars.find((c) => (X12_SEPARATORS as readonly string[]).includes(c));
  if (separator !== undefined) return `contains "${separator}", which separates the parts of a claim file: enter it without "${separator}"`;
  if (chars.some(isControl)) return 'contains a line break, tab or other control character';
  if (value !== value.trim()) return 'starts or ends with a space: remove it (identifiers are sent exactly as entered)';
  const other = chars.find((c) => !X12_CHARACTER.test(c));
  if (other !== undefined)
    return `contains "${other}", which cannot be sent in a claim file: use letters, digits, spaces and common punctuation`;
  return null;
}

/** True when an element value holds only characters of the X12 set Dripline writes (no separator, no control). */
export function isX12Value(value: string): boolean {
  return [...value].every((c) => X12_CHARACTER.test(c));
}

/** An 837P identifier element: sent as entered (upper-cased, as every element is); throws rather than alter it. */
export function x12Identifier(value: string, max: number, what: string): string {
  const problem = value.length > max ? `is longer than ${max} characters` : identifierProblem(value);
  if (problem !== null) throw new Error(`The 837P cannot be written: ${what} "${value}" ${problem}.`);
  return value.toUpperCase();
}
