import type { PayerRecord, PayerProfileSettings } from './billingRecord';

export type ResolvedProfile = Required<PayerProfileSettings>;

/** The defaults of BILLING-RULES.md (CPCP019 commercial), with Medicare's PF-7 applied by payer kind. */
export function resolveProfile(payer: PayerRecord): ResolvedProfile {
  const p = payer.profile;
  return {
    perDiemDays: p.perDiemDays ?? 'dose-days', // PF-1: the CPCP019 units table counts dose days
    secondTherapyPercent: p.secondTherapyPercent ?? 50, // PF-2 / MT-2
    thirdTherapyPercent: p.thirdTherapyPercent ?? 25,
    recognizesSCodes: p.recognizesSCodes ?? payer.kind !== 'medicare', // PF-7 / PY-1
    modifier59WithConcurrent: p.modifier59WithConcurrent ?? false, // PF-3
    lineSpan: p.lineSpan ?? 'day', // PF-4
    nursingLimits: p.nursingLimits ?? false, // PF-5
    requiresPriorAuth: p.requiresPriorAuth ?? false, // PF-6
    interimBilling: p.interimBilling ?? false, // DS-2: claims wait for the month's end
  };
}

/** The fee in force on a date: the latest row that started on or before it and has not ended. */
export function feeOn(payer: PayerRecord, hcpcs: string, date: string): number | undefined {
  let best: { from: string; cents: number } | undefined;
  for (const f of payer.fees) {
    if (f.hcpcs !== hcpcs || f.from > date || (f.to !== undefined && f.to < date)) continue;
    if (!best || f.from > best.from) best = f;
  }
  return best?.cents;
}
