import type { PerDiemCandidate } from './concurrency';
import { TPN_PER_DIEMS } from './bundling';
import { dayKey } from './candidates';
import type { FindingLog } from './findingLog';

/** The base formula among one day's TPN orders: a volume first, the largest, then the earlier start, then the id. */
function compareBase(a: PerDiemCandidate, b: PerDiemCandidate): number {
  const la = a.order.litersPerDay;
  const lb = b.order.litersPerDay;
  if (la !== undefined && lb === undefined) return -1;
  if (la === undefined && lb !== undefined) return 1;
  if (la !== undefined && lb !== undefined && la !== lb) return lb - la;
  if (a.order.start !== b.order.start) return a.order.start < b.order.start ? -1 : 1;
  return a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0;
}

/**
 * PD-4a: TPN is one therapy. On a day with several TPN per diems (base formula, lipids, additives) only the base
 * formula's stays; the other TPN orders become its components (OR-1): their drugs bill beside it under BU-3.
 * Choice: with no volume on any of them, the earliest order (then its id) carries the day's S9364.
 * Returns the per diems kept and, per removed (order, day), the base order the drug travels with.
 */
export function oneTpnPerDiem(patientId: string, perDiems: PerDiemCandidate[], findings: FindingLog) {
  const byDate = new Map<string, PerDiemCandidate[]>();
  for (const p of perDiems) if (TPN_PER_DIEMS.has(p.code)) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  const replaced = new Map<PerDiemCandidate, PerDiemCandidate | null>();
  const baseOf = new Map<string, string>();
  for (const group of byDate.values()) {
    if (group.length < 2) continue;
    const [base, ...others] = [...group].sort(compareBase);
    replaced.set(base!, { ...base!, extraRules: [...(base!.extraRules ?? []), 'PD-4a'] });
    for (const other of others) {
      replaced.set(other, null);
      baseOf.set(dayKey(other.order.id, other.date), base!.order.id);
      findings.add({
        patient: patientId,
        order: other.order.id,
        date: other.date,
        rule: 'PD-4a',
        severity: 'info',
        message: `TPN is one therapy: the day's per diem follows the base formula (order ${base!.order.id}); this order bills its drug only, under BU-3.`,
      });
    }
  }
  const kept = perDiems.flatMap((p) => {
    const r = replaced.get(p);
    return r === undefined ? [p] : r ? [r] : [];
  });
  return { perDiems: kept, baseOf };
}
