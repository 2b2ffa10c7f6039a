import type { CalendarDate } from '../calendar/calendarDate';
import { COVERAGE_RANKS, type CoverageRank } from '../vocabulary';
import type { PatientRecord, PayerRecord } from './billingRecord';
import { resolveProfile, type ResolvedProfile } from './payerProfile';

export interface PayerOnDate {
  payer: PayerRecord;
  profile: ResolvedProfile;
  rank: CoverageRank;
}

/** The patient's coverages active on a date, primary first. */
export function coveragesOn(patient: PatientRecord, payers: ReadonlyMap<string, PayerRecord>, date: CalendarDate): PayerOnDate[] {
  return patient.coverages
    .filter((c) => c.from <= date && (c.to === undefined || c.to >= date))
    .sort((a, b) => COVERAGE_RANKS.indexOf(a.rank) - COVERAGE_RANKS.indexOf(b.rank))
    .flatMap((c) => {
      const payer = payers.get(c.payer);
      return payer ? [{ payer, profile: resolveProfile(payer), rank: c.rank }] : [];
    });
}

export type PerDiemPayer =
  | { kind: 'payer'; on: PayerOnDate; reroutedFrom?: PayerOnDate }
  | { kind: 'none-recognizes'; primary: PayerOnDate }
  | { kind: 'no-coverage' };

/**
 * PY-1 / PF-7: a per diem (S-code) goes to the first active coverage whose payer recognizes S-codes.
 * For a Medicare beneficiary with a secondary plan that is the secondary; the per diem's drug follows it (MT-3).
 */
export function perDiemPayer(active: PayerOnDate[]): PerDiemPayer {
  const primary = active[0];
  if (!primary) return { kind: 'no-coverage' };
  const recognizing = active.find((c) => c.profile.recognizesSCodes);
  if (!recognizing) return { kind: 'none-recognizes', primary };
  return recognizing === primary ? { kind: 'payer', on: primary } : { kind: 'payer', on: recognizing, reroutedFrom: primary };
}
