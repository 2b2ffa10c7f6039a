import type { BillingRecord, DrugRecord, OrderRecord, PatientRecord, PayerRecord, Period } from '../billing/billingRecord';
import type { BillingLine } from '../billing/billingLine';
import { generateLines } from '../billing/generateLines';

// Test builders for the engine: a commercial payer with a fee for every code the tests bill, the drugs of the
// IDSA example and a few more, and orders that carry all five PY-3 documents unless a test says otherwise.

export const FEES: Record<string, number> = {
  S9494: 11000,
  S9497: 21000,
  S9500: 9000,
  S9501: 12000,
  S9502: 15000,
  S9503: 17500,
  S9504: 19500,
  S9325: 14000,
  S9326: 16500,
  S9327: 13000,
  S9328: 18000,
  S9329: 25000,
  S9330: 27000,
  S9331: 26000,
  S9364: 30000,
  S9365: 31000,
  S9366: 32000,
  S9367: 33000,
  S9368: 34000,
  S9373: 9000,
  S9374: 12000,
  S9375: 14000,
  S9376: 16000,
  S9377: 18000,
  S9490: 11500,
  S9338: 21000,
  S9359: 23000,
  S9345: 40000,
  S9372: 6500,
  S9542: 7000,
  S9379: 10000,
  J2185: 150,
  J3370: 625,
  J1642: 15,
  J7050: 1200,
  B4185: 900,
  B4168: 700,
  J1650: 210,
  J7190: 120,
  '99601': 18000,
  '99602': 7500,
};

export function payer(overrides: Partial<PayerRecord> = {}): PayerRecord {
  return {
    id: 'comm',
    name: 'Commercial Plan',
    kind: 'commercial',
    profile: {},
    fees: Object.entries(FEES).map(([hcpcs, cents]) => ({ hcpcs, cents, from: '1900-01-01' })),
    ...overrides,
  };
}

const vial = (
  id: string,
  hcpcs: string,
  unitMg: number,
  ndc: string,
  containsG: number,
  form: DrugRecord['form'] = 'injectable',
): DrugRecord => ({
  id,
  name: id,
  hcpcs,
  billingUnit: { amount: unitMg, unit: 'mg' },
  ndc,
  ndcUnit: 'UN',
  ndcUnitContains: { amount: containsG, unit: 'g' },
  form,
});

export const DRUGS: DrugRecord[] = [
  vial('meropenem', 'J2185', 100, '99999018501', 1),
  vial('vancomycin', 'J3370', 500, '99999033702', 1),
  {
    id: 'heparin-flush',
    name: 'Heparin flush',
    hcpcs: 'J1642',
    billingUnit: { amount: 10, unit: 'units' },
    ndc: '99999164205',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 500, unit: 'units' },
    form: 'supply',
  },
  {
    id: 'saline',
    name: 'Saline 250 mL',
    hcpcs: 'J7050',
    billingUnit: { amount: 250, unit: 'mL' },
    ndc: '99999705025',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 250, unit: 'mL' },
    form: 'solution',
  },
  {
    id: 'lipids',
    name: 'Lipids',
    hcpcs: 'B4185',
    billingUnit: { amount: 10, unit: 'g' },
    ndc: '99999418501',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 50, unit: 'g' },
  },
  {
    id: 'amino',
    name: 'Amino acids 8.5%',
    hcpcs: 'B4168',
    billingUnit: { amount: 500, unit: 'mL' },
    ndc: '99999416801',
    ndcUnit: 'ML',
    ndcUnitContains: { amount: 1, unit: 'mL' },
  },
  vial('enoxaparin', 'J1650', 10, '99999165040', 0.04),
  {
    id: 'oral-abx',
    name: 'Oral antibiotic',
    hcpcs: 'J8499',
    billingUnit: { amount: 500, unit: 'mg' },
    ndc: '99999849901',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 500, unit: 'mg' },
    form: 'oral',
  },
  {
    id: 'factor',
    name: 'Factor VIII',
    hcpcs: 'J7190',
    billingUnit: { amount: 1, unit: 'units' },
    ndc: '99999719001',
    ndcUnit: 'UN',
    ndcUnitContains: { amount: 1000, unit: 'units' },
  },
];

const ALL_DOCUMENTS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'].map((kind) => ({
  kind,
  date: '2026-01-01',
  reference: kind,
}));

export function order(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    id: 'o1',
    therapy: 'anti-infective',
    drug: 'meropenem',
    dose: { amount: 1, unit: 'g' },
    schedule: 'q8h',
    start: '2026-01-05',
    stop: '2026-01-07',
    route: 'IV',
    delivery: 'intermittent',
    administeredBy: 'caregiver',
    documents: ALL_DOCUMENTS,
    ...overrides,
  };
}

export function patient(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    id: 'p1',
    residence: 'home',
    coverages: [{ payer: 'comm', memberId: 'M1', rank: 'primary', from: '2026-01-01' }],
    orders: [order()],
    holds: [],
    nursingVisits: [],
    pumpEvents: [],
    ...overrides,
  };
}

export function record(patients: PatientRecord[] = [patient()], payers: PayerRecord[] = [payer()]): BillingRecord {
  return { payers, drugs: DRUGS, patients };
}

// Engine runners for the rule tests.
export const JAN = { from: '2026-01-01', to: '2026-01-31' };
export const run = (r: BillingRecord = record(), period: Period = JAN) => generateLines(r, period);
export const perDiems = (lines: BillingLine[]) => lines.filter((l) => l.kind === 'per-diem');
export const codes = (lines: BillingLine[]) => [...new Set(lines.map((l) => l.code))];
export const rulesOf = (r: ReturnType<typeof run>) => r.findings.map((f) => f.rule);
/** One patient with one order (built from the overrides), for January. */
export const one = (o: Partial<OrderRecord> = {}, p: Partial<PatientRecord> = {}) => run(record([patient({ orders: [order(o)], ...p })]));
