import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { planSaveInput } from '../patients/intakeInputs';
import { RefusedError } from '../vocabulary';
import * as t from './schema';
import { DATABASE_BUSY_MESSAGE, DatabaseBusyError, withWriteRetry } from './withWriteRetry';

// A second writer (another window, the web host, a CLI command) waits for the first, then writes or says why not.

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

// Its own thread: better-sqlite3 blocks this one while it waits, so the holder must release the lock elsewhere.
const HOLDER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.exec('BEGIN IMMEDIATE');
db.prepare("INSERT INTO settings(key, value) VALUES ('holder', 'x') ON CONFLICT(key) DO NOTHING").run();
parentPort.postMessage('locked');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs);
db.exec('COMMIT');
db.close();
`;

/** Another connection to the file holds its write lock for `holdMs`; resolves once it is held. */
async function holdWriteLock(path: string, holdMs: number): Promise<{ released: Promise<void> }> {
  const worker = new Worker(HOLDER, { eval: true, workerData: { driver, path, holdMs } });
  const released = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { released };
}

describe('a write while another connection writes', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let holder: { released: Promise<void> } | undefined;
  beforeEach(() => {
    runtime = tempRuntime();
    importInto(runtime, idsaDataset());
  });
  afterEach(async () => {
    await holder?.released;
    holder = undefined;
    runtime.cleanup();
  });

  const setting = (key: string) => runtime.opened.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  const write = (key: string, options?: { limitMs: number }) =>
    withWriteRetry(runtime.opened.store, (tx) => tx.insert(t.settings).values({ key, value: 'written' }).run(), options);

  it('waits for a writer that finishes in 300 ms, then saves a plan of care', async () => {
    holder = await holdWriteLock(runtime.databasePath, 300);
    const started = performance.now();
    const saved = runtime.services.savePlanOfCare(
      planSaveInput.parse({
        patientId: 'p1',
        plan: { id: 'poc2', prescriber: 'dr-patel', from: '2026-12-01', to: '2026-12-31', diagnoses: ['A41.9'], orders: [] },
      }),
    );
    expect(saved).toEqual({ id: 'poc2' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(setting('holder')).toBe('x'); // the other writer's transaction committed first
  });

  it("retries when SQLite's own wait runs out before the other writer is done", async () => {
    runtime.opened.sqlite.pragma('busy_timeout = 20');
    holder = await holdWriteLock(runtime.databasePath, 300);
    const started = performance.now();
    write('mine');
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(setting('mine')).toBe('written');
    expect(runtime.opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(20); // the connection's own setting is back
  });

  it('gives up after the limit with a clear, refused message, and writes nothing', async () => {
    holder = await holdWriteLock(runtime.databasePath, 3000);
    const started = performance.now();
    let error: unknown;
    try {
      write('mine', { limitMs: 500 });
    } catch (e) {
      error = e;
    }
    const waited = performance.now() - started;
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(error).toBeInstanceOf(RefusedError);
    expect((error as Error).message).toBe(DATABASE_BUSY_MESSAGE);
    expect(DATABASE_BUSY_MESSAGE).toBe('Another Dripline window or command is writing to this database; try again in a moment.');
    expect(waited).toBeGreaterThanOrEqual(450);
    expect(waited).toBeLessThan(2000);
    expect(runtime.opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await holder.released;
    expect(setting('mine')).toBeUndefined();
    write('mine'); // once the other writer is done, the same write goes through
    expect(setting('mine')).toBe('written');
  });

  it('runs the body once and passes its own errors through unchanged', () => {
    let runs = 0;
    const failing = () =>
      withWriteRetry(runtime.opened.store, () => {
        runs++;
        throw new Error('not a lock problem');
      });
    expect(failing).toThrow('not a lock problem');
    expect(runs).toBe(1);
  });
});
