import { firstDayOfMonth, lastDayOfMonth, monthOf, type CalendarDate } from '../../calendar/calendarDate';
import { COVERAGE_RANKS, type CoverageRank } from '../../vocabulary';
import type { AnsweredClaim, AssemblyInput, ClaimDraftView, ClaimPatient, DraftLine, ReadinessProblem } from './claimDraft';

// Coordination of benefits (CB-1, CB-2): a claim a payer answered goes on to the payer ranked after it when
// something is left (patient responsibility, or a denial), carrying that answer line by line; a secondary or
// tertiary claim waits until every payer ranked ahead of it has answered for the patient's month.

const rankIndex = (rank: CoverageRank) => COVERAGE_RANKS.indexOf(rank);

/** The coverage ranked right after `rank` active on the dates, if any. */
export function nextCoverage(patient: ClaimPatient, rank: CoverageRank, from: CalendarDate, to: CalendarDate) {
  return patient.coverages
    .filter((c) => rankIndex(c.rank) > rankIndex(rank) && c.from <= to && (c.to === null || c.to >= from))
    .sort((a, b) => rankIndex(a.rank) - rankIndex(b.rank))[0];
}

/** CB-2: the next payer is asked when a line was denied or left something to the patient. */
export function leavesSomething(claim: AnsweredClaim): boolean {
  return claim.lines.some((line) => {
    const prior = line.prior;
    if (!prior) return false;
    const patientPart = prior.adjustments.filter((a) => a.group === 'PR').reduce((s, a) => s + a.cents, 0);
    return patientPart > 0 || prior.paidCents === 0;
  });
}

export interface ForwardedClaim {
  key: string;
  claim: AnsweredClaim;
}

/**
 * Answered claims to send on, by the draft group (patient|payer|month) of the next payer. A crossover (RM-3
 * 19-21) was forwarded by the payer itself, and a claim that left nothing is settled: neither goes on.
 */
export function forwardedClaims(input: AssemblyInput, patients: Map<string, ClaimPatient>): Map<string, AnsweredClaim[]> {
  const byGroup = new Map<string, AnsweredClaim[]>();
  for (const claim of input.answered ?? []) {
    const patient = patients.get(claim.patient);
    if (!patient || claim.crossover !== null || !leavesSomething(claim)) continue;
    const next = nextCoverage(patient, claim.rank, claim.from, claim.to);
    if (!next) continue;
    const key = `${claim.patient}|${next.payer}|${monthOf(claim.from)}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), claim]);
  }
  return byGroup;
}

/** Lines of the answered claims, each claim kept whole: its 2320 totals balance only over all of its lines. */
export function forwardedBlocks(claims: AnsweredClaim[]): DraftLine[][] {
  return claims.map((c) => c.lines.map((l) => ({ ...l, pointers: [...l.pointers] })));
}

/** CB-1: a secondary or tertiary claim waits for each payer ranked ahead to answer for the patient's dates. */
export function coordinationProblems(draft: ClaimDraftView, patient: ClaimPatient, input: AssemblyInput): ReadinessProblem[] {
  if (draft.coverageRank === 'primary') return [];
  const ahead = patient.coverages.filter(
    (c) => rankIndex(c.rank) < rankIndex(draft.coverageRank) && c.from <= draft.to && (c.to === null || c.to >= draft.from),
  );
  const month = monthOf(draft.from);
  const [first, last] = [firstDayOfMonth(month), lastDayOfMonth(month)];
  const problems: ReadinessProblem[] = [];
  for (const coverage of ahead) {
    for (const waiting of input.awaiting ?? []) {
      if (waiting.patient !== patient.id || waiting.payer !== coverage.payer) continue;
      if (waiting.from > last || waiting.to < first) continue;
      problems.push({ rule: 'CB-1', message: `Waiting for the ${coverage.rank} payer's answer: ${waiting.what}.` });
    }
    // Lines of the month that payer has not been billed for yet: it answers first.
    const unbilled = input.lines.filter(
      (l) => l.patient === patient.id && l.payer === coverage.payer && l.date >= first && l.date <= last && l.date <= input.today,
    );
    if (unbilled.length > 0) {
      const dates = unbilled.map((l) => l.date).sort();
      problems.push({
        rule: 'CB-1',
        message: `Waiting for the ${coverage.rank} payer: it has not been billed yet for ${dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`}.`,
      });
    }
  }
  return problems;
}
