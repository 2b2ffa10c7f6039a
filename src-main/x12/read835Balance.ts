import type { Adjustment } from '../vocabulary';
import type { RemitClaim835, RemitTransaction835 } from './read835Types';

// RM-2: a claim or line that does not balance is held for review. The identities are the 835 IG's
// (005010X221A1 1.10.2.1): a positive adjustment reduces the payment, a negative one increases it.

const total = (adjustments: readonly Adjustment[]) => adjustments.reduce((sum, a) => sum + a.cents, 0);

/** Cents as dollars for a biller: 123456 -> "1234.56", -507 -> "-5.07". */
function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The balancing problems of one remittance claim, in plain English; [] when it balances.
 * - Service line balancing (IG 1.10.2.1.1): SVC02 - sum of the line's CAS = SVC03.
 * - Claim balancing (IG 1.10.2.1.2): CLP03 - sum of claim-level CAS - sum of every line's CAS = CLP04.
 * - With service lines, CLP04 = sum of SVC03 - sum of claim-level CAS: the two above together whenever the lines
 *   carry the whole claim, which an 837P answer does (the IG requires SVC for every professional line).
 */
export function balanceProblems(claim: RemitClaim835): string[] {
  const problems: string[] = [];
  const name = `claim ${claim.controlNumber} (line ${claim.line})`;
  for (const service of claim.services) {
    const adjusted = total(service.adjustments);
    if (service.chargeCents - adjusted !== service.paidCents) {
      problems.push(
        `${name}: service ${service.code} on line ${service.line} does not balance: charge ${dollars(service.chargeCents)} ` +
          `less adjustments ${dollars(adjusted)} is ${dollars(service.chargeCents - adjusted)}, but the payer paid ${dollars(service.paidCents)}`,
      );
    }
  }
  const claimAdjusted = total(claim.adjustments);
  const allAdjusted = claimAdjusted + claim.services.reduce((sum, s) => sum + total(s.adjustments), 0);
  if (claim.chargeCents - allAdjusted !== claim.paidCents) {
    problems.push(
      `${name} does not balance: charge ${dollars(claim.chargeCents)} less all adjustments ${dollars(allAdjusted)} ` +
        `is ${dollars(claim.chargeCents - allAdjusted)}, but the claim payment (CLP04) is ${dollars(claim.paidCents)}`,
    );
  }
  if (claim.services.length > 0) {
    const linesPaid = claim.services.reduce((sum, s) => sum + s.paidCents, 0);
    if (linesPaid - claimAdjusted !== claim.paidCents) {
      problems.push(
        `${name}: the line payments total ${dollars(linesPaid)}, less claim-level adjustments ${dollars(claimAdjusted)} ` +
          `that is ${dollars(linesPaid - claimAdjusted)}, but the claim payment (CLP04) is ${dollars(claim.paidCents)}`,
      );
    }
  }
  return problems;
}

/** Transaction balancing (IG 1.10.2.1.3): BPR02 = sum of CLP04 - sum of PLB amounts. */
export function transactionBalanceProblems(transaction: RemitTransaction835): string[] {
  const claimsPaid = transaction.claims.reduce((sum, c) => sum + c.paidCents, 0);
  const providerAdjusted = transaction.providerAdjustments.reduce((sum, p) => sum + p.cents, 0);
  const expected = claimsPaid - providerAdjusted;
  if (expected === transaction.payment.totalCents) return [];
  return [
    `remittance ${transaction.controlNumber} (trace ${transaction.trace.number}) does not balance: claim payments ${dollars(claimsPaid)} ` +
      `less provider adjustments ${dollars(providerAdjusted)} is ${dollars(expected)}, but the payment (BPR02) is ${dollars(transaction.payment.totalCents)}`,
  ];
}
