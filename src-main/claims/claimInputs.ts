import { z } from 'zod';
import { calendarDate } from '../dataset/datasetSchema';
import { ADJUDICATED_STATUSES, ADJUSTMENT_GROUPS, CLAIM_STATUSES } from '../vocabulary';
import { identifierCheck } from '../x12/claimTextSchema';

// Inputs of the claims channels.

export const periodInput = z
  .object({ from: calendarDate, to: calendarDate })
  .refine((p) => p.to >= p.from, { message: 'The period ends before it starts', path: ['to'] });

export const claimListInput = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  payerId: z.string().min(1).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});

export const claimExportInput = z.object({
  from: calendarDate,
  to: calendarDate,
  draftIds: z.array(z.string().min(1)).min(1, 'Choose at least one claim to export'),
});

export const adjudicationInput = z.object({
  claim: z.number().int().positive(),
  status: z.enum(ADJUDICATED_STATUSES),
  paidCents: z.number().int('Whole cents').nonnegative('Cannot be negative').optional(),
  adjudicatedOn: calendarDate,
  note: z.string().trim().max(200).optional(),
  /** RM-2: the group and reason (CARC) of what was not paid, as the paper answer gives them. */
  adjustmentGroup: z.enum(ADJUSTMENT_GROUPS).optional(),
  adjustmentReason: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,5}$/, 'A reason code such as 45 or 96')
    .optional(),
});

export const claimAmendInput = z.object({
  claim: z.number().int().positive(),
  // REF*F8 goes out as entered: a separator in it is refused at the field, never altered (x12Text).
  payerClaimNumber: z
    .string()
    .trim()
    .min(1, 'Enter the payer’s claim number (REF*F8)')
    .max(50)
    .superRefine(identifierCheck('Payer claim number')),
});

export type ClaimListInput = z.output<typeof claimListInput>;
export type AdjudicationInput = z.output<typeof adjudicationInput>;
