import type { BillingLine, Finding } from './billingLine';

// The contract's order: by patient, date, then the claim order (per diem by rank, each followed by its drug
// lines, then drugs billed without a per diem, then nursing). A component's drug (OR-1, PD-4a) follows the per
// diem it travels with, after that order's own drug.

type Position = [number, string, number, string, string];

function claimPosition(line: BillingLine): Position {
  const anchor = line.anchorOrder;
  if (line.kind === 'per-diem') return [line.concurrencyRank ?? 1, line.order ?? '', 0, '', line.code];
  if (line.kind === 'drug') {
    const group = anchor ?? line.order ?? '';
    return [line.concurrencyRank ?? 1_000, group, 1, line.order === group ? '' : (line.order ?? ''), line.code];
  }
  return [2_000, '', 2, '', line.code];
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** A drug line with an anchorOrder follows that order's per diem and drug. */
export function sortLines(lines: BillingLine[]): BillingLine[] {
  return [...lines].sort((a, b) => {
    const head = compare(a.patient, b.patient) || compare(a.date, b.date);
    if (head !== 0) return head;
    const pa = claimPosition(a);
    const pb = claimPosition(b);
    return pa.reduce<number>((c, x, i) => c || compare(x, pb[i]!), 0) || compare(a.payer, b.payer);
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compare(a.patient, b.patient) ||
      compare(a.date ?? '', b.date ?? '') ||
      compare(a.order ?? '', b.order ?? '') ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}
