import type { Adjustment, AdjustmentGroup, ClaimStatus, LedgerEntryKind } from '../../vocabulary';

// The ledger of one claim, summed: what the payer paid and adjusted per line and at claim level (RM-2), and the
// claim's status that follows from it (RM-3). Pure: entries in, figures out.

export interface LedgerEntry {
  /** Null: claim level (an answer without service lines, or a claim-level CAS). */
  lineNumber: number | null;
  kind: LedgerEntryKind;
  group?: AdjustmentGroup | null | undefined;
  reason?: string | null | undefined;
  cents: number;
}

export interface SentLine {
  number: number;
  chargeCents: number;
}

export interface MoneyFigures {
  billedCents: number;
  paidCents: number;
  /** Group PR: deductible, coinsurance, co-payment (CB-2). */
  patientResponsibilityCents: number;
  /** Every adjustment, summed by group and reason; zero sums left out. */
  adjustments: Adjustment[];
  /** billed - paid - every adjustment: what no answer has accounted for yet. */
  balanceCents: number;
}

/** Adjustments summed by group and reason, in the order first met, without those that net to zero (a reversal). */
export function sumAdjustments(entries: readonly LedgerEntry[]): Adjustment[] {
  const sums = new Map<string, Adjustment>();
  for (const e of entries) {
    if (e.kind !== 'adjustment' || !e.group) continue;
    const key = `${e.group}-${e.reason ?? ''}`;
    const sum = sums.get(key);
    if (sum) sum.cents += e.cents;
    else sums.set(key, { group: e.group, reason: e.reason ?? '', cents: e.cents });
  }
  return [...sums.values()].filter((a) => a.cents !== 0);
}

export function figures(billedCents: number, entries: readonly LedgerEntry[]): MoneyFigures {
  const paidCents = entries.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.cents, 0);
  const adjustments = sumAdjustments(entries);
  const adjusted = adjustments.reduce((s, a) => s + a.cents, 0);
  const patientResponsibilityCents = adjustments.filter((a) => a.group === 'PR').reduce((s, a) => s + a.cents, 0);
  return { billedCents, paidCents, patientResponsibilityCents, adjustments, balanceCents: billedCents - paidCents - adjusted };
}

/** A line (or the claim level) has a standing answer when something on it does not net to zero. */
export function isAnswered(entries: readonly LedgerEntry[]): boolean {
  const payment = entries.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.cents, 0);
  return payment !== 0 || sumAdjustments(entries).length > 0;
}

/** A line the payer answered with nothing paid and nothing left to the patient: denied (RM-5). */
export function isDenied(f: MoneyFigures): boolean {
  return f.paidCents === 0 && f.patientResponsibilityCents === 0 && f.adjustments.length > 0;
}

export interface LineLedger extends MoneyFigures {
  number: number;
  answered: boolean;
}

export function lineLedgers(lines: readonly SentLine[], entries: readonly LedgerEntry[]): LineLedger[] {
  return lines.map((line) => {
    const own = entries.filter((e) => e.lineNumber === line.number);
    return { number: line.number, answered: isAnswered(own), ...figures(line.chargeCents, own) };
  });
}

/**
 * RM-3: the status the ledger gives a claim. A claim replaced, voided or rejected keeps that status; one with no
 * standing answer stays as it went out (or reads "reversed" when its last answer was taken back).
 */
export function statusFromLedger(
  current: ClaimStatus,
  lines: readonly SentLine[],
  entries: readonly LedgerEntry[],
  lastAnswerWasReversal: boolean,
): ClaimStatus {
  if (current === 'replaced' || current === 'voided') return current;
  const perLine = lineLedgers(lines, entries);
  const claimLevel = entries.filter((e) => e.lineNumber === null);
  const anyAnswer = perLine.some((l) => l.answered) || isAnswered(claimLevel);
  if (!anyAnswer) {
    if (lastAnswerWasReversal) return 'reversed';
    return current === 'paid' || current === 'partially-paid' || current === 'denied' || current === 'reversed' ? 'exported' : current;
  }
  const total = figures(
    lines.reduce((s, l) => s + l.chargeCents, 0),
    entries,
  );
  if (total.paidCents <= 0 && total.patientResponsibilityCents === 0) return 'denied';
  // Answered at claim level only (no service lines in the 835): the claim's own figures decide.
  const answeredLines = perLine.filter((l) => l.answered);
  if (answeredLines.length === 0) return total.balanceCents === 0 ? 'paid' : 'partially-paid';
  const someLineOpen = answeredLines.length < perLine.length;
  const someLineDenied = answeredLines.some(isDenied);
  return someLineOpen || someLineDenied || total.balanceCents !== 0 ? 'partially-paid' : 'paid';
}
