import type { CalendarDate } from '../../calendar/calendarDate';
import { dollars, type ClaimStatus } from '../../vocabulary';
import { balanceProblems } from '../../x12/read835';
import type { RemitClaim835, RemitService835 } from '../../x12/read835Types';
import { lineLedgers, type LedgerEntry } from './claimLedger';

// What posting one 835 claim (CLP) would do, decided before anything is written: matched to the claim we sent
// (RM-1), each service to its line, entries per line and at claim level (RM-2); held for review where it does
// not balance or does not fit what was sent; unmatched where we never sent it (RM-4). Pure: data in, plan out.

export interface SentClaimLine {
  number: number;
  code: string;
  modifiers: string[];
  units: number;
  chargeCents: number;
  from: CalendarDate;
  to: CalendarDate;
}

export interface SentClaim {
  key: number;
  controlNumber: string;
  status: ClaimStatus;
  payerId: string;
  payerName: string;
  totalCents: number;
  lines: SentClaimLine[];
  /** What is posted on it already (earlier remittances), with the payer's remark codes. */
  entries: PlannedEntry[];
}

export interface PlannedEntry extends LedgerEntry {
  remarks: string[];
}

export type ClaimPosting =
  | { outcome: 'posted'; remit: RemitClaim835; sent: SentClaim; entries: PlannedEntry[]; reversal: boolean }
  | { outcome: 'held'; remit: RemitClaim835; sent: SentClaim; entries: PlannedEntry[]; reversal: boolean; problem: string }
  | { outcome: 'unmatched'; remit: RemitClaim835; problem: string };

const REVERSAL = '22';
const sameModifiers = (a: readonly string[], b: readonly string[]) => [...a].sort().join(':') === [...b].sort().join(':');

/** RM-1: the line by the control number we sent (REF*6R), else by code, modifiers, units and dates. */
function matchLine(service: RemitService835, sent: SentClaim, taken: Set<number>): SentClaimLine | undefined {
  if (service.lineControl !== null) {
    const byControl = sent.lines.find((l) => `${sent.controlNumber}-${l.number}` === service.lineControl);
    if (byControl && !taken.has(byControl.number)) return byControl;
  }
  // SVC06: when the payer changed the code, the code we sent is there.
  const code = service.submitted?.code ?? service.code;
  const modifiers = service.submitted?.modifiers ?? service.modifiers;
  const units = service.submittedUnits ?? service.units;
  return sent.lines.find(
    (l) =>
      !taken.has(l.number) &&
      l.code === code &&
      sameModifiers(l.modifiers, modifiers) &&
      Math.abs(l.units - Math.abs(units)) < 1e-9 &&
      (service.from === null || (service.from >= l.from && (service.to ?? service.from) <= l.to)),
  );
}

const describeService = (s: RemitService835) =>
  `${[s.code, ...s.modifiers].join('-')}${s.from ? ` on ${s.from}${s.to && s.to !== s.from ? ` to ${s.to}` : ''}` : ''} (835 line ${s.line})`;

function serviceEntries(service: RemitService835, lineNumber: number): PlannedEntry[] {
  const entries: PlannedEntry[] = [];
  if (service.paidCents !== 0) entries.push({ lineNumber, kind: 'payment', cents: service.paidCents, remarks: service.remarks });
  for (const a of service.adjustments)
    entries.push({ lineNumber, kind: 'adjustment', group: a.group, reason: a.reason, cents: a.cents, remarks: service.remarks });
  // A line answered with nothing paid and nothing adjusted still counts as answered only through its remarks.
  return entries;
}

function claimLevelEntries(remit: RemitClaim835): PlannedEntry[] {
  const entries: PlannedEntry[] = [];
  if (remit.services.length === 0) {
    if (remit.paidCents !== 0) entries.push({ lineNumber: null, kind: 'payment', cents: remit.paidCents, remarks: remit.remarks });
  } else {
    // 835 balancing: CLP04 = sum(SVC03) - claim-level CAS; the withheld part is a negative claim-level payment.
    const linePaid = remit.services.reduce((s, v) => s + v.paidCents, 0);
    if (remit.paidCents !== linePaid)
      entries.push({ lineNumber: null, kind: 'payment', cents: remit.paidCents - linePaid, remarks: remit.remarks });
  }
  for (const a of remit.adjustments)
    entries.push({ lineNumber: null, kind: 'adjustment', group: a.group, reason: a.reason, cents: a.cents, remarks: remit.remarks });
  return entries;
}

/** Every line must end either unanswered (all nets zero) or answered in full (billed = paid + adjustments). */
function ledgerProblem(sent: SentClaim, entries: readonly LedgerEntry[]): string | undefined {
  for (const line of lineLedgers(sent.lines, entries)) {
    if (!line.answered || line.balanceCents === 0) continue;
    const total = line.paidCents + line.billedCents - line.balanceCents;
    return `Line ${line.number} would stand at ${dollars(total)} answered against ${dollars(line.billedCents)} billed: an answer for it is already posted, or this one does not fit it.`;
  }
  return undefined;
}

export function planClaimPosting(remit: RemitClaim835, sent: SentClaim | undefined): ClaimPosting {
  if (!sent) return { outcome: 'unmatched', remit, problem: `We sent no claim with the control number ${remit.controlNumber}.` };
  const reversal = remit.statusCode === REVERSAL;
  const entries: PlannedEntry[] = [];
  const taken = new Set<number>();
  const hold = (problem: string): ClaimPosting => ({ outcome: 'held', remit, sent, entries, reversal, problem });
  for (const service of remit.services) {
    const line = matchLine(service, sent, taken);
    if (!line) return hold(`The service ${describeService(service)} matches no line of claim ${sent.controlNumber}.`);
    taken.add(line.number);
    if (Math.abs(service.chargeCents) !== line.chargeCents)
      return hold(
        `The service ${describeService(service)} answers a charge of ${dollars(service.chargeCents)}; line ${line.number} billed ${dollars(line.chargeCents)}.`,
      );
    entries.push(...serviceEntries(service, line.number));
  }
  entries.push(...claimLevelEntries(remit));
  const balance = balanceProblems(remit);
  if (balance.length > 0) return hold(balance.join(' '));
  if (remit.services.length === 0 && Math.abs(remit.chargeCents) !== sent.totalCents)
    return hold(
      `The payer answers a charge of ${dollars(remit.chargeCents)}; claim ${sent.controlNumber} billed ${dollars(sent.totalCents)}.`,
    );
  const standing = lineLedgers(sent.lines, sent.entries).some((l) => l.answered) || sent.entries.some((e) => e.lineNumber === null);
  if (reversal && !standing) return hold(`The payer reverses an answer to claim ${sent.controlNumber} that was never posted here.`);
  const claimLevel = sent.entries.filter((e) => e.lineNumber === null);
  if (
    !reversal &&
    remit.services.length > 0 &&
    claimLevel.some((e) => e.kind === 'payment') &&
    lineLedgers(sent.lines, sent.entries).every((l) => !l.answered)
  )
    return hold(`Claim ${sent.controlNumber} already has an answer posted for the whole claim: review it before posting this one.`);
  const problem = ledgerProblem(sent, [...sent.entries, ...entries]);
  if (problem) return hold(problem);
  return { outcome: 'posted', remit, sent, entries, reversal };
}
