import type { DatasetInput } from '../dataset/datasetSchema';
import { idsaInNovember } from './datasetBuilders';

// Datasets for whole-claim checks: the documented IDSA patient in November 2026 (orders 11-10 to 11-12),
// bent into the shapes the billing rules single out.

type Drug = DatasetInput['drugs'][number];
type Order = DatasetInput['patients'][number]['plansOfCare'][number]['orders'][number];

const DOCUMENT_KINDS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'] as const;

function drug(
  id: string,
  hcpcs: string,
  billingUnit: Drug['billingUnit'],
  ndc: string,
  ndcUnit: Drug['ndcUnit'],
  contains: Drug['ndcUnitContains'],
  drugClass?: Drug['class'],
): Drug {
  return {
    id,
    name: id,
    hcpcs,
    billingUnit,
    ndc,
    ndcUnit,
    ndcUnitContains: contains,
    form: 'injectable',
    ...(drugClass ? { class: drugClass } : {}),
  };
}

function order(fields: Partial<Order> & Pick<Order, 'id' | 'therapy' | 'schedule'>): Order {
  return {
    start: '2026-11-10',
    stop: '2026-11-12',
    route: 'IV',
    delivery: 'intermittent',
    administeredBy: 'caregiver',
    documents: DOCUMENT_KINDS.map((kind) => ({ kind, date: '2026-11-10', reference: `${kind}-${fields.id}` })),
    ...fields,
  } as Order;
}

function base(orders: Order[], drugs: Drug[], fees: Record<string, number>): DatasetInput {
  const dataset = idsaInNovember('2026-11-12');
  dataset.drugs.push(...drugs);
  Object.assign(dataset.payers[0]!.fees, fees);
  dataset.patients[0]!.plansOfCare[0]!.orders.push(...orders);
  return dataset;
}

/** MT-1/MT-2: meropenem q8h (S9502), vancomycin q12h (S9501-SH at 50 %) and a corticosteroid (S9490-SJ at 25 %). */
export function threeConcurrentTherapies(): DatasetInput {
  return base(
    [
      order({
        id: 'mpred',
        therapy: 'corticosteroid',
        drug: 'methylprednisolone-125mg',
        dose: { amount: 125, unit: 'mg' },
        schedule: 'q24h',
      }),
    ],
    [drug('methylprednisolone-125mg', 'J2930', { amount: 125, unit: 'mg' }, '99999293001', 'UN', { amount: 125, unit: 'mg' })],
    { S9490: 9000, J2930: 450 },
  );
}

/**
 * PD-4a, BU-3, OR-1: a TPN base formula (2 L/day, S9366), lipids (billable), and additives that are part of
 * the base: potassium chloride (an electrolyte: included) and regular insulin (a drug: billed).
 */
export function tpnWithAdditives(): DatasetInput {
  const dataset = base(
    [
      order({
        id: 'tpn',
        therapy: 'tpn',
        drug: 'amino-acids-10pct',
        dose: { amount: 1000, unit: 'mL' },
        schedule: 'continuous',
        delivery: 'continuous',
        litersPerDay: 2,
      }),
      order({ id: 'lipids', therapy: 'tpn', drug: 'lipid-20pct', dose: { amount: 50, unit: 'g' }, schedule: 'q24h' }),
      order({ id: 'kcl', therapy: 'tpn', drug: 'potassium-chloride', dose: { amount: 40, unit: 'mEq' }, schedule: 'q24h', partOf: 'tpn' }),
      order({
        id: 'insulin',
        therapy: 'tpn',
        drug: 'insulin-regular',
        dose: { amount: 20, unit: 'units' },
        schedule: 'q24h',
        partOf: 'tpn',
      }),
    ],
    [
      drug(
        'amino-acids-10pct',
        'B4178',
        { amount: 500, unit: 'mL' },
        '99999417801',
        'ML',
        { amount: 1, unit: 'mL' },
        'amino-acid-standard',
      ),
      drug('lipid-20pct', 'B4185', { amount: 10, unit: 'g' }, '99999418501', 'ML', { amount: 0.2, unit: 'g' }, 'lipid'),
      drug('potassium-chloride', 'J3480', { amount: 2, unit: 'mEq' }, '99999348001', 'ML', { amount: 2, unit: 'mEq' }, 'electrolyte'),
      drug('insulin-regular', 'J1815', { amount: 5, unit: 'units' }, '99999181501', 'ML', { amount: 100, unit: 'units' }),
    ],
    { S9366: 30000, S9364: 25000, B4178: 2000, B4185: 1500, J3480: 100, J1815: 90 },
  );
  // The antibiotics stop before the TPN starts: this patient's TPN month on its own.
  const plan = dataset.patients[0]!.plansOfCare[0]!;
  plan.orders = plan.orders.filter((o) => !['mero', 'vanc'].includes(o.id));
  dataset.patients[0]!.plansOfCare[0]!.diagnoses = ['K91.2', 'E43'];
  return dataset;
}

/**
 * OR-1: ceftriaxone q24h with its sterile-water diluent (bundled) and an ondansetron premedication (billed);
 * the components are documented with the antibiotic's order (PY-3), not on their own.
 */
export function antibioticWithComponents(): DatasetInput {
  const dataset = base(
    [
      order({ id: 'ctx', therapy: 'anti-infective', drug: 'ceftriaxone-2g', dose: { amount: 2, unit: 'g' }, schedule: 'q24h' }),
      order({
        id: 'diluent',
        therapy: 'anti-infective',
        drug: 'sterile-water',
        dose: { amount: 10, unit: 'mL' },
        schedule: 'q24h',
        partOf: 'ctx',
        documents: [],
      }),
      order({
        id: 'premed',
        therapy: 'antiemetic',
        drug: 'ondansetron-4mg',
        dose: { amount: 4, unit: 'mg' },
        schedule: 'q24h',
        partOf: 'ctx',
        documents: [],
      }),
    ],
    [
      drug('ceftriaxone-2g', 'J0696', { amount: 250, unit: 'mg' }, '99999069601', 'UN', { amount: 2, unit: 'g' }),
      drug('sterile-water', 'A4217', { amount: 500, unit: 'mL' }, '99999421701', 'ML', { amount: 1, unit: 'mL' }, 'sterile-water'),
      drug('ondansetron-4mg', 'J2405', { amount: 1, unit: 'mg' }, '99999240501', 'UN', { amount: 4, unit: 'mg' }),
    ],
    { S9500: 10000, J0696: 120, J2405: 80 },
  );
  const plan = dataset.patients[0]!.plansOfCare[0]!;
  plan.orders = plan.orders.filter((o) => !['mero', 'vanc'].includes(o.id));
  return dataset;
}

/**
 * PY-1 with CB-1: the IDSA patient with Medicare primary and the example plan secondary. Medicare does not
 * recognize S-codes, so the per diems and their drugs go to the secondary directly; the 220-minute nursing visit
 * goes to Medicare first for its answer.
 */
export function medicareWithSecondary(): DatasetInput {
  const dataset = idsaInNovember('2026-11-12');
  dataset.payers.push({
    id: 'medicare',
    name: 'Medicare Part B',
    payerId: 'MCARE1',
    kind: 'medicare',
    fees: { '99601': 9000, '99602': 4000 },
  } as DatasetInput['payers'][number]);
  const patient = dataset.patients[0]!;
  const secondary = patient.coverages[0]!;
  secondary.rank = 'secondary';
  patient.coverages.unshift({
    payer: 'medicare',
    memberId: '1EG4TE5MK73',
    rank: 'primary',
    from: '2026-11-01',
  } as (typeof patient.coverages)[number]);
  return dataset;
}
