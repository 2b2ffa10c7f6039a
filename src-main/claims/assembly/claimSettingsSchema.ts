import { z } from 'zod';
import { claimTextCheck, identifierCheck } from '../../x12/claimTextSchema';

// The 837P envelope's identifiers: a Node-free schema, shared by the channel contract and the service.

export const claimSettingsSchema = z.object({
  // Identifiers are sent exactly as entered: refused (not trimmed) when they hold a separator or an edge space.
  senderId: z
    .string()
    .min(2, 'The submitter id (ISA06) is required')
    .max(15, 'At most 15 characters (ISA06)')
    .superRefine(identifierCheck('The submitter id')),
  submitterName: z.string().trim().min(1).max(60).superRefine(claimTextCheck('The submitter name')),
  contactName: z.string().trim().min(1).max(60).superRefine(claimTextCheck('The contact name')),
  contactPhone: z.string().regex(/^\d{10}$/, 'A 10-digit phone number'),
  receiverId: z
    .string()
    .min(2, 'The receiver id (ISA08) is required')
    .max(15, 'At most 15 characters (ISA08)')
    .superRefine(identifierCheck('The receiver id')),
  receiverName: z.string().trim().min(1).max(60).superRefine(claimTextCheck('The receiver name')),
  usage: z.enum(['T', 'P']),
});
export type ClaimSettings = z.output<typeof claimSettingsSchema>;
