import { z } from 'zod';
import { claimTextProblem, identifierProblem } from './x12Text';

// Zod pieces for fields that go on a claim, shared by the dataset import, the intake and reference channels
// and the claim settings. A label prefixes the message ("Member ID contains ..."); without one the message
// follows the JSON path ("patients[0].coverages[0].memberId: contains ...").

const prefixed = (label: string | undefined, message: string) => (label ? `${label} ${message}` : message);

/** Refinement for free text printed on a claim: refuses characters that have no ASCII form. */
export const claimTextCheck =
  (label?: string) =>
  (value: string, ctx: z.RefinementCtx<string>): void => {
    const problem = claimTextProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: prefixed(label, problem), input: value });
  };

/** Refinement for an identifier sent on a claim: refuses separators, controls and edge spaces, never trims. */
export const identifierCheck =
  (label?: string) =>
  (value: string, ctx: z.RefinementCtx<string>): void => {
    const problem = identifierProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: prefixed(label, problem), input: value });
  };

/** A required identifier that goes on a claim, kept exactly as entered (not trimmed). */
export function claimIdentifier(max: number, label?: string) {
  return z
    .string()
    .min(1, prefixed(label, 'is required'))
    .max(max, label ? `${label} is too long (${max} at most)` : `is longer than ${max} characters`)
    .superRefine(identifierCheck(label));
}
