import { z } from 'zod';
import { addressSchema, calendarDate, scheduleText } from '../dataset/datasetSchema';
import { isIcd10Shape } from '../identifiers/icd10';
import {
  ADMINISTERED_BY,
  COVERAGE_RANKS,
  DELIVERIES,
  DOCUMENT_KINDS,
  ORDER_PURPOSES,
  QUANTITY_UNITS,
  RESIDENCES,
  ROUTES,
  SEXES,
  THERAPIES,
} from '../vocabulary';
import { claimIdentifier, claimTextCheck } from '../x12/claimTextSchema';

// Inputs of the intake screens' write channels: the dataset's fields, with ids optional on new records.

const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is too long (${max} at most)`);
export const optionalId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dot, dash or underscore')
  .optional();

export const coverageInput = z
  .object({
    payer: z.string().min(1, 'Choose a payer'),
    memberId: claimIdentifier(80, 'Member ID'),
    group: claimIdentifier(50, 'Group').optional(),
    rank: z.enum(COVERAGE_RANKS),
    from: calendarDate,
    to: calendarDate.optional(),
  })
  .refine((c) => c.to === undefined || c.to >= c.from, { message: 'Ends before it starts', path: ['to'] });

export const patientSaveInput = z.object({
  isNew: z.boolean(),
  patient: z.object({
    id: optionalId,
    firstName: text(35, 'First name').superRefine(claimTextCheck('First name')),
    lastName: text(60, 'Last name').superRefine(claimTextCheck('Last name')),
    birthDate: calendarDate,
    sex: z.enum(SEXES),
    address: addressSchema,
    residence: z.enum(RESIDENCES).optional(),
    coverages: z.array(coverageInput).max(3, 'At most three coverages (primary, secondary, tertiary)'),
  }),
});

export const orderInput = z
  .object({
    id: optionalId,
    therapy: z.enum(THERAPIES, { error: 'Choose a therapy' }),
    drug: z.string().min(1).optional(),
    dose: z
      .object({ amount: z.number({ error: 'Enter the dose' }).positive('The dose must be more than 0'), unit: z.enum(QUANTITY_UNITS) })
      .optional(),
    schedule: scheduleText,
    start: calendarDate,
    stop: calendarDate.optional(),
    route: z.enum(ROUTES),
    delivery: z.enum(DELIVERIES).optional(),
    litersPerDay: z.number().positive('Liters per day must be more than 0').max(10).optional(),
    administeredBy: z.enum(ADMINISTERED_BY).optional(),
    purpose: z.enum(ORDER_PURPOSES).optional(),
    // OR-1: the id of another order of this plan that this one is a component of (additive, diluent, premedication).
    partOf: optionalId,
    // OR-2: the first day a change to the order's billing fields applies; required once the order has billed days.
    effectiveFrom: calendarDate.optional(),
    priorAuth: z
      .object({
        number: claimIdentifier(50, 'Authorization number'),
        from: calendarDate,
        to: calendarDate,
        units: z.number().int().positive().optional(),
      })
      .refine((a) => a.to >= a.from, { message: 'Ends before it starts', path: ['to'] })
      .optional(),
    documents: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), date: calendarDate, reference: text(200, 'Reference') })).optional(),
  })
  .refine((o) => o.stop === undefined || o.stop >= o.start, { message: 'The stop date is before the start', path: ['stop'] })
  .refine((o) => o.drug === undefined || o.dose !== undefined, { message: 'Enter the dose of the drug', path: ['dose'] })
  .refine((o) => o.partOf === undefined || o.id === undefined || o.partOf !== o.id, {
    message: 'An order cannot be part of itself',
    path: ['partOf'],
  });

export const planSaveInput = z.object({
  patientId: z.string().min(1),
  plan: z
    .object({
      id: optionalId,
      prescriber: z.string().min(1, 'Choose a prescriber'),
      from: calendarDate,
      to: calendarDate,
      diagnoses: z
        .array(z.string().trim().refine(isIcd10Shape, 'Not an ICD-10-CM code (e.g. M86.171)'))
        .min(1, 'Enter at least one diagnosis')
        .max(12, 'At most 12 diagnoses fit on a claim'),
      signedOn: calendarDate.optional(),
      orders: z.array(orderInput),
    })
    .refine((p) => p.to >= p.from, { message: 'The plan ends before it starts', path: ['to'] }),
});

export const schedulePreviewInput = z.object({
  text: z.string().max(100),
  start: calendarDate,
  stop: calendarDate.optional(),
  days: z.number().int().min(1).max(120).default(35),
});

export type PatientSaveInput = z.output<typeof patientSaveInput>;
export type PlanSaveInput = z.output<typeof planSaveInput>;
