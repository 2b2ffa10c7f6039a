import type { ResolvedProfile } from '../billing/payerProfile';
import type {
  AssemblyInput,
  ClaimDraftView,
  ClaimOrder,
  ClaimPatient,
  ClaimPayer,
  ClaimPlan,
  StoredBillingLine,
} from '../claims/assembly/claimDraft';

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

const DOCUMENTS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'];

/** plan1's prescriber, the referring provider of its lines. */
export const PATEL = { firstName: 'Anita', lastName: 'Patel', npi: '1543278968' };

/** plan1: January to March 2026, osteomyelitis on long-term antibiotics, signed by Dr Patel. */
export const claimPlan = (overrides: Partial<ClaimPlan> = {}): ClaimPlan => ({
  id: 'plan1',
  from: '2026-01-01',
  to: '2026-03-31',
  diagnoses: ['M86171', 'Z792'],
  signedOn: '2025-12-30',
  prescriber: PATEL,
  ...overrides,
});

/** Order o1 under plan1, stopping 2026-01-31, with all five PY-3 documents. */
export const claimOrder = (overrides: Partial<ClaimOrder> = {}): ClaimOrder => ({
  id: 'o1',
  planId: 'plan1',
  stop: '2026-01-31',
  documentKinds: DOCUMENTS,
  ...overrides,
});

/** claimPatient on plan1 with orders o1 and o2 unless the test gives others. */
export const plannedPatient = (overrides: Partial<ClaimPatient> = {}): ClaimPatient =>
  claimPatient({ plans: [claimPlan()], orders: [claimOrder(), claimOrder({ id: 'o2' })], ...overrides });

/** Blue Cross (bcbs) on COMMERCIAL_PROFILE, with the test's settings over it. */
export const claimPayer = (profile: Partial<ResolvedProfile> = {}): ClaimPayer => ({
  id: 'bcbs',
  name: 'Blue Cross',
  payerId: 'BCBS01',
  kind: 'commercial',
  profile: { ...COMMERCIAL_PROFILE, ...profile },
});

/** A stored billing line before the store numbers it. */
export type UnstoredLine = Omit<StoredBillingLine, 'id'>;

/** Meropenem's per diem (S9502) for order o1 unless overridden. */
export const perDiemLine = (date: string, overrides: Partial<UnstoredLine> = {}): UnstoredLine => ({
  patient: 'pt1',
  order: 'o1',
  date,
  kind: 'per-diem',
  code: 'S9502',
  modifiers: [],
  units: 1,
  chargeCents: 15000,
  payer: 'bcbs',
  rules: ['PD-1', 'PU-1'],
  ...overrides,
});

/** Meropenem 1 g q8h: J2185 x30, 3 vials. */
export const drugLine = (date: string, overrides: Partial<UnstoredLine> = {}): UnstoredLine => ({
  patient: 'pt1',
  order: 'o1',
  date,
  kind: 'drug',
  code: 'J2185',
  modifiers: [],
  units: 30,
  chargeCents: 4500,
  ndc: '63323050720',
  ndcQuantity: 3,
  ndcUnit: 'UN',
  payer: 'bcbs',
  rules: ['DR-1', 'DR-2', 'MT-3'],
  ...overrides,
});

/** The second therapy of the day (o2, vancomycin q12h): S9501 with SH at 50 % (MT-1, MT-2). */
export const secondPerDiemLine = (date: string, overrides: Partial<UnstoredLine> = {}) =>
  perDiemLine(date, {
    order: 'o2',
    code: 'S9501',
    modifiers: ['SH'],
    chargeCents: 6000,
    rules: ['PD-1', 'PU-1', 'MT-1', 'MT-2'],
    ...overrides,
  });

/** Vancomycin for o2: J3370 x4, 2 vials. */
export const secondDrugLine = (date: string, overrides: Partial<UnstoredLine> = {}) =>
  drugLine(date, { order: 'o2', code: 'J3370', units: 4, chargeCents: 2500, ndc: '00409653201', ndcQuantity: 2, ...overrides });

/** A nurse's visit, first hour (99601, NU-1): a nursing line belongs to no order. */
export const nursingLine = (date: string, overrides: Partial<UnstoredLine> = {}): UnstoredLine => {
  const { order: _none, ...visit } = perDiemLine(date, { kind: 'nursing', code: '99601', chargeCents: 18000, rules: ['NU-1'] });
  return { ...visit, ...overrides };
};

/** Day `day` of January 2026. */
export const january = (day: number) => `2026-01-${String(day).padStart(2, '0')}`;
/** January 2026 from day `first` to day `last`, both included. */
export const januaryDays = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => january(first + i));

/** Prairie Home Infusion's input with plannedPatient, claimPayer and the lines numbered 1.. in order, today 2026-02-10. */
export function assemblyInput(lines: UnstoredLine[], overrides: Partial<AssemblyInput> = {}): AssemblyInput {
  return {
    pharmacy: {
      name: 'Prairie Home Infusion',
      npi: '1765432186',
      taxId: '371234567',
      taxonomy: '3336H0001X',
      address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627010001' },
    },
    patients: [plannedPatient()],
    payers: [claimPayer()],
    // Ids in line order, as the store numbers the engine's lines.
    lines: lines.map((l, i) => ({ ...l, id: i + 1 })),
    findings: [],
    today: '2026-02-10',
    ...overrides,
  };
}

/** Ana Diaz's January claim to Blue Cross, 5th to 6th, as assembleClaims drafts it from plannedPatient and claimPayer: no lines yet. */
export const claimDraftView = (overrides: Partial<ClaimDraftView> = {}): ClaimDraftView => ({
  draftId: 'pt1|bcbs|2026-01|1',
  patientId: 'pt1',
  patientName: 'Diaz, Ana',
  payerId: 'bcbs',
  payerName: 'Blue Cross',
  coverageRank: 'primary',
  memberId: 'M0001',
  groupNumber: 'G100',
  from: '2026-01-05',
  to: '2026-01-06',
  part: 1,
  placeOfService: '12',
  priorAuth: null,
  diagnoses: ['M86171', 'Z792'],
  referringProvider: PATEL,
  lines: [],
  totalCents: 0,
  problems: [],
  findings: [],
  ...overrides,
});

/** A draft's lines as kind:order:from, to assert their order at a glance. */
export const lineKeys = (d: ClaimDraftView) => d.lines.map((l) => `${l.kind}:${l.order ?? '-'}:${l.from}`);
