// ICD-10-CM shape: a letter, a digit, a digit or letter, then up to 4 more characters after the dot.
// Stored without the dot (as the 837P HI segment wants), shown with it.
const ICD10_SHAPE = /^[A-TV-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;

export function isIcd10Shape(code: string): boolean {
  return ICD10_SHAPE.test(code.toUpperCase());
}

export function icd10ToStored(code: string): string {
  return code.toUpperCase().replace('.', '');
}

export function icd10ToDisplay(stored: string): string {
  return stored.length > 3 ? `${stored.slice(0, 3)}.${stored.slice(3)}` : stored;
}
