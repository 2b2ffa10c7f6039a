import type { BillingLine, BillingResult, Finding } from '../billingLine';
import type { BillingRecord, DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period } from '../billingRecord';
import { generateLines } from '../generateLines';
import { DOCUMENT_KINDS } from '../../vocabulary';
import type { RuleId } from '../rules';
import { CLASSED_DRUGS, CLASSED_FEES } from './classedDrugs';

// In-memory records for the billing engine's tests (the one builder module for src-main/billing): a commercial
// payer with a fee for every code the tests bill, a small drug catalog, orders that carry all five PY-3
// documents, and a home patient with one primary coverage from 2026-01-01. Every builder takes overrides;
// nothing here touches a database.

/** Standard fees in cents per unit. Distinct per diem fees so MT-1 ranking is never a tie unless a test makes one. */
export const FEES: Readonly<Record<string, number>> = {
  // PD-1 anti-infective
  S9494: 11000,
  S9497: 21000,
  S9504: 19500,
  S9503: 17500,
  S9502: 15000,
  S9501: 12000,
  S9500: 9000,
  // PD-2 pain
  S9325: 14000,
  S9326: 16500,
  S9327: 13000,
  S9328: 18000,
  // PD-3 chemotherapy
  S9329: 25000,
  S9330: 27000,
  S9331: 26000,
  // PD-4 TPN
  S9364: 30000,
  S9365: 31000,
  S9366: 32000,
  S9367: 33000,
  S9368: 34000,
  // PD-5 hydration
  S9373: 9500,
  S9374: 12500,
  S9375: 14500,
  S9376: 16000,
  S9377: 18500,
  // PD-6 (the categories the tests use)
  S9490: 11500,
  S9335: 20000,
  S9336: 13500,
  S9338: 21500,
  S9342: 8000,
  S9345: 40000,
  S9348: 22000,
  S9359: 23000,
  S9372: 6500,
  S9379: 10000,
  S9542: 7000,
  S9590: 5000,
  // drugs and supplies
  J2185: 150,
  J3370: 625,
  J1642: 15,
  J7050: 1200,
  B4185: 900,
  B4168: 700,
  J1650: 210,
  J0696: 300,
  J7190: 120,
  S9810: 4000,
  // nursing
  '99601': 18000,
  '99602': 7500,
  // drugs with a class (BU-3, PD-4a, OR-1)
  ...CLASSED_FEES,
};

/** The five PY-3 documents, in the vocabulary's order. */
export const ALL_FIVE_DOCUMENTS = DOCUMENT_KINDS;

export const JAN: Period = { from: '2026-01-01', to: '2026-01-31' };

export function fees(table: Readonly<Record<string, number>> = FEES, from = '2026-01-01'): PayerRecord['fees'] {
  return Object.entries(table).map(([hcpcs, cents]) => ({ hcpcs, cents, from }));
}

/** A commercial payer (CPCP019 defaults) with a fee for every code in FEES; `feeOverrides` replaces or adds fees. */
export function payer(
  overrides: Partial<PayerRecord> & { feeOverrides?: Record<string, number>; withoutFees?: string[] } = {},
): PayerRecord {
  const { feeOverrides = {}, withoutFees = [], ...rest } = overrides;
  const table: Record<string, number> = { ...FEES, ...feeOverrides };
  for (const code of withoutFees) delete table[code];
  return {
    id: 'bcbs',
    name: 'Blue Cross Commercial',
    kind: 'commercial',
    profile: {},
    fees: fees(table),
    ...rest,
  };
}

/** Medicare: S-codes not recognized by payer kind (PF-7), fees for drugs and nursing. */
export function medicare(overrides: Partial<PayerRecord> = {}): PayerRecord {
  return payer({ id: 'medicare', name: 'Medicare Part B', kind: 'medicare', ...overrides });
}

export const DRUGS: Readonly<Record<string, DrugRecord>> = {
  meropenem: {
    id: 'meropenem',
    name: 'Meropenem 1 g vial',
    hcpcs: 'J2185',
    billingUnit: { amount: 100, unit: 'mg' },
    ndc: '63323050720',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1, unit: 'g' },
    form: 'injectable',
  },
  vancomycin: {
    id: 'vancomycin',
    name: 'Vancomycin 1 g vial',
    hcpcs: 'J3370',
    billingUnit: { amount: 500, unit: 'mg' },
    ndc: '00409653201',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1, unit: 'g' },
    form: 'injectable',
  },
  heparinFlush: {
    id: 'heparinFlush',
    name: 'Heparin lock flush 100 units/mL',
    hcpcs: 'J1642',
    billingUnit: { amount: 10, unit: 'units' },
    ndc: '25021040005',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 100, unit: 'units' },
  },
  saline: {
    id: 'saline',
    name: 'Sodium chloride 0.9 % 1000 mL',
    hcpcs: 'J7050',
    billingUnit: { amount: 250, unit: 'mL' },
    ndc: '00338004904',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 1, unit: 'mL' },
    form: 'solution',
  },
  lipids: {
    id: 'lipids',
    name: 'Lipid injectable emulsion 20 %',
    hcpcs: 'B4185',
    billingUnit: { amount: 10, unit: 'g' },
    ndc: '00338051902',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 200, unit: 'mg' },
    form: 'solution',
  },
  aminoAcids: {
    id: 'aminoAcids',
    name: 'Amino acids 3.5 %',
    hcpcs: 'B4168',
    billingUnit: { amount: 500, unit: 'mL' },
    ndc: '00338064404',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 1, unit: 'mL' },
    form: 'solution',
  },
  enoxaparin: {
    id: 'enoxaparin',
    name: 'Enoxaparin 40 mg syringe',
    hcpcs: 'J1650',
    billingUnit: { amount: 10, unit: 'mg' },
    ndc: '00075062040',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 40, unit: 'mg' },
    form: 'injectable',
  },
  ceftriaxone: {
    id: 'ceftriaxone',
    name: 'Ceftriaxone 1 g vial',
    hcpcs: 'J0696',
    billingUnit: { amount: 250, unit: 'mg' },
    ndc: '00409733201',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1, unit: 'g' },
    form: 'injectable',
  },
  factor: {
    id: 'factor',
    name: 'Antihemophilic factor',
    hcpcs: 'J7190',
    billingUnit: { amount: 1, unit: 'units' },
    ndc: '00944295001',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1000, unit: 'units' },
    form: 'injectable',
  },
  pharmacyHours: {
    id: 'pharmacyHours',
    name: 'Pharmacy services per hour',
    hcpcs: 'S9810',
    billingUnit: { amount: 1, unit: 'each' },
    ndc: '00000000000',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1, unit: 'each' },
  },
  amoxicillin: {
    id: 'amoxicillin',
    name: 'Amoxicillin 500 mg capsule',
    hcpcs: 'J8499',
    billingUnit: { amount: 500, unit: 'mg' },
    ndc: '00093310905',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 500, unit: 'mg' },
    form: 'oral',
  },
  ...CLASSED_DRUGS,
};

export function drug(id: keyof typeof DRUGS | string, overrides: Partial<DrugRecord> = {}): DrugRecord {
  const base = DRUGS[id];
  if (!base) throw new Error(`no test drug ${id}`);
  return { ...base, ...overrides };
}

export function allDrugs(): DrugRecord[] {
  return Object.values(DRUGS).map((d) => ({ ...d }));
}

/** Meropenem 1 g q8h IV intermittent by a caregiver, 2026-01-05 (a Monday) to 2026-01-09, all five PY-3 documents. */
export function order(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    id: 'o1',
    therapy: 'anti-infective',
    drug: 'meropenem',
    dose: { amount: 1, unit: 'g' },
    schedule: 'q8h',
    start: '2026-01-05',
    stop: '2026-01-09',
    route: 'IV',
    delivery: 'intermittent',
    administeredBy: 'caregiver',
    documents: ALL_FIVE_DOCUMENTS.map((kind, i) => ({ kind, date: '2026-01-04', reference: `DOC-${i + 1}` })),
    ...overrides,
  };
}

/** Therapies with a drug and dose that suit them, for the property tests' random orders to pick from. */
export const THERAPY_SAMPLES = {
  meropenem: { therapy: 'anti-infective', drug: 'meropenem', dose: { amount: 1, unit: 'g' as const } },
  vancomycin: { therapy: 'anti-infective', drug: 'vancomycin', dose: { amount: 1.25, unit: 'g' as const } },
  lipids: { therapy: 'tpn', drug: 'lipids', dose: { amount: 50, unit: 'g' as const } },
  aminoAcids: { therapy: 'tpn', drug: 'aminoAcids', dose: { amount: 1000, unit: 'mL' as const } },
  saline: { therapy: 'hydration', drug: 'saline', dose: { amount: 1000, unit: 'mL' as const } },
  enoxaparin: { therapy: 'anticoagulant-injection', drug: 'enoxaparin', dose: { amount: 40, unit: 'mg' as const } },
};

// Order overrides for therapies several test files bill alike; a test spreads one and adds its own days and fields.
/** Continuous hydration at 1 L a day (S9374); the test names the drug and its dose. */
export const HYDRATION_1L = { therapy: 'hydration', schedule: 'continuous', delivery: 'continuous', litersPerDay: 1 } as const;
/** Factor 3000 units q24h, self-administered (S9345 and J7190): the DR-4 exception. */
export const SELF_FACTOR = {
  therapy: 'anti-hemophilic',
  drug: 'factor',
  dose: { amount: 3000, unit: 'units' },
  schedule: 'q24h',
  administeredBy: 'self',
} as const;
/** Enoxaparin 40 mg SubQ q24h (S9372 and J1650); the test says who gives it. */
export const ENOXAPARIN_SUBQ = {
  therapy: 'anticoagulant-injection',
  drug: 'enoxaparin',
  dose: { amount: 40, unit: 'mg' },
  route: 'SubQ',
  schedule: 'q24h',
} as const;
/** A continuous pain per diem with no drug of its own (PD-2); the test picks the pump (delivery) and the days. */
export const PAIN_PER_DIEM = { therapy: 'pain', drug: undefined, dose: undefined, schedule: 'continuous' } as const;

/** An order without a drug (per diem only), for code-selection tests. */
export function perDiemOnlyOrder(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return order({ drug: undefined, dose: undefined, ...overrides });
}

/** A patient at home with one primary coverage (payer "bcbs") from 2026-01-01 and one default order. */
export function patient(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    id: 'pt1',
    residence: 'home',
    coverages: [{ payer: 'bcbs', memberId: 'M0001', rank: 'primary', from: '2026-01-01' }],
    orders: [order()],
    holds: [],
    nursingVisits: [],
    pumpEvents: [],
    ...overrides,
  };
}

export function record(
  patients: PatientRecord | PatientRecord[],
  options: { payers?: PayerRecord[]; drugs?: DrugRecord[] } = {},
): BillingRecord {
  return {
    payers: options.payers ?? [payer()],
    drugs: options.drugs ?? allDrugs(),
    patients: Array.isArray(patients) ? patients : [patients],
  };
}

export function run(rec: BillingRecord, period: Period = JAN): BillingResult {
  return generateLines(rec, period);
}

/** One patient with the given orders (each built from `order()` overrides) and patient overrides, under JAN. */
export function runOrders(
  orders: Partial<OrderRecord>[],
  patientOverrides: Partial<PatientRecord> = {},
  options: { payers?: PayerRecord[]; drugs?: DrugRecord[]; period?: Period } = {},
): BillingResult {
  return run(record(patient({ orders: orders.map((o) => order(o)), ...patientOverrides }), options), options.period ?? JAN);
}

/** One patient with one order (built from `order()` overrides) and patient overrides, under JAN. */
export function one(orderOverrides: Partial<OrderRecord> = {}, patientOverrides: Partial<PatientRecord> = {}): BillingResult {
  return runOrders([orderOverrides], patientOverrides);
}

export const perDiemLines = (lines: BillingLine[]) => lines.filter((l) => l.kind === 'per-diem');
export const drugLines = (lines: BillingLine[]) => lines.filter((l) => l.kind === 'drug');
export const nursingLines = (lines: BillingLine[]) => lines.filter((l) => l.kind === 'nursing');
export const findingsFor = (result: BillingResult, rule: RuleId): Finding[] => result.findings.filter((f) => f.rule === rule);
export const datesOf = (lines: BillingLine[]) => lines.map((l) => l.date);
export const unitsOf = (lines: BillingLine[]) => lines.reduce((sum, l) => sum + l.units, 0);
/** The distinct codes of the lines, in first-seen order. */
export const codes = (lines: BillingLine[]) => [...new Set(lines.map((l) => l.code))];
/** The rule of every finding, in order. */
export const rulesOf = (result: BillingResult): RuleId[] => result.findings.map((f) => f.rule);

/** The fields a biller reads on a claim line, for compact exact comparisons. */
export function brief(line: BillingLine) {
  return {
    date: line.date,
    code: line.code,
    modifiers: line.modifiers,
    units: line.units,
    chargeCents: line.chargeCents,
    payer: line.payer,
    ...(line.order !== undefined ? { order: line.order } : {}),
    ...(line.ndc !== undefined ? { ndc: line.ndc, ndcQuantity: line.ndcQuantity, ndcUnit: line.ndcUnit } : {}),
  };
}
