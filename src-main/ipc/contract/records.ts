// Shapes the renderer reads. Plain data only: this file is compiled for both the main process and the page.

export interface AppStatus {
  databasePath: string;
  schemaVersion: number;
  isEmpty: boolean;
  pharmacyName: string | null;
  patientCount: number;
  today: string;
}

export interface ImportSummaryView {
  payers: number;
  prescribers: number;
  drugs: number;
  patients: number;
  plansOfCare: number;
  orders: number;
}

export interface PatientSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'U';
  primaryPayer: string | null;
  memberId: string | null;
  activeOrders: number;
}

export interface CoverageView {
  payerId: string;
  payerName: string;
  payerKind: 'commercial' | 'medicaid' | 'medicare';
  memberId: string;
  group: string | null;
  rank: 'primary' | 'secondary' | 'tertiary';
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
  sex: 'F' | 'M' | 'U';
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
  payers: { id: string; name: string; kind: 'commercial' | 'medicaid' | 'medicare' }[];
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

export interface PharmacyView {
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string | null;
  phone: string | null;
  address: { line1: string; line2: string | null; city: string; state: string; zip: string };
}

export interface FeeScheduleView {
  payerId: string;
  payerName: string;
  fees: { hcpcs: string; cents: number; effectiveFrom: string }[];
}

export interface HcpcsEntry {
  code: string;
  description: string;
  source: string;
}

export type ClaimStatus = 'exported' | 'paid' | 'denied' | 'partially-paid' | 'replaced' | 'voided';

export interface ClaimSummaryView {
  key: number;
  controlNumber: string;
  patientId: string;
  patientName: string;
  payerId: string;
  payerName: string;
  from: string;
  to: string;
  frequency: '1' | '7' | '8';
  status: ClaimStatus;
  totalCents: number;
  paidCents: number | null;
  exportedAt: string;
}

export interface ClaimLineView {
  kind: 'per-diem' | 'drug' | 'nursing';
  order?: string | undefined;
  /** OR-1/PD-4a: the order whose per diem this drug line travels with. */
  anchorOrder?: string | undefined;
  code: string;
  modifiers: string[];
  units: number;
  chargeCents: number;
  from: string;
  to: string;
  pointers: number[];
  ndc?: string | undefined;
  ndcQuantity?: number | undefined;
  ndcUnit?: string | undefined;
  priorAuth?: string | undefined;
  rules: string[];
  billingLineIds: number[];
}

export interface ClaimDraftSummary {
  draftId: string;
  patientId: string;
  patientName: string;
  payerId: string;
  payerName: string;
  coverageRank: 'primary' | 'secondary' | 'tertiary';
  memberId: string;
  from: string;
  to: string;
  part: number;
  placeOfService: string;
  priorAuth: string | null;
  diagnoses: string[];
  lines: ClaimLineView[];
  totalCents: number;
  problems: { rule: string; message: string; line?: number }[];
  /** DS-2: the day a claim of a running month becomes ready. */
  readyOn?: string | undefined;
  findings: { patient: string; order?: string; date?: string; rule: string; severity: 'error' | 'warning' | 'info'; message: string }[];
}

export interface ClaimDetailView extends ClaimSummaryView {
  payerClaimNumber: string | null;
  replacesClaimKey: number | null;
  replacedBy: { key: number; controlNumber: string; frequency: '1' | '7' | '8' }[];
  adjudicatedOn: string | null;
  adjudicationNote: string | null;
  exportFileKey: number;
  draft: ClaimDraftSummary;
  history: { at: string; kind: string; note: string | null }[];
}

export interface ClaimDraftsView {
  drafts: ClaimDraftSummary[];
  corrections: { lineKey: string; claimId: number; change: 'changed' | 'no-longer-billable' }[];
}

export interface ExportedFileView {
  fileName: string;
  format: '837p' | 'csv' | 'cms1500';
  /** Text for 837P and CSV; base64 for the PDF. */
  content: string;
  encoding: 'utf8' | 'base64';
  claims: { key: number; controlNumber: string; draftId: string; totalCents: number }[];
}

export interface LinesPreview {
  lines: {
    order?: string;
    date: string;
    kind: 'per-diem' | 'drug' | 'nursing';
    code: string;
    modifiers: string[];
    units: number;
    chargeCents: number;
    payer: string;
    rules: string[];
    /** DS-1: dated after today: scheduled, not billable yet. */
    scheduled: boolean;
  }[];
  findings: { order?: string; date?: string; rule: string; severity: 'error' | 'warning' | 'info'; message: string }[];
  today: string;
}

export interface PayerView {
  id: string;
  name: string;
  payerId: string;
  kind: 'commercial' | 'medicaid' | 'medicare';
  profile: {
    perDiemDays?: 'dose-days' | 'access-days';
    secondTherapyPercent?: number;
    thirdTherapyPercent?: number;
    recognizesSCodes?: boolean;
    modifier59WithConcurrent?: boolean;
    lineSpan?: 'day' | 'week' | 'month';
    nursingLimits?: boolean;
    requiresPriorAuth?: boolean;
    /** DS-2: interim claims through yesterday (weekly billing). */
    interimBilling?: boolean;
  };
}

/** Why a line or finding exists: its subject, the facts behind it, the rules with their policy sections. */
export interface ExplanationView {
  subject: string;
  facts: string[];
  rules: { id: string; title: string; source: string }[];
}

export interface RevenueRow {
  month: string;
  payerId: string;
  payerName: string;
  claims: number;
  billedCents: number;
  paidCents: number;
  deniedCents: number;
  /** Exported and not yet answered by the payer. */
  openCents: number;
  /** What partial payments left unpaid. */
  adjustedCents: number;
  /** Lines through today on no claim yet: billable now. */
  unbilledCents: number;
  /** DS-1: lines dated after today: scheduled, not billable yet. */
  scheduledCents: number;
}

export interface ExportFileSummary {
  key: number;
  fileName: string;
  format: '837p' | 'csv' | 'cms1500';
  createdAt: string;
  /** Claims that went out in the file. */
  claims: number;
}

/** The engine's lines and findings for a period, each line marked scheduled when dated after today (DS-1). */
export interface LinesView {
  today: string;
  lines: {
    patient: string;
    order?: string;
    date: string;
    kind: 'per-diem' | 'drug' | 'nursing';
    code: string;
    modifiers: string[];
    units: number;
    chargeCents: number;
    ndc?: string;
    ndcQuantity?: number;
    ndcUnit?: string;
    payer: string;
    rules: string[];
    scheduled: boolean;
  }[];
  findings: { patient: string; order?: string; date?: string; rule: string; severity: 'error' | 'warning' | 'info'; message: string }[];
}
