import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendarDate';
import { isIcd10Shape } from '../identifiers/icd10';
import { isValidNpi } from '../identifiers/npi';
import { parseSchedule } from '../schedule/scheduleGrammar';
import { claimIdentifier, claimTextCheck } from '../x12/claimTextSchema';
import {
  ADMINISTERED_BY,
  COVERAGE_RANKS,
  DELIVERIES,
  DOCUMENT_KINDS,
  DRUG_CLASSES,
  DRUG_FORMS,
  HOLD_REASONS,
  LINE_SPANS,
  NDC_UNITS,
  ORDER_PURPOSES,
  PAYER_KINDS,
  PER_DIEM_DAYS,
  PUMP_EVENT_KINDS,
  QUANTITY_UNITS,
  RESIDENCES,
  ROUTES,
  SEXES,
  THERAPIES,
} from '../vocabulary';

// shared/contracts/dataset-v1.md, as a zod schema. The app may accept more fields, never fewer.

const text = (max = 200) => z.string().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);
const id = text(64);
// Names and addresses printed on a claim need an ASCII form; identifiers on a claim are never trimmed or altered.
const claimText = (max: number) => text(max).superRefine(claimTextCheck());
const claimId = (max: number) => claimIdentifier(max);
export const calendarDate = z.string().refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD');

/** A schedule in the contract's grammar (q8h, weekly:MO,WE,FR, monthly...), with the grammar's own message. */
export const scheduleText = z.string().superRefine((value, ctx) => {
  const parsed = parseSchedule(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
});
const npi = z.string().refine(isValidNpi, 'is not a valid NPI (10 digits with a correct check digit)');

export const addressSchema = z.object({
  line1: claimText(55),
  line2: claimText(55).optional(),
  city: claimText(30),
  state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
  zip: z.string().regex(/^\d{5}(\d{4})?$/, 'must be 5 or 9 digits'),
});

export const quantitySchema = z.object({
  amount: z.number().positive('must be greater than 0').finite(),
  unit: z.enum(QUANTITY_UNITS),
});

export const payerProfileSchema = z.object({
  perDiemDays: z.enum(PER_DIEM_DAYS).optional(),
  secondTherapyPercent: z.number().min(0).max(100).optional(),
  thirdTherapyPercent: z.number().min(0).max(100).optional(),
  recognizesSCodes: z.boolean().optional(),
  // PF-3..PF-6 and DS-2 (interimBilling), as in the contract.
  modifier59WithConcurrent: z.boolean().optional(),
  lineSpan: z.enum(LINE_SPANS).optional(),
  nursingLimits: z.boolean().optional(),
  requiresPriorAuth: z.boolean().optional(),
  interimBilling: z.boolean().optional(), // DS-2: interim claims through yesterday
});

export const hcpcsCode = z.string().regex(/^([A-Z]\d{4}|\d{5})$/, 'is not a HCPCS/CPT code (e.g. S9502, J2185, 99601)');

export const payerSchema = z.object({
  id,
  name: claimText(60),
  payerId: claimId(80),
  kind: z.enum(PAYER_KINDS),
  profile: payerProfileSchema.optional(),
  fees: z.record(hcpcsCode, z.number().int('must be whole cents').nonnegative('cannot be negative')),
});

export const prescriberSchema = z.object({ id, npi, firstName: claimText(35), lastName: claimText(60) });

export const drugSchema = z.object({
  id,
  name: text(120),
  hcpcs: hcpcsCode,
  billingUnit: quantitySchema,
  ndc: z.string().regex(/^\d{11}$/, 'must be the 11-digit NDC (5-4-2 without dashes)'),
  ndcUnit: z.enum(NDC_UNITS),
  ndcUnitContains: quantitySchema,
  form: z.enum(DRUG_FORMS).optional(),
  class: z.enum(DRUG_CLASSES).optional(),
});

const documentSchema = z.object({ kind: z.enum(DOCUMENT_KINDS), date: calendarDate, reference: text(200) });

export const orderSchema = z
  .object({
    id,
    therapy: z.enum(THERAPIES),
    drug: id.optional(),
    dose: quantitySchema.optional(),
    schedule: scheduleText,
    start: calendarDate,
    stop: calendarDate.optional(),
    route: z.enum(ROUTES),
    delivery: z.enum(DELIVERIES).optional(),
    litersPerDay: z.number().positive().max(10).optional(),
    administeredBy: z.enum(ADMINISTERED_BY).optional(),
    purpose: z.enum(ORDER_PURPOSES).optional(),
    // OR-1: the id of another order of the same plan this one is a component of (checked in validateDataset).
    partOf: id.optional(),
    priorAuth: z
      .object({
        number: claimId(50),
        from: calendarDate,
        to: calendarDate,
        units: z.number().int().positive().optional(),
      })
      .refine((a) => a.to >= a.from, { message: 'ends before it starts', path: ['to'] })
      .optional(),
    documents: z.array(documentSchema).optional(),
  })
  .refine((o) => o.stop === undefined || o.stop >= o.start, { message: 'is before the start', path: ['stop'] })
  .refine((o) => o.drug === undefined || o.dose !== undefined, { message: 'is required when a drug is given', path: ['dose'] });

export const planOfCareSchema = z
  .object({
    id,
    prescriber: id,
    from: calendarDate,
    to: calendarDate,
    diagnoses: z
      .array(z.string().refine(isIcd10Shape, 'is not an ICD-10-CM code (e.g. M86.171)'))
      .min(1, 'needs at least one diagnosis')
      .max(12, 'at most 12 diagnoses fit on a claim'),
    signedOn: calendarDate.optional(),
    orders: z.array(orderSchema),
  })
  .refine((p) => p.to >= p.from, { message: 'is before the start', path: ['to'] });

export const patientSchema = z.object({
  id,
  firstName: claimText(35),
  lastName: claimText(60),
  birthDate: calendarDate,
  sex: z.enum(SEXES),
  address: addressSchema,
  residence: z.enum(RESIDENCES).optional(),
  coverages: z.array(
    z
      .object({
        payer: id,
        memberId: claimId(80),
        group: claimId(50).optional(),
        rank: z.enum(COVERAGE_RANKS),
        from: calendarDate,
        to: calendarDate.optional(),
      })
      .refine((c) => c.to === undefined || c.to >= c.from, { message: 'is before the start', path: ['to'] }),
  ),
  plansOfCare: z.array(planOfCareSchema),
  holds: z
    .array(
      z
        .object({ from: calendarDate, to: calendarDate, reason: z.enum(HOLD_REASONS) })
        .refine((h) => h.to >= h.from, { message: 'is before the start', path: ['to'] }),
    )
    .optional(), // absent: the stored list is kept (a re-import never wipes what the file does not mention)
  nursingVisits: z
    .array(
      z.object({
        date: calendarDate,
        minutes: z
          .number()
          .int()
          .positive()
          .max(24 * 60),
        order: id.optional(),
      }),
    )
    .optional(),
  pumpEvents: z.array(z.object({ order: id, date: calendarDate, kind: z.enum(PUMP_EVENT_KINDS) })).optional(),
});

export const pharmacySchema = z.object({
  name: claimText(60),
  npi,
  taxId: z.string().regex(/^\d{9}$/, 'must be the 9-digit tax id (EIN) without a dash'),
  taxonomy: z
    .string()
    .regex(/^[0-9A-Z]{9}X$/, 'is not a provider taxonomy code (e.g. 3336H0001X)')
    .optional(),
  address: addressSchema,
  phone: z
    .string()
    .regex(/^\d{10}$/, 'must be 10 digits')
    .optional(),
});

export const datasetSchema = z.object({
  format: z.literal('home-infusion-dataset/1', { error: 'must be "home-infusion-dataset/1"' }),
  pharmacy: pharmacySchema,
  payers: z.array(payerSchema),
  prescribers: z.array(prescriberSchema),
  drugs: z.array(drugSchema),
  patients: z.array(patientSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type DatasetPatient = Dataset['patients'][number];
export type DatasetOrder = DatasetPatient['plansOfCare'][number]['orders'][number];
