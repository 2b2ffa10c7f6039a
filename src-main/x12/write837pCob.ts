import type { Adjustment } from '../vocabulary';
import type { Claim837, Line837 } from './claim837Types';
import { formatUnits, segment, x12Amount, x12Date } from './write837p';
import { x12Identifier as id, x12Text as clean } from './x12Text';

// Coordination of benefits in the 837P 005010X222A1 (CB-1, CB-2): loop 2320 with its 2330A/2330B loops for each
// payer ranked ahead, and loop 2430 at the end of each service line that payer answered. A payer that has not
// answered gets SBR, OI and the two names only, exactly as before answers existed. Called by write837p.ts (the
// primitives come from there; they are used only inside calls, so the two modules may import each other).

type OtherPayer837 = NonNullable<Claim837['otherPayers']>[number];

/** IG 2320/2430 CAS notes: six reason/amount/quantity trios per CAS, one group code per CAS. */
const TRIOS_PER_CAS = 6;

/**
 * CAS segments for adjustments, grouped by group code in the order the groups first appear; a group with more
 * than six adjustments continues in another CAS of the same group. Zero amounts are left out: the IG reports the
 * "first non-zero adjustment" in the first trio.
 */
export function casSegments(adjustments: readonly Adjustment[]): string[] {
  const byGroup = new Map<string, Adjustment[]>();
  for (const a of adjustments) if (a.cents !== 0) byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a]);
  const out: string[] = [];
  for (const [group, list] of byGroup)
    for (let i = 0; i < list.length; i += TRIOS_PER_CAS) {
      const trios = list
        .slice(i, i + TRIOS_PER_CAS)
        .flatMap((a) => [
          id(a.reason, 5, 'CAS adjustment reason code'),
          x12Amount(a.cents),
          a.quantity === undefined ? '' : formatUnits(a.quantity),
        ]);
      out.push(segment('CAS', group, ...trios));
    }
  return out;
}

const samePayer = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** True when some line carries a 2430 for this payer: it answered line by line. */
export function answeredByLine(claim: Claim837, payerId: string): boolean {
  return claim.lines.some((l) => (l.priorAnswers ?? []).some((a) => samePayer(a.payerId, payerId)));
}

/**
 * Loop 2320 (SBR, CAS, AMT*D, AMT*EAF, OI), 2330A (NM1*IL) and 2330B (NM1*PR, DTP*573, REF*F8) for one earlier
 * payer, in the IG's segment order. The patient is that payer's subscriber (SBR02 18), as on the 2000B.
 */
export function otherPayerSegments(claim: Claim837, other: OtherPayer837, out: string[]): void {
  out.push(
    segment(
      'SBR',
      other.payerResponsibility,
      '18',
      other.groupNumber ? id(other.groupNumber, 50, 'group number') : '',
      '',
      '',
      '',
      '',
      '',
      other.filingIndicator,
    ),
  );
  const answer = other.answer;
  if (answer) {
    out.push(...casSegments(answer.adjustments));
    // AMT*D is required once this payer has adjudicated the claim, zero for a denial.
    out.push(segment('AMT', 'D', x12Amount(answer.paidCents)));
    if (answer.remainingPatientLiabilityCents !== undefined)
      out.push(segment('AMT', 'EAF', x12Amount(answer.remainingPatientLiabilityCents)));
  }
  out.push(segment('OI', '', '', 'Y', '', '', 'Y'));
  const s = claim.subscriber;
  out.push(segment('NM1', 'IL', '1', clean(s.lastName, 60), clean(s.firstName, 35), '', '', '', 'MI', id(other.memberId, 80, 'member ID')));
  out.push(segment('NM1', 'PR', '2', clean(other.payer.name, 60), '', '', '', '', 'PI', id(other.payer.payerId, 80, 'payer ID')));
  if (!answer) return;
  // 2330B DTP*573: "required when the payer ... has previously adjudicated the claim and Loop ID-2430, Line Check or
  // Remittance Date, is not used".
  if (!answeredByLine(claim, other.payer.payerId)) out.push(segment('DTP', '573', 'D8', x12Date(answer.adjudicatedOn)));
  if (answer.payerClaimNumber) out.push(segment('REF', 'F8', id(answer.payerClaimNumber, 50, 'other payer claim control number')));
}

/** Loop 2430 (SVD, CAS, DTP*573, AMT*EAF) for each earlier payer that answered this line; none for a line it never had (PY-1). */
export function lineAdjudicationSegments(line: Line837, out: string[]): void {
  for (const a of line.priorAnswers ?? []) {
    // SVD04 is not used; SVD05 is the units the payer paid for.
    const procedure = ['HC', a.code, ...a.modifiers.slice(0, 4)].join(':');
    out.push(segment('SVD', id(a.payerId, 80, 'SVD01 other payer id'), x12Amount(a.paidCents), procedure, '', formatUnits(a.units)));
    out.push(...casSegments(a.adjustments));
    out.push(segment('DTP', '573', 'D8', x12Date(a.adjudicatedOn)));
    if (a.remainingPatientLiabilityCents !== undefined) out.push(segment('AMT', 'EAF', x12Amount(a.remainingPatientLiabilityCents)));
  }
}
