import type { CalendarDate } from '../calendar/calendarDate';

// The engine's input: the clinical record for a period, as plain data. No database, file or clock here.

export type QuantityUnit = 'mg' | 'g' | 'mcg' | 'units' | 'mL' | 'L' | 'mEq' | 'each';
export interface Quantity {
  amount: number;
  unit: QuantityUnit;
}

export type PayerKind = 'commercial' | 'medicaid' | 'medicare';

/** Payer profile PF-1..PF-7 (BILLING-RULES.md). Absent settings take the rule's default (payerProfile.ts). */
export interface PayerProfileSettings {
  perDiemDays?: 'dose-days' | 'access-days';
  secondTherapyPercent?: number;
  thirdTherapyPercent?: number;
  recognizesSCodes?: boolean;
  modifier59WithConcurrent?: boolean;
  lineSpan?: 'day' | 'week' | 'month';
  nursingLimits?: boolean;
  requiresPriorAuth?: boolean;
  /** DS-2: the payer takes interim claims through yesterday (weekly billing) for a running month. */
  interimBilling?: boolean;
}

export interface FeeRow {
  hcpcs: string;
  cents: number;
  from: CalendarDate;
  to?: CalendarDate | undefined;
}

export interface PayerRecord {
  id: string;
  name: string;
  kind: PayerKind;
  profile: PayerProfileSettings;
  fees: FeeRow[];
}

/** What the product is (dataset DrugClass): BU-1..BU-3 decide from it, whatever its HCPCS code. */
export type DrugClass =
  | 'drug'
  | 'electrolyte'
  | 'trace-element'
  | 'multivitamin'
  | 'amino-acid-standard'
  | 'amino-acid-specialty'
  | 'dextrose'
  | 'sterile-water'
  | 'lipid'
  | 'vitamin'
  | 'iv-solution'
  | 'flush';

export interface DrugRecord {
  id: string;
  name: string;
  hcpcs: string;
  billingUnit: Quantity;
  ndc: string;
  ndcUnit: 'UN' | 'ML' | 'GR' | 'F2' | 'ME';
  ndcUnitContains: Quantity;
  form?: 'injectable' | 'oral' | 'inhaled' | 'topical' | 'solution' | 'supply' | undefined;
  /** Absent means "drug". */
  class?: DrugClass | undefined;
}

export interface OrderRecord {
  id: string;
  therapy: string;
  drug?: string | undefined;
  dose?: Quantity | undefined;
  schedule: string;
  start: CalendarDate;
  stop?: CalendarDate | undefined;
  route: string;
  delivery?: 'intermittent' | 'continuous' | 'implanted-pump' | 'cassette' | undefined;
  litersPerDay?: number | undefined;
  administeredBy?: 'self' | 'caregiver' | 'nurse' | undefined;
  purpose?: 'treatment' | 'line-care' | undefined;
  priorAuth?: { number: string; from: CalendarDate; to: CalendarDate; units?: number | undefined } | undefined;
  documents?: { kind: string; date: CalendarDate; reference: string }[] | undefined;
  /** OR-1: the id of the order this one is a component of (additive, diluent, premedication). */
  partOf?: string | undefined;
  /**
   * OR-2: the dates this version of the order applies, when the order was edited with an effective date.
   * Several records may share an order id, each with its own window; the schedule still counts from `start`.
   */
  effective?: { from?: CalendarDate | undefined; to?: CalendarDate | undefined } | undefined;
}

export interface CoverageRecord {
  payer: string;
  memberId: string;
  rank: 'primary' | 'secondary' | 'tertiary';
  from: CalendarDate;
  to?: CalendarDate | undefined;
}

export interface PatientRecord {
  id: string;
  residence?: string | undefined;
  coverages: CoverageRecord[];
  orders: OrderRecord[];
  holds: { from: CalendarDate; to: CalendarDate; reason: 'inpatient' | 'other' }[];
  nursingVisits: { date: CalendarDate; minutes: number; order?: string | undefined }[];
  pumpEvents: { order: string; date: CalendarDate; kind: 'refill' | 'reprogram' | 'repair' | 'cassette-change' }[];
}

export interface BillingRecord {
  payers: PayerRecord[];
  drugs: DrugRecord[];
  patients: PatientRecord[];
}

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}
