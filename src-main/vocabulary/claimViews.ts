import type { LedgerClaim } from './remittanceViews';
import type { Adjustment, ClaimFrequency, ClaimStatus, CoverageRank, ExportFormat, LineKind, Severity } from './terms';

// What the billing features answer with (lines/, claims/): lines, claims to bill, claims sent, files, revenue.

export interface ClaimSummaryView {
  key: number;
  controlNumber: string;
  patientId: string;
  patientName: string;
  payerId: string;
  payerName: string;
  from: string;
  to: string;
  frequency: ClaimFrequency;
  status: ClaimStatus;
  totalCents: number;
  paidCents: number | null;
  exportedAt: string;
}

/** A service line as the claim carries it (one day, or a PF-4 span), with the stored lines behind it. */
export interface ClaimLineView {
  kind: LineKind;
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
  /** CB-1: the answer of the payer ahead for this line (2430), when the line went to that payer first. */
  prior?: PriorLineAnswer | undefined;
}

/** CB-1: what a payer ranked ahead paid and adjusted on one line. */
export interface PriorLineAnswer {
  payerId: string;
  claimKey: number;
  paidCents: number;
  adjustments: Adjustment[];
  adjudicatedOn: string;
}

/** CB-1: the claim of a payer ranked ahead whose answer a secondary or tertiary claim carries (2320/2330B). */
export interface PriorClaimAnswer {
  claimKey: number;
  controlNumber: string;
  payerId: string;
  payerName: string;
  payerClaimNumber: string | null;
  adjudicatedOn: string;
  paidCents: number;
  /** Claim-level adjustments (2320 CAS). */
  adjustments: Adjustment[];
  /** CB-2: what the patient owes after this payer (AMT*EAF). */
  patientResponsibilityCents: number;
}

export interface ClaimDraftSummary {
  draftId: string;
  patientId: string;
  patientName: string;
  payerId: string;
  payerName: string;
  coverageRank: CoverageRank;
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
  /** CB-1: the answers of the payers ahead this claim carries. */
  priorClaims?: PriorClaimAnswer[] | undefined;
  findings: { patient: string; order?: string; date?: string; rule: string; severity: Severity; message: string }[];
}

export interface ClaimDetailView extends ClaimSummaryView {
  payerClaimNumber: string | null;
  replacesClaimKey: number | null;
  replacedBy: { key: number; controlNumber: string; frequency: ClaimFrequency }[];
  adjudicatedOn: string | null;
  adjudicationNote: string | null;
  exportFileKey: number;
  draft: ClaimDraftSummary;
  history: { at: string; kind: string; note: string | null }[];
  /** RM-2: what the payers paid and adjusted on it, line by line (the ledger). */
  ledger: LedgerClaim;
}

export interface ClaimDraftsView {
  drafts: ClaimDraftSummary[];
  corrections: { lineKey: string; claimId: number; change: 'changed' | 'no-longer-billable' }[];
}

export interface ExportedFileView {
  fileName: string;
  format: ExportFormat;
  /** Text for 837P and CSV; base64 for the PDF. */
  content: string;
  encoding: 'utf8' | 'base64';
  claims: { key: number; controlNumber: string; draftId: string; totalCents: number }[];
}

export interface ExportFileSummary {
  key: number;
  fileName: string;
  format: ExportFormat;
  createdAt: string;
  /** Claims that went out in the file. */
  claims: number;
}

export interface RevenueRow {
  month: string;
  payerId: string;
  payerName: string;
  claims: number;
  billedCents: number;
  paidCents: number;
  /** Lines and claims the payer denied (RM-5), including those since corrected and resent. */
  deniedCents: number;
  /** The part of deniedCents on claims since corrected and resent (frequency 7). */
  correctedDenialsCents: number;
  /** Not yet answered by the payer: billed - paid - every adjustment. */
  openCents: number;
  /** Contractual and other payer adjustments on lines that were paid (CO-45...). */
  adjustedCents: number;
  /** Group PR: deductible, coinsurance, co-payment, for the next payer or the patient (CB-2). */
  patientCents: number;
  /** Lines through today on no claim yet: billable now. */
  unbilledCents: number;
  /** DS-1: lines dated after today: scheduled, not billable yet. */
  scheduledCents: number;
}

/** The fields of an engine line that its views carry; the engine's BillingLine (billing/billingLine.ts) extends it. */
export interface LineFields {
  order?: string;
  date: string;
  kind: LineKind;
  code: string;
  modifiers: string[];
  units: number;
  chargeCents: number;
  ndc?: string;
  ndcQuantity?: number;
  ndcUnit?: string;
  payer: string;
}

/** An engine line as a view carries it: rules as plain ids, and whether it is scheduled (DS-1). */
type ScheduledLine = LineFields & {
  rules: string[];
  /** DS-1: dated after today: scheduled, not billable yet. */
  scheduled: boolean;
};

export interface LinesPreview {
  lines: Omit<ScheduledLine, 'ndc' | 'ndcQuantity' | 'ndcUnit'>[];
  findings: { order?: string; date?: string; rule: string; severity: Severity; message: string }[];
  today: string;
}

/** The engine's lines and findings for a period, each line marked scheduled when dated after today (DS-1). */
export interface LinesView {
  today: string;
  lines: (ScheduledLine & { patient: string })[];
  findings: { patient: string; order?: string; date?: string; rule: string; severity: Severity; message: string }[];
}

/** Why a line or finding exists: its subject, the facts behind it, the rules with their policy sections. */
export interface ExplanationView {
  subject: string;
  facts: string[];
  rules: { id: string; title: string; source: string }[];
}
