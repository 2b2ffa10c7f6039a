import type { BillingLine, Finding } from './billingLine';

// The contract's order: by patient, date, then the claim order (per diem by rank, each followed by its drug
// lines, then drugs billed without a per diem, then nursing).

function claimPosition(line: BillingLine): [number, string, number, string] {
  if (line.kind === 'per-diem') return [line.concurrencyRank ?? 1, line.order ?? '', 0, line.code];
  if (line.kind === 'drug') return [line.concurrencyRank ?? 1_000, line.order ?? '', 1, line.code];
  return [2_000, '', 2, line.code];
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export function sortLines(lines: BillingLine[]): BillingLine[] {
  return [...lines].sort((a, b) => {
    const head = compare(a.patient, b.patient) || compare(a.date, b.date);
    if (head !== 0) return head;
    const pa = claimPosition(a);
    const pb = claimPosition(b);
    return compare(pa[0], pb[0]) || compare(pa[1], pb[1]) || compare(pa[2], pb[2]) || compare(pa[3], pb[3]) || compare(a.payer, b.payer);
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
