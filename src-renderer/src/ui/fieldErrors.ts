import type { ChannelError } from '../api/channelQueries';

/** The message for one field path of a failed save (`patient.coverages[0].payer`), if any. */
export function fieldError(error: ChannelError | null | undefined, path: string): string | undefined {
  if (!error || error.error.kind !== 'invalid') return undefined;
  return error.error.fields.find((f) => f.path === path)?.message;
}

/** Problems that no field on screen shows (so they are never silently dropped). */
export function otherErrors(error: ChannelError | null | undefined, shown: (path: string) => boolean): string[] {
  if (!error) return [];
  if (error.error.kind !== 'invalid') return [error.message];
  return error.error.fields.filter((f) => !shown(f.path)).map((f) => `${f.path}: ${f.message}`);
}
