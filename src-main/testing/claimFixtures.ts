import type { ResolvedProfile } from '../billing/payerProfile';
import type { ClaimPatient } from '../claims/assembly/claimDraft';

// Hand-built pieces for the claim-assembly tests (no database).

/** A commercial payer's resolved profile with the CPCP019 defaults, spelled out so a test reads every setting. */
export const COMMERCIAL_PROFILE: ResolvedProfile = {
  perDiemDays: 'dose-days',
  secondTherapyPercent: 50,
  thirdTherapyPercent: 25,
  recognizesSCodes: true,
  modifier59WithConcurrent: false,
  lineSpan: 'day',
  nursingLimits: false,
  requiresPriorAuth: false,
  interimBilling: false,
};

/** Ana Diaz at home, one bcbs primary coverage from 2026-01-01, no plans or orders unless the test gives them. */
export function claimPatient(overrides: Partial<ClaimPatient> = {}): ClaimPatient {
  return {
    id: 'pt1',
    firstName: 'Ana',
    lastName: 'Diaz',
    birthDate: '1958-03-12',
    sex: 'F',
    address: { line1: '200 Oak St', city: 'Springfield', state: 'IL', zip: '627040002' },
    residence: 'home',
    coverages: [{ payer: 'bcbs', memberId: 'M0001', group: 'G100', rank: 'primary', from: '2026-01-01', to: null }],
    plans: [],
    orders: [],
    ...overrides,
  };
}
