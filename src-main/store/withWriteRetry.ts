import type Database from 'better-sqlite3';
import type { Store } from './openDatabase';
import { RefusedError } from '../vocabulary';

// Another window, the web host or a CLI command may hold the one write lock of the file: a write waits for it,
// retrying within a bound, and then says so plainly instead of failing with SQLite's "database is locked".

export type WriteTx = Parameters<Parameters<Store['transaction']>[0]>[0];

/** How long, in all, a write waits for another writer to finish. */
export const WRITE_WAIT_MS = 30_000;

export const DATABASE_BUSY_MESSAGE = 'Another Dripline window or command is writing to this database; try again in a moment.';

/** A RefusedError, so every face shows its message as it is. */
export class DatabaseBusyError extends RefusedError {
  constructor() {
    super(DATABASE_BUSY_MESSAGE);
    this.name = 'DatabaseBusyError';
  }
}

export interface WriteRetryOptions {
  /** The total wait before giving up (tests shorten it). */
  limitMs?: number;
}

/**
 * Runs `body` in an IMMEDIATE transaction (the write lock taken before any read, so what it reads stays true
 * until it commits). While another connection writes, the start is retried with backoff up to the limit,
 * then a DatabaseBusyError is thrown. Only a transaction that could not start is retried: `body` never runs twice.
 */
export function withWriteRetry<T>(store: Store, body: (tx: WriteTx) => T, options: WriteRetryOptions = {}): T {
  const sqlite = store.$client;
  const deadline = performance.now() + (options.limitMs ?? WRITE_WAIT_MS);
  const busyTimeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  let pause = 25;
  try {
    for (;;) {
      // SQLite's own busy handler waits within each attempt; never past the deadline.
      setBusyTimeout(sqlite, Math.max(1, Math.min(busyTimeout, deadline - performance.now())));
      let started = false;
      try {
        return store.transaction(
          (tx) => {
            started = true;
            return body(tx);
          },
          { behavior: 'immediate' },
        );
      } catch (error) {
        if (!isBusy(error)) throw error;
        const remaining = deadline - performance.now();
        // Busy after the body ran (not expected once IMMEDIATE holds the lock): a retry could repeat its effects.
        if (started || remaining <= 0) throw new DatabaseBusyError();
        sleep(Math.min(pause, remaining));
        pause = Math.min(pause * 2, 1000);
      }
    }
  } finally {
    setBusyTimeout(sqlite, busyTimeout);
  }
}

/** SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY, BUSY_TIMEOUT). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function setBusyTimeout(sqlite: Database.Database, ms: number): void {
  sqlite.pragma(`busy_timeout = ${Math.round(ms)}`);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** better-sqlite3 is synchronous, so the pause between attempts is too. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
