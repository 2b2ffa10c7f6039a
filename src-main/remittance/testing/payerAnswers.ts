import type { LedgerClaim } from '../../vocabulary';
import type { AdjustmentFixture, ClaimFixture, RemitFixture, ServiceFixture } from '../../x12/testing/remitFixtures';

// Test builders: a payer's 835 answer to claims we exported, line by line, as the ledger shows them.

export interface LineAnswer {
  paidCents: number;
  adjustments?: AdjustmentFixture[];
  remarks?: string[];
}

/** A line paid less the patient's share (group PR) and a contractual cut (CO-45): paid + adjustments = billed (RM-2). */
export function paidLessShares(billedCents: number, patient: { reason: string; cents: number }, contractualCents: number): LineAnswer {
  return {
    paidCents: billedCents - patient.cents - contractualCents,
    adjustments: [
      { group: 'PR', reason: patient.reason, cents: patient.cents },
      { group: 'CO', reason: '45', cents: contractualCents },
    ],
  };
}

/** Each line paid in full, unless `answer` says otherwise for it (by 1-based line number). */
export function answerClaim(
  claim: LedgerClaim,
  answer: (line: number, billedCents: number) => LineAnswer = (_, billed) => ({ paidCents: billed }),
  options: { status?: string; sign?: 1 | -1; withLineControl?: boolean } = {},
): ClaimFixture {
  const sign = options.sign ?? 1;
  const services: ServiceFixture[] = claim.lines.map((line, i) => {
    const a = answer(i + 1, line.billedCents);
    return {
      code: line.code,
      modifiers: line.modifiers,
      chargeCents: sign * line.billedCents,
      paidCents: sign * a.paidCents,
      units: line.units,
      date: line.date,
      ...(options.withLineControl === false ? {} : { lineControl: `${claim.id}-${i + 1}` }),
      adjustments: (a.adjustments ?? []).map((adj) => ({ ...adj, cents: sign * adj.cents })),
      ...(a.remarks ? { remarks: a.remarks } : {}),
    };
  });
  const paid = services.reduce((s, v) => s + v.paidCents, 0);
  const patient = services.flatMap((s) => s.adjustments ?? []).filter((a) => a.group === 'PR');
  return {
    id: claim.id,
    status: options.status ?? (sign < 0 ? '22' : paid === 0 ? '4' : '1'),
    chargeCents: sign * claim.billedCents,
    paidCents: paid,
    patientCents: patient.reduce((s, a) => s + a.cents, 0),
    payerClaimNumber: `PCN${claim.id}`,
    services,
  };
}

/** One payment (BPR/TRN) answering these claims. */
export function payment(trace: string, claims: ClaimFixture[], payer = { name: 'EXAMPLE HEALTH PLAN', id: '60054' }): RemitFixture {
  return {
    paymentCents: claims.reduce((s, c) => s + c.paidCents, 0),
    trace,
    paymentDate: '2026-12-15',
    payer,
    claims,
  };
}
