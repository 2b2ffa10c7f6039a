import type { DatasetInput } from '../src-main/dataset/datasetSchema';
import { addDays } from '../src-main/calendar/calendarDate';

// A reproducible synthetic pharmacy: the same seed gives the same dataset, byte for byte.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THERAPIES: { therapy: string; drug?: string; dose?: { amount: number; unit: 'mg' | 'g' }; schedules: string[]; liters?: number }[] = [
  { therapy: 'anti-infective', drug: 'meropenem-1g', dose: { amount: 1, unit: 'g' }, schedules: ['q8h'] },
  { therapy: 'anti-infective', drug: 'vancomycin-1g', dose: { amount: 1.25, unit: 'g' }, schedules: ['q12h', 'q24h'] },
  { therapy: 'anti-infective', drug: 'ceftriaxone-1g', dose: { amount: 2, unit: 'g' }, schedules: ['q24h'] },
  { therapy: 'anti-infective', drug: 'daptomycin-500', dose: { amount: 500, unit: 'mg' }, schedules: ['q24h', 'q48h'] },
  { therapy: 'corticosteroid', drug: 'methylpred-1g', dose: { amount: 1, unit: 'g' }, schedules: ['q24h', 'weekly:MO,WE,FR'] },
  { therapy: 'tpn', schedules: ['continuous'], liters: 1.5 },
  { therapy: 'hydration', schedules: ['q24h'], liters: 2 },
  { therapy: 'immunotherapy', drug: 'ivig-10g', dose: { amount: 30, unit: 'g' }, schedules: ['monthly', 'q4w'] },
  { therapy: 'anti-tnf', drug: 'infliximab-100', dose: { amount: 400, unit: 'mg' }, schedules: ['q8w', 'q4w'] },
];

export function syntheticPharmacy(patients: number, seed: number, month = { from: '2026-12-01', to: '2026-12-31' }): DatasetInput {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fees: Record<string, number> = {
    S9500: 9000,
    S9501: 12000,
    S9502: 15000,
    S9490: 11000,
    S9366: 30000,
    S9375: 14000,
    S9338: 20000,
    S9359: 22000,
    J2185: 150,
    J3370: 625,
    J0696: 110,
    J0878: 45,
    J2930: 480,
    J1561: 4200,
    J1745: 9500,
    '99601': 18000,
    '99602': 7500,
  };
  const vial = (id: string, name: string, hcpcs: string, unitMg: number, ndc: string, containsG: number) => ({
    id,
    name,
    hcpcs,
    billingUnit: { amount: unitMg, unit: 'mg' as const },
    ndc,
    ndcUnit: 'UN' as const,
    ndcUnitContains: { amount: containsG, unit: 'g' as const },
    form: 'injectable' as const,
  });
  return {
    format: 'home-infusion-dataset/1',
    pharmacy: {
      name: 'Bench Infusion',
      npi: '1765432186',
      taxId: '371234567',
      address: { line1: '1 Main St', city: 'Springfield', state: 'IL', zip: '627010001' },
    },
    payers: [
      { id: 'comm', name: 'Commercial Plan', payerId: 'COMM1', kind: 'commercial', fees },
      { id: 'mcd', name: 'Medicaid Plan', payerId: 'MCD01', kind: 'medicaid', profile: { perDiemDays: 'access-days' }, fees },
    ],
    prescribers: [{ id: 'dr', npi: '1543278968', firstName: 'Anita', lastName: 'Patel' }],
    drugs: [
      vial('meropenem-1g', 'Meropenem 1 g', 'J2185', 100, '99999018501', 1),
      vial('vancomycin-1g', 'Vancomycin 1 g', 'J3370', 500, '99999033702', 1),
      vial('ceftriaxone-1g', 'Ceftriaxone 1 g', 'J0696', 250, '99999069601', 1),
      vial('daptomycin-500', 'Daptomycin 500 mg', 'J0878', 1, '99999087801', 0.5),
      vial('methylpred-1g', 'Methylprednisolone 1 g', 'J2930', 125, '99999293001', 1),
      vial('ivig-10g', 'Immune globulin 10 g', 'J1561', 500, '99999156101', 10),
      vial('infliximab-100', 'Infliximab 100 mg', 'J1745', 10, '99999174501', 0.1),
    ],
    patients: Array.from({ length: patients }, (_, i) => {
      const orders = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => {
        const t = pick(THERAPIES);
        const start = addDays(month.from, Math.floor(random() * 20) - 10);
        return {
          id: `o${k}`,
          therapy: t.therapy as 'anti-infective',
          schedule: pick(t.schedules),
          start,
          stop: addDays(start, 14 + Math.floor(random() * 40)),
          route: 'IV' as const,
          delivery: 'intermittent' as const,
          ...(t.drug ? { drug: t.drug, dose: t.dose } : {}),
          ...(t.liters ? { litersPerDay: t.liters, delivery: 'continuous' as const } : {}),
        };
      });
      return {
        id: `p${String(i).padStart(5, '0')}`,
        firstName: `First${i}`,
        lastName: `Last${i}`,
        birthDate: '1960-01-01',
        sex: i % 2 ? 'F' : 'M',
        address: { line1: '2 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
        coverages: [{ payer: random() < 0.8 ? 'comm' : 'mcd', memberId: `M${i}`, rank: 'primary', from: '2026-01-01' }],
        plansOfCare: [
          {
            id: 'poc',
            prescriber: 'dr',
            from: addDays(month.from, -30),
            to: addDays(month.to, 30),
            diagnoses: ['M86.171'],
            signedOn: addDays(month.from, -30),
            orders,
          },
        ],
        holds: [],
        pumpEvents: [],
        nursingVisits: Array.from({ length: Math.floor(random() * 3) }, () => ({
          date: addDays(month.from, Math.floor(random() * 28)),
          minutes: 60 + Math.floor(random() * 180),
        })),
      };
    }),
  } as DatasetInput;
}
