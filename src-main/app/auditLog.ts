import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';

// The audit trail: each successful write channel call with its validated input. Long strings (an attached
// file's base64, a whole imported dataset) are cut so the log stays readable and small.

const MAX_STRING = 200;
const MAX_INPUT = 20_000;

function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value;
  if (Array.isArray(value)) return value.map(trimmed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

export function recordWrite(opened: OpenedStore, clock: Clock, channel: string, input: unknown): void {
  let text = JSON.stringify(trimmed(input)) ?? 'null';
  if (text.length > MAX_INPUT) text = `${text.slice(0, MAX_INPUT)}…`;
  opened.store.insert(t.auditLog).values({ at: clock.now(), channel, input: text }).run();
}
