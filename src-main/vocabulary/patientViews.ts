import type { CoverageRank, PayerKind, Sex } from './terms';

// What the patient features answer with (patients/, schedule/): the shapes the channels carry to the page.

export interface PatientSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  primaryPayer: string | null;
  memberId: string | null;
  activeOrders: number;
}

export interface CoverageView {
  payerId: string;
  payerName: string;
  payerKind: PayerKind;
  memberId: string;
  group: string | null;
  rank: CoverageRank;
  from: string;
  to: string | null;
}

export interface OrderView {
  id: string;
  therapy: string;
  drugId: string | null;
  drugName: string | null;
  hcpcs: string | null;
  dose: string | null;
  schedule: string;
  start: string;
  stop: string | null;
  route: string;
  delivery: string | null;
  litersPerDay: number | null;
  administeredBy: string | null;
  priorAuthNumber: string | null;
  /** OR-1: the order this one is a component of. */
  partOf: string | null;
  documents: { kind: string; date: string; reference: string; file: string | null }[];
}

export interface PlanOfCareView {
  id: string;
  prescriberName: string;
  prescriberNpi: string;
  from: string;
  to: string;
  /** Shown with the dot, e.g. M86.171. */
  diagnoses: string[];
  signedOn: string | null;
  orders: OrderView[];
}

export interface PatientDetail {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  address: { line1: string; line2: string | null; city: string; state: string; zip: string };
  residence: string | null;
  coverages: CoverageView[];
  episodes: { key: number; admittedOn: string; dischargedOn: string | null; dischargeReason: string | null; plans: string[] }[];
  plansOfCare: PlanOfCareView[];
  holds: { from: string; to: string; reason: string }[];
  nursingVisits: { date: string; minutes: number; order: string | null; nurse: string | null }[];
  pumpEvents: { date: string; kind: string; order: string }[];
}

export interface CatalogView {
  payers: { id: string; name: string; kind: PayerKind }[];
  prescribers: { id: string; name: string; npi: string }[];
  /** `class`: what the product is (dataset DrugClass, BU-1..BU-3); null is the default, a drug. */
  drugs: { id: string; name: string; hcpcs: string; billingUnit: string; form: string | null; class: string | null }[];
}

export type SchedulePreview =
  { ok: true; schedule: string; dosesPerDoseDay: number; doseDays: string[]; from: string; to: string } | { ok: false; message: string };

/** A plan of care as its editor loads it: the dataset's fields, with the order schedules in grammar form. */
export interface PlanOfCareEdit {
  id: string;
  prescriber: string;
  from: string;
  to: string;
  diagnoses: string[];
  signedOn?: string;
  orders: OrderEdit[];
}

export interface OrderEdit {
  id: string;
  therapy: string;
  drug?: string;
  dose?: { amount: number; unit: string };
  schedule: string;
  start: string;
  stop?: string;
  route: string;
  delivery?: string;
  litersPerDay?: number;
  administeredBy?: string;
  purpose?: string;
  /** OR-1: the id of the order of this plan this one is a component of. */
  partOf?: string;
  priorAuth?: { number: string; from: string; to: string; units?: number };
  documents?: { kind: string; date: string; reference: string }[];
  /** Read only (not saved back), OR-2: the order's versions, earliest first; the last one is the current order. */
  versions: OrderVersionView[];
  /** Read only: the order's days on claims already sent. A change to a billing field then needs an effective date. */
  billed: { lastDay: string; claims: string[] } | null;
}

/** One version of an order (OR-2): the dates it applies and what it bills. */
export interface OrderVersionView {
  from: string;
  /** Null for the current version of an open order. */
  to: string | null;
  therapy: string;
  drug: string | null;
  drugName: string | null;
  /** e.g. "1 g"; null without a drug. */
  dose: string | null;
  schedule: string;
}
