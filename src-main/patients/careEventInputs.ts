import { z } from 'zod';
import { calendarDate } from '../dataset/datasetSchema';
import { DOCUMENT_KINDS, HOLD_REASONS, PUMP_EVENT_KINDS } from '../vocabulary';

// Inputs of the patient page's write channels.

const patientId = z.string().min(1, 'A patient id is required').max(64);

export const holdAddInput = z
  .object({ patientId, from: calendarDate, to: calendarDate, reason: z.enum(HOLD_REASONS) })
  .refine((h) => h.to >= h.from, { message: 'The hold ends before it starts', path: ['to'] });

export const visitAddInput = z.object({
  patientId,
  date: calendarDate,
  minutes: z
    .number({ error: 'Enter the visit length in minutes' })
    .int('Whole minutes')
    .positive('At least 1 minute')
    .max(1440, 'At most 24 hours'),
  order: z.string().min(1).optional(),
  nurse: z.string().trim().max(80).optional(),
});

export const pumpEventAddInput = z.object({
  patientId,
  order: z.string().min(1, 'Choose the order'),
  date: calendarDate,
  kind: z.enum(PUMP_EVENT_KINDS),
});

/** Whole 4-character groups of the standard alphabet, `=` only as final padding; no spaces or data: prefix. */
export function isStrictBase64(text: string): boolean {
  if (text.length % 4 !== 0 || /[^A-Za-z0-9+/=]/.test(text)) return false;
  const padding = text.indexOf('=');
  return padding === -1 || (padding >= text.length - 2 && /^=+$/.test(text.slice(padding)));
}

export const documentAddInput = z.object({
  patientId,
  order: z.string().min(1, 'Choose the order'),
  kind: z.enum(DOCUMENT_KINDS),
  date: calendarDate,
  reference: z.string().trim().min(1, 'Enter a reference (e.g. the Rx number)').max(200),
  file: z
    .object({
      name: z.string().min(1).max(200),
      // 15 MB of file at most, as base64; the size is checked first so a huge payload is not scanned.
      contentBase64: z
        .string()
        .min(1, 'The file is empty')
        .max(20_000_000, { message: 'The file is larger than 15 MB: attach a smaller file', abort: true })
        .refine(isStrictBase64, 'The file content could not be read (it is not valid base64): choose the file again'),
    })
    .optional(),
});

export const episodeDischargeInput = z.object({
  patientId,
  episode: z.number().int().positive(),
  dischargedOn: calendarDate,
  reason: z.string().trim().max(120).optional(),
});

export type HoldAddInput = z.output<typeof holdAddInput>;
export type VisitAddInput = z.output<typeof visitAddInput>;
export type PumpEventAddInput = z.output<typeof pumpEventAddInput>;
export type DocumentAddInput = z.output<typeof documentAddInput>;
export type EpisodeDischargeInput = z.output<typeof episodeDischargeInput>;
