import type { Adjustment, AgingBucket, ClaimFrequency, CoverageRank, RemitOutcome, WorkItemKind, WorkItemResolution } from './terms';

// What the remittance features answer with: a posting (or its preview), the ledger, the work queue, A/R aging
// and acknowledgments. Money in integer cents.

export interface RemitClaimResult {
  controlNumber: string;
  claimKey: number | null;
  patientName: string | null;
  outcome: RemitOutcome;
  statusCode: string;
  /** RM-3 in words: "Processed as primary", "Denied", "Reversal of a previous payment"... */
  statusText: string;
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  problem: string | null;
  /** The claim's status once posted. */
  claimStatus: string | null;
}

export interface RemitTransactionResult {
  payerName: string;
  traceNumber: string;
  paymentCents: number;
  paidOn: string | null;
  method: string;
  alreadyPosted: boolean;
  claims: RemitClaimResult[];
  providerAdjustments: { reason: string; reference: string | null; cents: number }[];
}

export interface RemitPostingView {
  /** False for a preview, or when every payment in the file was posted before (RM-4). */
  posted: boolean;
  fileKey: number | null;
  transactions: RemitTransactionResult[];
  counts: Record<RemitOutcome, number>;
  warnings: string[];
}

/** The contract's ledger status: a claim to bill (not-ready, ready) or one that went out. */
export type LedgerStatus = 'not-ready' | 'ready' | 'exported' | 'accepted' | 'rejected' | 'paid' | 'partially-paid' | 'denied' | 'void';

export interface LedgerLine {
  date: string;
  to: string;
  code: string;
  modifiers: string[];
  units: number;
  billedCents: number;
  paidCents: number;
  adjustments: Adjustment[];
  remarks: string[];
}

export interface LedgerClaim {
  id: string;
  claimKey: number | null;
  patient: string;
  patientName: string;
  payer: string;
  payerName: string;
  rank: CoverageRank;
  from: string;
  to: string;
  frequency: ClaimFrequency;
  status: LedgerStatus;
  exportedOn: string | null;
  billedCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  balanceCents: number;
  adjustments: Adjustment[];
  lines: LedgerLine[];
}

export interface LedgerView {
  claims: LedgerClaim[];
}

export interface WorkItemView {
  key: number;
  claimKey: number;
  controlNumber: string;
  patientId: string;
  patientName: string;
  payerName: string;
  lineNumber: number | null;
  /** The line's code and date, when the item is about one line. */
  line: { code: string; modifiers: string[]; from: string; to: string } | null;
  kind: WorkItemKind;
  /** Each reason in words (CARC with its group), unknown codes as their code (RM-5). */
  reasons: { code: string; text: string; cents: number }[];
  remarks: { code: string; text: string }[];
  message: string | null;
  amountCents: number;
  openedOn: string;
  ageDays: number;
  assignee: string | null;
  resolution: WorkItemResolution | null;
  resolvedOn: string | null;
  /** Whether a coverage ranks after this claim's payer (the "bill the next payer" action). */
  nextPayer: string | null;
}

export interface AgingRow {
  payerId: string;
  payerName: string;
  buckets: Record<AgingBucket, number>;
  totalCents: number;
  claims: number;
}

export interface AgingView {
  asOf: string;
  rows: AgingRow[];
  totals: Record<AgingBucket, number>;
  /** Patients' balances after their last payer (CB-2). */
  patientBalanceCents: number;
  /** Average days from export to the first payment, over claims paid. */
  averageDaysToPayment: number | null;
  heldCents: number;
  /** PLB and payments not applied to a claim (unmatched). */
  unappliedCents: number;
}

export interface AckClaimResult {
  controlNumber: string;
  claimKey: number | null;
  status: 'accepted' | 'rejected' | 'pending' | 'unmatched';
  reasons: string[];
}

export interface AckView {
  kind: '999' | '277ca';
  /** 999: the transaction sets; 277CA: the claims. */
  accepted: number;
  rejected: number;
  claims: AckClaimResult[];
  messages: string[];
}
