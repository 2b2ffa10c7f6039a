import type { AdjustmentGroup, RemitClaimStatusCode } from '../../vocabulary';

// RM-2: claim adjustment group codes (835 CAS01), what each means for who pays.
export const ADJUSTMENT_GROUP_DESCRIPTIONS: Readonly<Record<AdjustmentGroup, string>> = Object.freeze({
  CO: 'Contractual obligation: the provider writes this off and may not bill the patient for it.',
  PR: 'Patient responsibility: the patient (or the next payer, CB-2) owes this amount.',
  OA: 'Other adjustment: neither a contractual write-off nor patient responsibility, such as a prior payer impact.',
  PI: 'Payer-initiated reduction: the payer reduced it outside the contract; the patient is not billed.',
  CR: 'Correction or reversal of an earlier adjudication of this claim.',
});

// The short form shown after a reason in the work queue, e.g. "CO-45: ... (contractual obligation)." (RM-5).
export const ADJUSTMENT_GROUP_LABELS: Readonly<Record<AdjustmentGroup, string>> = Object.freeze({
  CO: 'contractual obligation',
  PR: 'patient responsibility',
  OA: 'other adjustment',
  PI: 'payer-initiated reduction',
  CR: 'correction or reversal',
});

// RM-3: CLP02, how the payer processed the claim. Keyed by string so a parsed CLP02 can index it; `satisfies`
// keeps it complete for every code the vocabulary knows.
const CLP02_DESCRIPTIONS = {
  '1': 'Processed as primary.',
  '2': 'Processed as secondary.',
  '3': 'Processed as tertiary.',
  '4': 'Denied.',
  '19': 'Processed as primary and forwarded to the next payer (crossover).',
  '20': 'Processed as secondary and forwarded to the next payer (crossover).',
  '21': 'Processed as tertiary and forwarded to the next payer (crossover).',
  '22': 'Reversal of an earlier payment.',
  '23': 'Not this payer’s claim; forwarded to another payer.',
  '25': 'Predetermination pricing only; no payment.',
} as const satisfies Record<RemitClaimStatusCode, string>;

export const CLAIM_STATUS_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze(CLP02_DESCRIPTIONS);
