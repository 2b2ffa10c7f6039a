// The words Dripline's records are written in (shared/contracts/dataset-v1.md), each list written once. The
// dataset and channel schemas (z.enum), the store's columns (text(..., { enum })), the engine's types and the
// screens' choices all derive from these lists. Plain data: compiled for the main process and for the page.

export const THERAPIES = [
  'anti-infective',
  'pain',
  'chemotherapy',
  'tpn',
  'hydration',
  'corticosteroid',
  'hemodialysis',
  'anticoagulant',
  'immunotherapy',
  'peritoneal-dialysis',
  'enteral-gravity',
  'enteral-pump',
  'enteral-bolus',
  'anti-hemophilic',
  'alpha-1-proteinase-inhibitor',
  'long-term-controlled-rate',
  'inotropic',
  'tocolytic',
  'antiemetic',
  'insulin',
  'chelation',
  'enzyme-replacement',
  'anti-tnf',
  'diuretic',
  'anti-spasmodic',
  'antiemetic-injection',
  'anticoagulant-injection',
  'hematopoietic-injection',
  'transfusion',
  'injectable-noc',
  'growth-hormone',
  'interferon',
  'hormonal-injection',
  'palivizumab',
  'irrigation',
  'infusion-noc',
  'supply',
] as const;
export type Therapy = (typeof THERAPIES)[number];

export const ROUTES = ['IV', 'SubQ', 'IM', 'oral', 'inhaled', 'topical', 'enteral', 'intrathecal', 'epidural'] as const;
export type Route = (typeof ROUTES)[number];

export const DELIVERIES = ['intermittent', 'continuous', 'implanted-pump', 'cassette'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Who gives the doses (DR-4). */
export const ADMINISTERED_BY = ['caregiver', 'nurse', 'self'] as const;
export type AdministeredBy = (typeof ADMINISTERED_BY)[number];

/** Why an order is given: `line-care` hydration keeps its drug bundled (BU-2). */
export const ORDER_PURPOSES = ['treatment', 'line-care'] as const;
export type OrderPurpose = (typeof ORDER_PURPOSES)[number];

export const QUANTITY_UNITS = ['mg', 'g', 'mcg', 'units', 'mL', 'L', 'mEq', 'each'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/** The 837P's NDC units of measure (CTP05-1). */
export const NDC_UNITS = ['UN', 'ML', 'GR', 'F2', 'ME'] as const;
export type NdcUnit = (typeof NDC_UNITS)[number];

export const DRUG_FORMS = ['injectable', 'oral', 'inhaled', 'topical', 'solution', 'supply'] as const;
export type DrugForm = (typeof DRUG_FORMS)[number];

/** What the product is (DrugClass): BU-1..BU-3 decide from it, whatever its HCPCS code. Absent means 'drug'. */
export const DRUG_CLASSES = [
  'drug',
  'electrolyte',
  'trace-element',
  'multivitamin',
  'amino-acid-standard',
  'amino-acid-specialty',
  'dextrose',
  'sterile-water',
  'lipid',
  'vitamin',
  'iv-solution',
  'flush',
] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

/** The documents an order needs before it bills (PY-3). */
export const DOCUMENT_KINDS = [
  'medication-order',
  'plan-of-care',
  'preparation-notes',
  'administration-record',
  'delivery-record',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PAYER_KINDS = ['commercial', 'medicaid', 'medicare'] as const;
export type PayerKind = (typeof PAYER_KINDS)[number];

/** PF-1: what a per diem unit counts. */
export const PER_DIEM_DAYS = ['dose-days', 'access-days'] as const;
export type PerDiemDays = (typeof PER_DIEM_DAYS)[number];

/** PF-4: how many days one service line spans. */
export const LINE_SPANS = ['day', 'week', 'month'] as const;
export type LineSpan = (typeof LINE_SPANS)[number];

/** Payer profile PF-1..PF-7 (BILLING-RULES.md). Absent settings take the rule's default (billing/payerProfile.ts). */
export interface PayerProfileSettings {
  perDiemDays?: PerDiemDays;
  secondTherapyPercent?: number;
  thirdTherapyPercent?: number;
  recognizesSCodes?: boolean;
  modifier59WithConcurrent?: boolean;
  lineSpan?: LineSpan;
  nursingLimits?: boolean;
  requiresPriorAuth?: boolean;
  /** DS-2: the payer takes interim claims through yesterday (weekly billing) for a running month. */
  interimBilling?: boolean;
}

export const COVERAGE_RANKS = ['primary', 'secondary', 'tertiary'] as const;
export type CoverageRank = (typeof COVERAGE_RANKS)[number];

export const SEXES = ['F', 'M', 'U'] as const;
export type Sex = (typeof SEXES)[number];

/** Where the patient lives; every one but a skilled nursing facility is a home (PY-2). */
export const RESIDENCES = ['home', 'relative-home', 'assisted-living', 'retirement-home', 'skilled-nursing-facility'] as const;
export type Residence = (typeof RESIDENCES)[number];

export const HOLD_REASONS = ['inpatient', 'other'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** PU-3, PU-4: the days an implanted-pump or cassette order bills. */
export const PUMP_EVENT_KINDS = ['cassette-change', 'refill', 'reprogram', 'repair'] as const;
export type PumpEventKind = (typeof PUMP_EVENT_KINDS)[number];

export const LINE_KINDS = ['per-diem', 'drug', 'nursing'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A claim after export, in the order of its life: acknowledged at the payer's front door (999/277CA), answered
 * (RM-3, from the ledger), its answer reversed by the payer, or replaced or voided by a later claim.
 */
export const CLAIM_STATUSES = [
  'exported',
  'accepted',
  'rejected',
  'paid',
  'partially-paid',
  'denied',
  'reversed',
  'replaced',
  'voided',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What a biller records from the payer's answer. */
export const ADJUDICATED_STATUSES = ['paid', 'partially-paid', 'denied'] as const satisfies readonly ClaimStatus[];
export type AdjudicatedStatus = (typeof ADJUDICATED_STATUSES)[number];

/** A claim that stands at the payer (not rejected at the front door, replaced or voided): it can still be answered, corrected or voided. */
export const STANDING_STATUSES = ['exported', 'accepted', ...ADJUDICATED_STATUSES, 'reversed'] as const satisfies readonly ClaimStatus[];
export const isStanding = (status: string): boolean => (STANDING_STATUSES as readonly string[]).includes(status);

/** A claim's history: its statuses, a paper claim printed again, remittances posted, and the biller's work on it. */
export const CLAIM_EVENT_KINDS = [
  ...CLAIM_STATUSES,
  'reprinted',
  'posted',
  'held',
  'assigned',
  'note',
  'appealed',
  'written-off',
  'next-payer',
  'resent',
] as const;
export type ClaimEventKind = (typeof CLAIM_EVENT_KINDS)[number];

/** CLM05-3: 1 an original claim, 7 a replacement, 8 a void. */
export const CLAIM_FREQUENCIES = ['1', '7', '8'] as const;
export type ClaimFrequency = (typeof CLAIM_FREQUENCIES)[number];

export const EXPORT_FORMATS = ['837p', 'csv', 'cms1500', 'statement'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** RM-2: claim adjustment group codes (835 CAS01): contractual, patient responsibility, other, payer-initiated, correction. */
export const ADJUSTMENT_GROUPS = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;
export type AdjustmentGroup = (typeof ADJUSTMENT_GROUPS)[number];

/** One adjustment of a payer's answer: group, reason (CARC), amount in cents (negative gives money back). */
export interface Adjustment {
  group: AdjustmentGroup;
  reason: string;
  cents: number;
  quantity?: number | undefined;
}

/** RM-3: CLP02, how the payer processed a claim. */
export const REMIT_CLAIM_STATUS_CODES = ['1', '2', '3', '4', '19', '20', '21', '22', '23', '25'] as const;
export type RemitClaimStatusCode = (typeof REMIT_CLAIM_STATUS_CODES)[number];

/** What a remittance claim (CLP) became when its file was posted (RM-1, RM-2, RM-4). */
export const REMIT_OUTCOMES = ['posted', 'held', 'unmatched', 'already-posted'] as const;
export type RemitOutcome = (typeof REMIT_OUTCOMES)[number];

/** Ledger entries: what the payer paid, and each adjustment by group and reason (RM-2); a reversal posts negatives. */
export const LEDGER_ENTRY_KINDS = ['payment', 'adjustment'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** RM-5: the biller's work queue: claims and lines denied or paid short, rejected at the front door, or held. */
export const WORK_ITEM_KINDS = ['denied', 'underpaid', 'rejected', 'held'] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** RM-5: how a biller resolves a work item; 'paid' when a later answer settles it by itself. */
export const WORK_ITEM_RESOLUTIONS = [
  'corrected',
  'resent',
  'appealed',
  'next-payer',
  'written-off',
  'paid',
  'posted',
  'dismissed',
] as const;
export type WorkItemResolution = (typeof WORK_ITEM_RESOLUTIONS)[number];

/** Acknowledgments read at the payer's front door. */
export const ACK_KINDS = ['999', '277ca'] as const;
export type AckKind = (typeof ACK_KINDS)[number];

/** A/R aging buckets by days since the claim went out. */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Who may do what (HIPAA 164.312(a) access control): each channel names the roles it allows. */
export const ROLES = ['intake', 'biller', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
