import { formatUsDate } from '../../../src-main/calendar/calendarDate';
import type { DrugClass, Severity, Sex } from '../../../src-main/vocabulary';

// Display helpers for values that are stored as contract codes.

export const formatDate = (date: string | null | undefined): string => (date ? formatUsDate(date) : '—');

export function formatPeriod(from: string, to: string | null): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : 'open'}`;
}

export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const SEX: Record<Sex, string> = { F: 'Female', M: 'Male', U: 'Unknown' };
export const sexLabel = (sex: string): string => SEX[sex as Sex] ?? sex;

/** A finding's badge: its severity's colour. */
const SEVERITY_BADGE: Record<Severity, string> = { error: 'error', warning: 'warn', info: 'info' };
export const severityBadge = (severity: Severity): string => `badge ${SEVERITY_BADGE[severity]}`;

export const titleCase = (code: string): string =>
  code
    .split('-')
    .map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');

export function minutesLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Contract codes as words: "anti-infective" stays hyphenated, "skilled-nursing-facility" reads as words. */
export const therapyLabel = (therapy: string): string => therapy.charAt(0).toUpperCase() + therapy.slice(1);

export const zipLabel = (zip: string): string => (zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip);

/** Drug classes (dataset DrugClass) in plain words: what the product is, which BU-1..BU-3 decide from. */
const DRUG_CLASS_LABELS: Record<DrugClass, string> = {
  drug: 'Drug (non-nutritional)',
  electrolyte: 'Electrolyte',
  'trace-element': 'Trace elements',
  multivitamin: 'Multivitamin (standard)',
  'amino-acid-standard': 'Amino acids, standard',
  'amino-acid-specialty': 'Amino acids, specialty (renal, hepatic, stress)',
  dextrose: 'Dextrose',
  'sterile-water': 'Sterile water',
  lipid: 'Lipid',
  vitamin: 'Added vitamin (outside the multivitamin)',
  'iv-solution': 'IV solution (saline, D5W)',
  flush: 'Flush (heparin, saline)',
};
export const drugClassLabel = (drugClass: string | null | undefined): string =>
  DRUG_CLASS_LABELS[(drugClass ?? 'drug') as DrugClass] ?? drugClass ?? '';
