import { createHash } from 'node:crypto';
import { asc, desc } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { auditSubject } from './auditSubjects';
import type { AuditEntryView, AuditVerificationView } from '../vocabulary';

// The audit trail: each successful write, and each bulk read of patient data, with who did it, through which
// face, its validated input, what it was about and how that was before, and what it returned. Written in the
// write's own transaction by dispatch. Append-only (triggers refuse UPDATE and DELETE), and chained: each entry's
// SHA-256 covers its fields and the previous entry's hash, so an entry altered or removed with another SQLite tool
// breaks the chain (`dripline audit --verify`). Long strings are cut so the log stays readable and small.

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
  /** The entity as it was before the write, and as the write left it, when the channel names one. */
  before?: unknown;
  after?: unknown;
}

type Row = typeof t.auditLog.$inferSelect;
type Fields = Pick<Row, 'at' | 'channel' | 'input' | 'actor' | 'face' | 'result' | 'entity' | 'before' | 'after'>;

/** The chained hash of one entry: its fields, in a fixed order, after the previous entry's hash. */
export function entryHash(prevHash: string, row: Fields): string {
  const fields = [prevHash, row.at, row.channel, row.input, row.actor, row.face, row.result, row.entity, row.before];
  // `after` came with migration 0010: entries without it hash as they did before it.
  if (row.after !== null) fields.push(row.after);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export function recordWrite(opened: OpenedStore, clock: Clock, write: AuditedWrite): void {
  const last = opened.store.select({ hash: t.auditLog.hash }).from(t.auditLog).orderBy(desc(t.auditLog.key)).limit(1).get();
  const prevHash = last?.hash ?? '';
  const fields: Fields = {
    at: clock.now(),
    channel: write.channel,
    input: text(write.input),
    actor: write.context.actor,
    face: write.context.face,
    result: text(write.result),
    entity: auditSubject(write.channel, write.input, write.result),
    before: write.before === undefined ? null : text(write.before),
    after: write.after === undefined ? null : text(write.after),
  };
  opened.store
    .insert(t.auditLog)
    .values({ ...fields, prevHash, hash: entryHash(prevHash, fields) })
    .run();
}

const parsed = (value: string | null): unknown => {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value; // cut to MAX_TEXT: shown as the text it is
  }
};

/** The trail as the contract prints it: `[ { at, actor, action, entity, before?, after? } ]`, oldest first. */
export function auditEntries(opened: OpenedStore): AuditEntryView[] {
  return opened.store
    .select()
    .from(t.auditLog)
    .orderBy(asc(t.auditLog.key))
    .all()
    .map((row) => {
      const before = parsed(row.before);
      // The entity as the write left it; else what the write returned (a bulk read: what it handed out).
      const after = parsed(row.after) ?? parsed(row.result);
      return {
        at: row.at,
        actor: row.actor ?? 'unknown',
        action: row.channel,
        entity: row.entity ?? auditSubject(row.channel, parsed(row.input), after),
        ...(before === undefined ? {} : { before }),
        ...(after === undefined || after === null ? {} : { after }),
      };
    });
}

/** Recomputes the chain: an entry altered, inserted or removed anywhere but at the very end breaks it. */
export function verifyAudit(opened: OpenedStore): AuditVerificationView {
  const rows = opened.store.select().from(t.auditLog).orderBy(asc(t.auditLog.key)).all();
  const problems: string[] = [];
  let prevHash = '';
  let unchained = 0;
  let chainStarted = false;
  let previousKey = 0;
  for (const row of rows) {
    if (row.hash === null) {
      if (chainStarted)
        problems.push(`Entry ${row.key} (${row.at}, ${row.channel}) has no hash inside the chain: it was inserted or altered.`);
      else unchained += 1;
      previousKey = row.key;
      continue;
    }
    if (chainStarted && row.key !== previousKey + 1) problems.push(`Entries ${previousKey + 1} to ${row.key - 1} were removed.`);
    chainStarted = true;
    if (row.prevHash !== prevHash)
      problems.push(`Entry ${row.key} (${row.at}, ${row.channel}) does not follow the entry before it: one was altered or removed.`);
    if (entryHash(row.prevHash ?? '', row) !== row.hash)
      problems.push(`Entry ${row.key} (${row.at}, ${row.channel}) was altered after it was written.`);
    prevHash = row.hash;
    previousKey = row.key;
  }
  return { ok: problems.length === 0, entries: rows.length, unchained, problems };
}
