import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';

// The audit trail: each successful write with who made it, through which face, its validated input and what it
// returned (the keys it wrote, the claims it exported). Written in the write's own transaction by dispatch.
// Long strings (an attached file's base64, a claim file's content) are cut so the log stays readable and small.

const MAX_STRING = 200;
const MAX_TEXT = 20_000;

function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map(trimmed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

function text(value: unknown): string {
  const json = JSON.stringify(trimmed(value)) ?? 'null';
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT)}…` : json;
}

export interface AuditedWrite {
  channel: string;
  input: unknown;
  result: unknown;
  /** Who wrote, and through which face (the request's context). */
  context: { actor: string; face: string };
}

export function recordWrite(opened: OpenedStore, clock: Clock, write: AuditedWrite): void {
  opened.store
    .insert(t.auditLog)
    .values({
      at: clock.now(),
      channel: write.channel,
      input: text(write.input),
      actor: write.context.actor,
      face: write.context.face,
      result: text(write.result),
    })
    .run();
}
