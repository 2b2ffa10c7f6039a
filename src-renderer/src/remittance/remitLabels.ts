import type { AckClaimResult, Adjustment, AgingBucket, RemitOutcome, WorkItemKind, WorkItemResolution } from '../../../src-main/vocabulary';
import { formatDate } from '../ui/labels';
import { formatCents } from '../ui/money';

// The remittance screens' words for contract codes: posting outcomes (RM-1, RM-4), work-item kinds and
// resolutions (RM-5), acknowledgment statuses and adjustments as the biller reads them (RM-2).

export const OUTCOME_LABELS: Record<RemitOutcome, string> = {
  posted: 'Posted',
  held: 'Held for review',
  unmatched: 'Unmatched',
  'already-posted': 'Already posted',
};
export const OUTCOME_BADGES: Record<RemitOutcome, string> = { posted: 'ok', held: 'warn', unmatched: 'error', 'already-posted': 'info' };

export const KIND_LABELS: Record<WorkItemKind, string> = {
  denied: 'Denied',
  underpaid: 'Underpaid',
  rejected: 'Rejected',
  held: 'Held for review',
};
export const KIND_BADGES: Record<WorkItemKind, string> = { denied: 'error', underpaid: 'warn', rejected: 'error', held: 'info' };

export const RESOLUTION_LABELS: Record<WorkItemResolution, string> = {
  corrected: 'Corrected',
  resent: 'Sent again',
  appealed: 'Appealed',
  'next-payer': 'Billed to the next payer',
  'written-off': 'Written off',
  paid: 'Paid by a later answer',
  posted: 'Posted',
  dismissed: 'Dismissed',
};

export const ACK_LABELS: Record<AckClaimResult['status'], string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  pending: 'Pending',
  unmatched: 'Unmatched',
};
export const ACK_BADGES: Record<AckClaimResult['status'], string> = {
  accepted: 'ok',
  rejected: 'error',
  pending: 'info',
  unmatched: 'warn',
};

/** BPR04: how the payer sent the money. */
const PAYMENT_METHODS: Record<string, string> = { ACH: 'ACH', CHK: 'check', FWT: 'wire', BOP: 'bank’s choice', NON: 'no payment' };
export const paymentMethodLabel = (method: string): string => PAYMENT_METHODS[method] ?? method;

/** RM-2: an adjustment as its group, reason and amount: "CO-45 $12.00". */
export const adjustmentLabel = (a: Adjustment): string => `${a.group}-${a.reason} ${formatCents(a.cents)}`;

/** A procedure code with its modifiers, as the claim sent it: "J1234-JW". */
export const codeLabel = (code: string, modifiers: readonly string[]): string => [code, ...modifiers].join('-');

/** One day, or a span of days (a PF-4 line). */
export const daysLabel = (from: string, to: string): string => (from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`);

export const ageLabel = (days: number): string => (days === 1 ? '1 day' : `${days} days`);

/** A/R aging buckets by days since the claim went out, as column heads. */
export const BUCKET_LABELS: Record<AgingBucket, string> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '91-120': '91–120 days',
  '120+': 'Over 120 days',
};
