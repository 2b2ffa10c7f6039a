import { z } from 'zod';
import { WORK_ITEM_KINDS } from '../vocabulary';

// What the remittance channels take: an 835, 999 or 277CA as text, and the biller's work-queue actions (RM-5).

// An 835 of a few thousand claims is a few MB; anything larger is not a remittance a pharmacy receives.
const x12Text = z.string().min(1, 'The file is empty').max(50_000_000, 'The file is larger than 50 MB');

export const remitFileInput = z
  .object({
    text: x12Text,
    /** The file's name on the user's computer: shown in the history, never used as a path. */
    fileName: z.string().max(255).optional(),
  })
  .strict();
export type RemitFileInput = z.infer<typeof remitFileInput>;

export const workQueueInput = z
  .object({
    state: z.enum(['open', 'resolved', 'all']).default('open'),
    kind: z.enum(WORK_ITEM_KINDS).optional(),
    assignee: z.string().max(80).optional(),
  })
  .strict();
export type WorkQueueInput = z.infer<typeof workQueueInput>;

const item = z.number().int().positive();
const note = z.string().trim().min(1, 'Write what was done').max(2000);

/** RM-5: a biller resolves an item by correcting, appealing, billing the next payer, or writing it off. */
export const workItemActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), item, assignee: z.string().trim().min(1, 'Name who takes it').max(80) }).strict(),
  z.object({ action: z.literal('note'), item, note }).strict(),
  z.object({ action: z.literal('appeal'), item, note }).strict(),
  z.object({ action: z.literal('write-off'), item, note }).strict(),
  z.object({ action: z.literal('next-payer'), item, note: note.optional() }).strict(),
  z.object({ action: z.literal('dismiss'), item, note }).strict(),
]);
export type WorkItemActionInput = z.infer<typeof workItemActionInput>;
