import { CARC_DESCRIPTIONS } from './carc';
import { CLAIM_STATUS_CATEGORY_DESCRIPTIONS, CLAIM_STATUS_CODE_DESCRIPTIONS_277 } from './claimStatus277';
import { ADJUSTMENT_GROUP_LABELS } from './groupCodes';
import { RARC_DESCRIPTIONS } from './rarc';

// RM-5: a denial reaches the work queue with its reason in words. These never throw: a code we do not describe
// comes back as the bare code, so the biller still sees exactly what the payer sent.

// Own keys only, so a code such as "constructor" never reads something off Object.prototype.
function lookUp(table: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

const normalized = (code: string) =>
  String(code ?? '')
    .trim()
    .toUpperCase();
const withoutFinalPeriod = (text: string) => text.replace(/\.$/, '');

/** "CO-45: Charges exceed the fee schedule or maximum allowable (contractual obligation)."; unknown reason: "CO-999". */
export function describeAdjustment(group: string, reason: string): string {
  const g = normalized(group);
  const r = normalized(reason);
  const code = `${g}-${r}`;
  const text = lookUp(CARC_DESCRIPTIONS, r);
  if (text === undefined) return code;
  const label = lookUp(ADJUSTMENT_GROUP_LABELS, g);
  return label === undefined ? `${code}: ${text}` : `${code}: ${withoutFinalPeriod(text)} (${label}).`;
}

/** "N130: See the plan's benefit documents ..."; unknown: the bare code, e.g. "N9999". */
export function describeRemark(code: string): string {
  const c = normalized(code);
  const text = lookUp(RARC_DESCRIPTIONS, c);
  return text === undefined ? c : `${c}: ${text}`;
}

/** 277CA STC01-1 and STC01-2, e.g. "A7:562: Rejected for invalid information; ... Concerns the entity's NPI." */
export function describeClaimStatus277(category: string, code: string): string {
  const cat = normalized(category);
  const status = normalized(code);
  const label = status === '' ? cat : `${cat}:${status}`;
  const parts = [
    lookUp(CLAIM_STATUS_CATEGORY_DESCRIPTIONS, cat),
    status === '' ? undefined : lookUp(CLAIM_STATUS_CODE_DESCRIPTIONS_277, status),
  ];
  const known = parts.filter((part): part is string => part !== undefined);
  return known.length === 0 ? label : `${label}: ${known.join(' ')}`;
}
