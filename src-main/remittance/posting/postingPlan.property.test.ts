import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Adjustment, ClaimStatus } from '../../vocabulary';
import type { RemitClaim835, RemitService835 } from '../../x12/read835Types';
import { remitClaim835, remitService835 } from '../../x12/testing/remitClaims';
import { lineLedgers, statusFromLedger } from './claimLedger';
import { planClaimPosting, type ClaimPosting, type PlannedEntry, type SentClaim, type SentClaimLine } from './postingPlan';

// RM-1..RM-3 as invariants: a sent claim answered by any sequence of 835 claims (paid, partly paid, denied, reversed,
// sent twice, unbalanced) never leaves a line half answered; what is held or unmatched posts nothing (RM-2, RM-4);
// a reversal (CLP02 22) takes the standing answer back whole; a claim reads 'paid' only when every line is answered.

const CONTROL = 'DL00000042';
const CODES = ['S9502', 'J2185', 'S9501', 'J3370', '99601', '99602'];

function sentClaim(charges: number[]): SentClaim {
  const lines: SentClaimLine[] = charges.map((chargeCents, i) => {
    // Each line its own date: RM-1's fallback (code, modifiers, units, date) finds exactly one line.
    const date = `2026-11-${String(10 + i).padStart(2, '0')}`;
    return {
      number: i + 1,
      code: CODES[i % CODES.length]!,
      modifiers: i % 2 === 1 ? ['SH'] : [],
      units: 1 + (i % 3),
      chargeCents,
      from: date,
      to: date,
    };
  });
  return {
    key: 7,
    controlNumber: CONTROL,
    status: 'exported',
    payerId: 'bcbs',
    payerName: 'Example Health Plan',
    totalCents: sum(charges),
    lines,
    entries: [],
  };
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const negate = (adjustments: readonly Adjustment[]) => adjustments.map((a) => ({ ...a, cents: -a.cents }));

function service(line: SentClaimLine, sign: 1 | -1, paidCents: number, adjustments: Adjustment[], withControl: boolean): RemitService835 {
  return remitService835({
    line: 20 + line.number,
    code: line.code,
    modifiers: line.modifiers,
    chargeCents: sign * line.chargeCents,
    paidCents,
    units: line.units,
    from: line.from,
    to: line.to,
    lineControl: withControl ? `${CONTROL}-${line.number}` : null,
    adjustments,
  });
}

function remitClaim(statusCode: string, services: RemitService835[]): RemitClaim835 {
  return remitClaim835({
    line: 15,
    controlNumber: CONTROL,
    statusCode,
    chargeCents: sum(services.map((s) => s.chargeCents)),
    paidCents: sum(services.map((s) => s.paidCents)),
    patientResponsibilityCents: sum(services.flatMap((s) => s.adjustments.filter((a) => a.group === 'PR').map((a) => a.cents))),
    filingIndicator: 'CI',
    payerClaimNumber: 'PCN42',
    services,
  });
}

/** One line's answer: paid, then the rest split between PR and CO (the shares are drawn before the claim is known). */
interface LineSplit {
  line: number;
  paidShare: number;
  patientShare: number;
}

type Step =
  | { kind: 'full'; lines: number[]; withControl: boolean }
  | { kind: 'partial'; splits: LineSplit[]; withControl: boolean }
  | { kind: 'denied'; lines: number[]; reason: string; withControl: boolean }
  | { kind: 'reversal'; withControl: boolean }
  | { kind: 'duplicate' }
  | { kind: 'unbalanced'; lines: number[]; offCents: number };

function stepArb(lineCount: number): fc.Arbitrary<Step> {
  const numbers = Array.from({ length: lineCount }, (_, i) => i + 1);
  const lines = fc.subarray(numbers, { minLength: 1 });
  const withControl = fc.boolean();
  return fc.oneof(
    fc.record({ kind: fc.constant('full' as const), lines, withControl }),
    fc.record({
      kind: fc.constant('partial' as const),
      splits: lines.chain((chosen) =>
        fc.tuple(...chosen.map((line) => fc.record({ line: fc.constant(line), paidShare: fc.nat(1000), patientShare: fc.nat(1000) }))),
      ),
      withControl,
    }),
    fc.record({ kind: fc.constant('denied' as const), lines, reason: fc.constantFrom('96', '204', '50', '197'), withControl }),
    fc.record({ kind: fc.constant('reversal' as const), withControl }),
    fc.record({ kind: fc.constant('duplicate' as const) }),
    fc.record({ kind: fc.constant('unbalanced' as const), lines, offCents: fc.integer({ min: -500, max: 500 }).filter((n) => n !== 0) }),
  );
}

const scenarioArb = fc
  .array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 8 })
  .chain((charges) => fc.tuple(fc.constant(charges), fc.array(stepArb(charges.length), { minLength: 1, maxLength: 12 })));

/** The 835 claim a step sends, given what stands on the claim now and the claim sent before it. */
function answerFor(step: Step, sent: SentClaim, previous: RemitClaim835 | null): RemitClaim835 | null {
  const line = (n: number) => sent.lines[n - 1]!;
  switch (step.kind) {
    case 'full': {
      const services = step.lines.map((n) => service(line(n), 1, line(n).chargeCents, [], step.withControl));
      return remitClaim('1', services);
    }
    case 'partial': {
      const services = step.splits.map(({ line: n, paidShare, patientShare }) => {
        const billed = line(n).chargeCents;
        const paid = Math.floor((billed * paidShare) / 1000);
        const patient = Math.floor(((billed - paid) * patientShare) / 1000);
        const contractual = billed - paid - patient;
        const adjustments: Adjustment[] = [
          ...(patient > 0 ? [{ group: 'PR' as const, reason: '2', cents: patient }] : []),
          ...(contractual > 0 ? [{ group: 'CO' as const, reason: '45', cents: contractual }] : []),
        ];
        return service(line(n), 1, paid, adjustments, step.withControl);
      });
      return remitClaim(services.every((s) => s.paidCents === 0) ? '4' : '1', services);
    }
    case 'denied': {
      const services = step.lines.map((n) =>
        service(line(n), 1, 0, [{ group: 'CO', reason: step.reason, cents: line(n).chargeCents }], step.withControl),
      );
      return remitClaim('4', services);
    }
    case 'reversal': {
      // RM-3 CLP02 22: the payer takes back what stands, line by line, with every sign turned.
      const standing = lineLedgers(sent.lines, sent.entries).filter((l) => l.answered);
      const services =
        standing.length > 0
          ? standing.map((l) => service(line(l.number), -1, -l.paidCents, negate(l.adjustments), step.withControl))
          : sent.lines.map((l) => service(l, -1, -l.chargeCents, [], step.withControl));
      return remitClaim('22', services);
    }
    case 'duplicate':
      return previous;
    case 'unbalanced': {
      const services = step.lines.map((n) => service(line(n), 1, line(n).chargeCents, [], true));
      services[0]!.paidCents -= step.offCents; // SVC02 != SVC03 + CAS (835 IG 1.10.2.1)
      return remitClaim('1', services);
    }
  }
}

/** What the step must become (RM-2, RM-3, RM-4), from what stands before it. */
function expectedOutcome(step: Step, sent: SentClaim): ClaimPosting['outcome'] {
  const answered = new Set(
    lineLedgers(sent.lines, sent.entries)
      .filter((l) => l.answered)
      .map((l) => l.number),
  );
  switch (step.kind) {
    case 'unbalanced':
    case 'duplicate': // The same answer again: either it was held and still is, or its lines are answered now.
      return 'held';
    case 'reversal':
      return answered.size > 0 ? 'posted' : 'held';
    case 'partial':
      return step.splits.some((s) => answered.has(s.line)) ? 'held' : 'posted';
    default:
      return step.lines.some((n) => answered.has(n)) ? 'held' : 'posted';
  }
}

/** RM-2 per line, from the raw entries: either nothing stands (payment and every group/reason net to 0), or it balances. */
function lineProblems(sent: SentClaim, entries: readonly PlannedEntry[]): string[] {
  const problems: string[] = [];
  for (const l of lineLedgers(sent.lines, entries)) {
    const own = entries.filter((e) => e.lineNumber === l.number);
    const paid = sum(own.filter((e) => e.kind === 'payment').map((e) => e.cents));
    const byReason = new Map<string, number>();
    for (const e of own.filter((x) => x.kind === 'adjustment'))
      byReason.set(`${e.group}-${e.reason}`, (byReason.get(`${e.group}-${e.reason}`) ?? 0) + e.cents);
    const adjusted = sum([...byReason.values()]);
    const nothingStands = paid === 0 && [...byReason.values()].every((c) => c === 0);
    if (nothingStands !== !l.answered) problems.push(`line ${l.number}: answered=${l.answered} but paid ${paid}, adjusted ${adjusted}`);
    if (!nothingStands && l.billedCents !== paid + adjusted)
      problems.push(`line ${l.number}: billed ${l.billedCents} != paid ${paid} + adjustments ${adjusted}`);
    if (l.answered && l.billedCents !== l.paidCents + sum(l.adjustments.map((a) => a.cents)))
      problems.push(
        `line ${l.number}: lineLedgers says billed ${l.billedCents}, paid ${l.paidCents}, adjusted ${sum(l.adjustments.map((a) => a.cents))}`,
      );
  }
  return problems;
}

describe('planClaimPosting over any sequence of 835 answers (RM-1..RM-4)', () => {
  it('keeps every line unanswered or balanced, posts nothing for held answers, and reads paid only when every line is answered', () => {
    fc.assert(
      fc.property(scenarioArb, ([charges, steps]) => {
        const sent = sentClaim(charges);
        let status: ClaimStatus = 'exported';
        let previous: RemitClaim835 | null = null;
        let previousOutcome: ClaimPosting['outcome'] | null = null;
        for (const step of steps) {
          const answer = answerFor(step, sent, previous);
          if (!answer) continue; // a duplicate before any answer: nothing to send twice
          const expected = expectedOutcome(step, sent);
          const before = structuredClone(sent.entries);
          const posting = planClaimPosting(answer, sent);
          expect({ step: step.kind, outcome: posting.outcome }).toEqual({ step: step.kind, outcome: expected });
          // Planning is pure: the claim's entries are what remitService appends, never touched by the plan.
          expect(sent.entries).toEqual(before);
          if (posting.outcome === 'posted') {
            sent.entries = [...sent.entries, ...posting.entries];
            status = statusFromLedger(status, sent.lines, sent.entries, posting.reversal);
          } else {
            // Held: nothing is added to the claim (RM-2).
            expect(sent.entries).toHaveLength(before.length);
          }
          expect(lineProblems(sent, sent.entries)).toEqual([]);
          const ledgers = lineLedgers(sent.lines, sent.entries);
          if (step.kind === 'reversal' && previousOutcome === 'posted' && previous?.statusCode !== '22') {
            // RM-3: the reversal right after a posted answer takes everything back.
            expect(posting.outcome).toBe('posted');
            expect(ledgers.filter((l) => l.answered).map((l) => l.number)).toEqual([]);
            expect(ledgers.every((l) => l.paidCents === 0 && l.adjustments.length === 0 && l.balanceCents === l.billedCents)).toBe(true);
            expect(status).toBe('reversed');
          }
          if (status === 'paid') expect(ledgers.filter((l) => !l.answered).map((l) => l.number)).toEqual([]);
          if (ledgers.every((l) => !l.answered)) expect(['exported', 'reversed']).toContain(status);
          previous = answer;
          previousOutcome = posting.outcome;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an answer for a claim we never sent is unmatched and carries no entries (RM-4)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 8 }), (charges) => {
        const sent = sentClaim(charges);
        const answer = remitClaim(
          '1',
          sent.lines.map((l) => service(l, 1, l.chargeCents, [], true)),
        );
        const posting = planClaimPosting(answer, undefined);
        expect(posting).toEqual({ outcome: 'unmatched', remit: answer, problem: `We sent no claim with the control number ${CONTROL}.` });
      }),
    );
  });

  it('a paid-in-full answer to every line, on a claim with nothing posted, posts each line paid and reads paid (RM-2, RM-3)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (charges, withControl) => {
        const sent = sentClaim(charges);
        const posting = planClaimPosting(
          remitClaim(
            '1',
            sent.lines.map((l) => service(l, 1, l.chargeCents, [], withControl)),
          ),
          sent,
        );
        expect(posting.outcome).toBe('posted');
        if (posting.outcome !== 'posted') return;
        expect(posting.entries).toEqual(
          sent.lines.map((l) => ({ lineNumber: l.number, kind: 'payment', cents: l.chargeCents, remarks: [] })),
        );
        expect(statusFromLedger('exported', sent.lines, posting.entries, false)).toBe('paid');
      }),
    );
  });
});
