import type { Dataset } from '../dataset/datasetSchema';
import type * as t from '../store/schema';
import type { DrugRecord, PayerProfileSettings, PayerRecord } from '../billing/billingRecord';
import type { QuantityUnit } from '../vocabulary';

// Dataset records to table rows and back, for the import and the setup screens alike.

type DrugInput = Omit<Dataset['drugs'][number], 'id'>;
type PayerInput = Pick<Dataset['payers'][number], 'name' | 'payerId' | 'kind' | 'profile'>;

export function drugRow(id: string, drug: DrugInput) {
  return {
    id,
    name: drug.name,
    hcpcs: drug.hcpcs,
    billingUnitAmount: drug.billingUnit.amount,
    billingUnit: drug.billingUnit.unit,
    ndc: drug.ndc,
    ndcUnit: drug.ndcUnit,
    ndcUnitContainsAmount: drug.ndcUnitContains.amount,
    ndcUnitContainsUnit: drug.ndcUnitContains.unit,
    form: drug.form ?? null,
    drugClass: drug.class ?? null,
  };
}

/** A stored drug as the engine and the dataset know it: the inverse of drugRow. */
export function drugRecord(d: typeof t.drugs.$inferSelect): DrugRecord {
  return {
    id: d.id,
    name: d.name,
    hcpcs: d.hcpcs,
    billingUnit: { amount: d.billingUnitAmount, unit: d.billingUnit as QuantityUnit },
    ndc: d.ndc,
    ndcUnit: d.ndcUnit,
    ndcUnitContains: { amount: d.ndcUnitContainsAmount, unit: d.ndcUnitContainsUnit as QuantityUnit },
    ...(d.form === null ? {} : { form: d.form as DrugRecord['form'] }),
    ...(d.drugClass === null ? {} : { class: d.drugClass as DrugRecord['class'] }), // BU-1..BU-3
  };
}

/** A payer with its profile PF-1..PF-7; absent settings stay null so the rules' defaults apply. */
export function payerRow(id: string, payer: PayerInput) {
  const p = payer.profile ?? {};
  return {
    id,
    name: payer.name,
    payerId: payer.payerId,
    kind: payer.kind,
    perDiemDays: p.perDiemDays ?? null,
    secondTherapyPercent: p.secondTherapyPercent ?? null,
    thirdTherapyPercent: p.thirdTherapyPercent ?? null,
    recognizesSCodes: p.recognizesSCodes ?? null,
    modifier59WithConcurrent: p.modifier59WithConcurrent ?? null,
    lineSpan: p.lineSpan ?? null,
    nursingLimits: p.nursingLimits ?? null,
    requiresPriorAuth: p.requiresPriorAuth ?? null,
    interimBilling: p.interimBilling ?? null,
  };
}

/** The stored profile as the engine reads it: only the settings the payer has. */
export function payerProfileSettings(row: typeof t.payers.$inferSelect): PayerProfileSettings {
  const settings: PayerProfileSettings = {};
  if (row.perDiemDays !== null) settings.perDiemDays = row.perDiemDays;
  if (row.secondTherapyPercent !== null) settings.secondTherapyPercent = row.secondTherapyPercent;
  if (row.thirdTherapyPercent !== null) settings.thirdTherapyPercent = row.thirdTherapyPercent;
  if (row.recognizesSCodes !== null) settings.recognizesSCodes = row.recognizesSCodes;
  if (row.modifier59WithConcurrent !== null) settings.modifier59WithConcurrent = row.modifier59WithConcurrent;
  if (row.lineSpan !== null) settings.lineSpan = row.lineSpan;
  if (row.nursingLimits !== null) settings.nursingLimits = row.nursingLimits;
  if (row.requiresPriorAuth !== null) settings.requiresPriorAuth = row.requiresPriorAuth;
  if (row.interimBilling !== null) settings.interimBilling = row.interimBilling;
  return settings;
}

/** A stored payer as the engine reads it, with the fees the caller chose for it (claim assembly needs none). */
export function payerRecord(row: typeof t.payers.$inferSelect, fees: PayerRecord['fees']): PayerRecord {
  return { id: row.id, name: row.name, kind: row.kind, profile: payerProfileSettings(row), fees };
}

/** The next free id of the form <prefix><n>: one past the highest n in use. */
export function nextSequentialId(existing: string[], prefix: string): string {
  const used = existing.map((id) => (id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN)).filter(Number.isInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}
