import type { BillingLine } from './billingLine';
import type { PatientRecord, PayerRecord } from './billingRecord';
import type { DrugCandidate } from './candidates';
import { concurrencyModifiers, rankConcurrent, reducedCharge, type PerDiemCandidate } from './concurrency';
import { drugQuantities } from './drugUnits';
import type { FindingLog } from './findingLog';
import { feeOn } from './payerProfile';
import type { RuleId } from './rules';

// Per diem lines ranked per day and payer (MT-1, MT-2), and drug lines beside their per diem (DR-1, DR-2, MT-3).

export function concurrentPerDiemLines(perDiems: PerDiemCandidate[]): BillingLine[] {
  const groups = new Map<string, PerDiemCandidate[]>();
  for (const p of perDiems) {
    const key = `${p.date}\u0000${p.payer.payer.id}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: BillingLine[] = [];
  for (const group of groups.values()) {
    // MT-1 ranks by the standard fee (feeCents), never by the reduced charge, so a 0 % SJ rate changes no rank.
    rankConcurrent(group).forEach((p, i) => {
      const rank = i + 1;
      const fee = p.feeCents ?? 0;
      const rules: RuleId[] = [
        p.codeRule,
        ...(p.extraRules ?? []),
        p.order.delivery === 'implanted-pump' ? 'PU-3' : p.order.delivery === 'cassette' ? 'PU-4' : 'PU-1',
      ];
      if (p.doses === 0) rules.push('PF-1');
      if (group.length > 1) rules.push('MT-1');
      if (rank > 1) rules.push('MT-2');
      if (p.reroutedFromMedicare) rules.push('PY-1');
      lines.push({
        patient: p.patient,
        order: p.order.id,
        date: p.date,
        kind: 'per-diem',
        code: p.code,
        modifiers: concurrencyModifiers(rank, p.payer.profile.modifier59WithConcurrent),
        units: 1,
        // MT-2: a 0 % rate (PF-2) still gives the line, charged 0, so the payer sees the concurrent therapy.
        chargeCents: reducedCharge(fee, rank, p.payer.profile.secondTherapyPercent, p.payer.profile.thirdTherapyPercent),
        payer: p.payer.payer.id,
        rules,
        concurrencyRank: rank,
        feeCents: fee,
      });
    });
  }
  return lines;
}

/** A drug line; `perDiem` is the anchor order's per diem that day (MT-3: same payer and rank), if one bills. */
export function drugLine(
  patient: PatientRecord,
  d: DrugCandidate,
  perDiem: { line: BillingLine; payer: PayerRecord } | undefined,
  findings: FindingLog,
): BillingLine[] {
  const quantities = drugQuantities(d.drug, d.order.dose!, d.doses);
  if (!quantities.ok) {
    findings.add({
      patient: patient.id,
      order: d.order.id,
      date: d.date,
      rule: 'UN-1',
      severity: 'error',
      message: `${quantities.message} No drug line.`,
    });
    return [];
  }
  const payer = perDiem?.payer ?? d.fallbackPayer;
  const fee = feeOn(payer, d.drug.hcpcs, d.date);
  const rules: RuleId[] = ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', ...d.extraRules];
  if (perDiem) rules.push('MT-3');
  const line: BillingLine = {
    patient: patient.id,
    order: d.order.id,
    date: d.date,
    kind: 'drug',
    code: d.drug.hcpcs,
    modifiers: [],
    units: quantities.units,
    chargeCents: (fee ?? 0) * quantities.units,
    ndc: d.drug.ndc,
    ndcQuantity: quantities.ndcQuantity,
    ndcUnit: d.drug.ndcUnit,
    payer: payer.id,
    rules,
    feeCents: fee ?? 0,
  };
  if (perDiem?.line.concurrencyRank !== undefined) line.concurrencyRank = perDiem.line.concurrencyRank;
  return [line];
}
