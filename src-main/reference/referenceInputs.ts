import { z } from 'zod';
import { optionalId } from '../patients/intakeInputs';
import { claimIdentifier, claimTextCheck } from '../x12/claimTextSchema';
import { calendarDate, drugSchema, hcpcsCode, payerProfileSchema, pharmacySchema, prescriberSchema } from '../dataset/datasetSchema';
import { PAYER_KINDS } from '../vocabulary';

// Inputs of the pharmacy's reference data channels: the dataset's own schemas, so the app and the import
// accept exactly the same records.

export const pharmacySaveInput = z.object({ pharmacy: pharmacySchema });
export const prescriberSaveInput = z.object({ prescriber: prescriberSchema.extend({ id: optionalId }) });
export const drugSaveInput = z.object({ drug: drugSchema.extend({ id: optionalId }) });
export const payerSaveInput = z.object({
  payer: z.object({
    id: optionalId,
    name: z.string().trim().min(1, 'Name is required').max(60).superRefine(claimTextCheck('Name')),
    payerId: claimIdentifier(80, 'Payer ID'),
    kind: z.enum(PAYER_KINDS),
    profile: payerProfileSchema.default({}),
  }),
});
export const feeSetInput = z.object({
  payerId: z.string().min(1),
  hcpcs: hcpcsCode,
  cents: z.number().int('Whole cents').nonnegative('Cannot be negative'),
  effectiveFrom: calendarDate,
});

export type PharmacySaveInput = z.output<typeof pharmacySaveInput>;
export type PrescriberSaveInput = z.output<typeof prescriberSaveInput>;
export type DrugSaveInput = z.output<typeof drugSaveInput>;
export type PayerSaveInput = z.output<typeof payerSaveInput>;
export type FeeSetInput = z.output<typeof feeSetInput>;
