// ICD-10-CM shape: a letter (U included: U07.1 COVID-19), a digit, a digit or letter, then up to 4 more characters after the dot.
// Stored without the dot (as the 837P HI segment wants), shown with it.
const ICD10_SHAPE = /^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/;

export function isIcd10Shape(code: string): boolean {
  return ICD10_SHAPE.test(code.toUpperCase());
}

export function icd10ToStored(code: string): string {
  return code.toUpperCase().replaceAll('.', '');
}

export function icd10ToDisplay(stored: string): string {
  const code = stored.toUpperCase();
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}
