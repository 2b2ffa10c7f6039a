import { z } from 'zod';

// The 837P envelope's identifiers: a Node-free schema, shared by the channel contract and the service.

export const claimSettingsSchema = z.object({
  senderId: z.string().trim().min(2, 'The submitter id (ISA06) is required').max(15, 'At most 15 characters (ISA06)'),
  submitterName: z.string().trim().min(1).max(60),
  contactName: z.string().trim().min(1).max(60),
  contactPhone: z.string().regex(/^\d{10}$/, 'A 10-digit phone number'),
  receiverId: z.string().trim().min(2, 'The receiver id (ISA08) is required').max(15, 'At most 15 characters (ISA08)'),
  receiverName: z.string().trim().min(1).max(60),
  usage: z.enum(['T', 'P']),
});
export type ClaimSettings = z.output<typeof claimSettingsSchema>;
