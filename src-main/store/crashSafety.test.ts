import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPharmacy } from '../../bench/syntheticPharmacy';
import { entryHash } from '../app/auditLog';
import { answerClaim, payment } from '../remittance/testing/payerAnswers';
import { documented } from '../testing/datasetBuilders';
import { cliRun, killMoments, type CliRun, type KillMoment } from '../testing/killedProcess';
import { tempFolder } from '../testing/tempDatabase';
import type { LedgerClaim } from '../vocabulary';
import { remit835 } from '../x12/testing/remitFixtures';

// Crash safety (issue "Trust", item 5): the real command, killed with SIGKILL at moments spread over its run, leaves
// a database that passes integrity_check and holds either the state from before the command or exactly the state an
// uninterrupted run leaves, never a mix; the same command run again then ends where an uninterrupted run ends.

const TODAY = ['--today', '2026-12-02'];
const NOVEMBER = ['--from', '2026-11-01', '--to', '2026-11-30'];
const IMPORT_PATIENTS = 1000;
const BILLED_PATIENTS = 40;
/** Kill moments per operation, evenly spread over one uninterrupted run (the last at its end), after one at its start. */
const SPREAD = 8;
const TRACE = 'EFT-CRASH-0001';

type State = 'before' | 'after';

interface Inspection {
  integrity: string;
  foreignKeyProblems: number;
  /** The audit trail's hash chain still holds: a write and its audit entry committed together. */
  auditChained: boolean;
  /** Every table: its row count and a digest of its rows (instants and envelope times masked). */
  tables: Record<string, { rows: number; digest: string }>;
  facts: Record<string, unknown>;
  /** Bytes of the -wal file as the kill left it, before the inspection opened the database. */
  walBytes: number;
}

// Instants are the machine's clock (pinnedClock); so are ISA10, GS05 and BHT05, the HHMM after the envelope's date.
const INSTANT = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g;
const ENVELOPE_TIME = /(\*(?:\d{6}|\d{8})\*)\d{4}(?=\*)/g;

function comparable(value: unknown): unknown {
  const text = Buffer.isBuffer(value) ? value.toString('utf8') : value; // stored files are X12 text
  return typeof text === 'string' ? text.replace(INSTANT, '<instant>').replace(ENVELOPE_TIME, '$1<time>') : text;
}

type AuditRow = Parameters<typeof entryHash>[1] & { prevHash: string | null; hash: string | null };

/** Opens the database as the next command would (recovering the WAL the kill left) and reads it whole. */
function inspect(db: string, facts: Record<string, string> = {}): Inspection {
  const walBytes = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
  if (!existsSync(db)) return { integrity: 'ok', foreignKeyProblems: 0, auditChained: true, tables: {}, facts: {}, walBytes };
  const sqlite = new Database(db);
  try {
    const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const tables: Inspection['tables'] = {};
    for (const name of names) {
      // The chain's hashes cover each entry's instant: the chain is checked below instead.
      const columns = (sqlite.pragma(`table_info("${name}")`) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => name !== 'audit_log' || (c !== 'hash' && c !== 'prev_hash'));
      const rows = sqlite
        .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY rowid`)
        .raw()
        .all() as unknown[][];
      const hash = createHash('sha256');
      for (const row of rows) hash.update(JSON.stringify(row.map(comparable)));
      tables[name] = { rows: rows.length, digest: hash.digest('hex').slice(0, 16) };
    }
    let auditChained = true;
    if (names.includes('audit_log')) {
      let prev = '';
      for (const row of sqlite.prepare('SELECT *, prev_hash AS prevHash FROM audit_log ORDER BY key').all() as AuditRow[]) {
        if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) auditChained = false;
        prev = row.hash ?? '';
      }
    }
    return {
      integrity: sqlite.pragma('integrity_check', { simple: true }) as string,
      foreignKeyProblems: (sqlite.pragma('foreign_key_check') as unknown[]).length,
      auditChained,
      tables,
      facts: names.length === 0 ? {} : Object.fromEntries(Object.entries(facts).map(([k, sql]) => [k, sqlite.prepare(sql).pluck().get()])),
      walBytes,
    };
  } finally {
    sqlite.close();
  }
}

interface Round {
  folder: string;
  db: string;
  argv: string[];
}

interface Baseline {
  run: CliRun;
  after: Inspection;
  round: Round;
}

interface Operation {
  name: string;
  /** The database the command starts from, copied for each run; none: the command creates it. */
  source?: string;
  argv: (db: string, folder: string) => string[];
  facts?: Record<string, string>;
  /** The state before the command (anything else must be the uninterrupted run's state, exactly). */
  isBefore: (seen: Inspection) => boolean;
  /** The operation's own all-or-nothing rule on the state a kill left; returns what is worth reporting. */
  checkKilled: (state: State, seen: Inspection, round: Round, baseline: Baseline) => string | undefined;
  /** A file whose appearance is one more kill moment, besides the spread ones. */
  killWhenFileAppears?: (round: Round) => string;
  /** After a kill that left the state before: the run that finishes the work, when not simply the same command. */
  finishFromBefore?: (round: Round) => Promise<CliRun | undefined>;
}

let root: string;
let cleanup: () => void;

function place(op: Operation, label: string): Round {
  const folder = join(root, `${op.name}-${label}`);
  mkdirSync(folder);
  const db = join(folder, 'pharmacy.sqlite');
  if (op.source) copyFileSync(op.source, db);
  return { folder, db, argv: op.argv(db, folder) };
}

const output = (run: CliRun, round: Round) => run.stdout.replaceAll(round.folder, '<folder>');

/** One uninterrupted run, then a kill at each moment on a fresh copy, the check of what it left, and a re-run. */
async function crashRounds(op: Operation): Promise<string> {
  const first = place(op, 'uninterrupted');
  const run = await cliRun(first.argv);
  expect(run.code, run.stderr).toBe(0);
  const baseline: Baseline = { run, after: inspect(first.db, op.facts), round: first };
  // The same command again on the finished state: what a re-run after a kill that came too late must do.
  const again = await cliRun(first.argv);
  const afterAgain = inspect(first.db, op.facts);

  const seenStates: string[] = [];
  const moments: (number | 'file')[] = [...killMoments(run.ms, SPREAD), ...(op.killWhenFileAppears ? (['file'] as const) : [])];
  for (const [k, moment] of moments.entries()) {
    const round = place(op, String(k));
    const kill: KillMoment = moment === 'file' ? { whenFileAppears: op.killWhenFileAppears!(round) } : moment;
    const killed = await cliRun(round.argv, kill);
    const seen = inspect(round.db, op.facts);
    const when = typeof kill === 'number' ? `${kill}ms` : `${basename(kill.whenFileAppears)}-appeared`;
    const where = `${op.name} killed at ${when} (${killed.signal ?? `exit ${killed.code}`})`;
    expect(seen.integrity, where).toBe('ok');
    expect(seen.foreignKeyProblems, where).toBe(0);
    expect(seen.auditChained, where).toBe(true);
    const before = op.isBefore(seen);
    // Not the state before: then exactly the uninterrupted run's (a mix shows here as a table-by-table diff).
    if (!before) expect(seen.tables, where).toEqual(baseline.after.tables);
    const state: State = before ? 'before' : 'after';
    const note = op.checkKilled(state, seen, round, baseline);
    seenStates.push(`${when}:${state}${seen.walBytes > 0 ? '+wal' : ''}${killed.signal ? '' : '(ended)'}${note ? `(${note})` : ''}`);

    const finish = state === 'before' ? await op.finishFromBefore?.(round) : undefined;
    const rerun = finish ?? (await cliRun(round.argv));
    expect(rerun.code, `${where}, then run again: ${rerun.stderr}`).toBe(state === 'before' ? 0 : again.code);
    if (!finish) expect(output(rerun, round), where).toBe(output(state === 'before' ? run : again, first));
    expect(inspect(round.db, op.facts).tables, `${where}, then run again`).toEqual(
      state === 'before' ? baseline.after.tables : afterAgain.tables,
    );
  }
  return `${op.name} (uninterrupted ${Math.round(run.ms)} ms): ${seenStates.join(' ')}`;
}

const partialFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.partial')).length;

describe('a command killed at any moment leaves the database before or after it, never between', () => {
  let bigDataset: string;
  let billed: string;
  let exported: string;
  let era: string;
  let answered: number;

  beforeAll(async () => {
    ({ dir: root, cleanup } = tempFolder('dripline-crash-'));
    const november = { from: '2026-11-01', to: '2026-11-30' };
    bigDataset = join(root, 'big.json');
    writeFileSync(bigDataset, JSON.stringify(documented(syntheticPharmacy(IMPORT_PATIENTS, 11, november))));
    const small = join(root, 'billed.json');
    writeFileSync(small, JSON.stringify(documented(syntheticPharmacy(BILLED_PATIENTS, 12, november))));
    billed = join(root, 'billed.sqlite');
    expect((await cliRun(['import', small, '--db', billed, ...TODAY])).code).toBe(0);
    // The remittance answers every claim of one export, each paid in full, in one payment (one trace).
    exported = join(root, 'exported.sqlite');
    copyFileSync(billed, exported);
    expect((await cliRun(['claims', '--db', exported, ...NOVEMBER, ...TODAY, '--out', join(root, 'sent.x12')])).code).toBe(0);
    const ledger = await cliRun(['ledger', '--db', exported, '--json', ...TODAY]);
    const claims = (JSON.parse(ledger.stdout) as { claims: LedgerClaim[] }).claims.filter((c) => c.status === 'exported');
    answered = claims.length;
    era = join(root, 'payment.835');
    writeFileSync(
      era,
      remit835([
        payment(
          TRACE,
          claims.map((c) => answerClaim(c)),
        ),
      ]),
    );
  }, 60_000);
  afterAll(() => cleanup());

  it('imports a large dataset whole or not at all', async () => {
    const summary = await crashRounds({
      name: 'import',
      argv: (db) => ['import', bigDataset, '--db', db, ...TODAY],
      // No file yet, an empty one, or only the migrated schema: nothing of the dataset.
      isBefore: (seen) => Object.entries(seen.tables).every(([name, t]) => name === 'schema_migrations' || t.rows === 0),
      checkKilled(state, seen) {
        expect(seen.tables['patients']?.rows ?? 0).toBe(state === 'before' ? 0 : IMPORT_PATIENTS);
        return undefined;
      },
    });
    console.info(summary);
  }, 120_000);

  it('marks claims exported only together with their complete --out file', async () => {
    const source = inspect(billed);
    expect(source.tables['claims']?.rows).toBe(0);
    const out = (round: Round) => join(round.folder, 'claims.x12');
    const summary = await crashRounds({
      name: 'claims',
      source: billed,
      argv: (db, folder) => ['claims', '--db', db, ...NOVEMBER, ...TODAY, '--out', join(folder, 'claims.x12')],
      facts: {
        exported: "SELECT count(*) FROM claims WHERE status = 'exported'",
        files: 'SELECT count(*) FROM export_files',
        content: 'SELECT content FROM export_files ORDER BY key DESC LIMIT 1',
      },
      isBefore: (seen) => JSON.stringify(seen.tables) === JSON.stringify(source.tables),
      checkKilled(state, seen, round, baseline) {
        const partials = partialFiles(round.folder);
        const leftovers = partials > 0 ? `${partials} .partial left` : undefined;
        if (state === 'after') {
          // Every claim of the run is exported, and only with its file on disk, byte for byte the stored one.
          expect(seen.facts['exported']).toBe(answered);
          expect(existsSync(out(round))).toBe(true);
          expect(readFileSync(out(round)).equals(seen.facts['content'] as Buffer)).toBe(true);
          return leftovers;
        }
        expect(seen.facts).toMatchObject({ exported: 0, files: 0 });
        if (!existsSync(out(round))) return leftovers;
        // A file without exported claims (killed between its delivery and the commit): acceptable only complete.
        expect(comparable(readFileSync(out(round)))).toBe(comparable(readFileSync(out(baseline.round))));
        return ['file without claims', leftovers].filter(Boolean).join(', ');
      },
      // Between the file's delivery and the commit: the one moment a file can exist without its claims.
      killWhenFileAppears: out,
      async finishFromBefore(round) {
        if (!existsSync(out(round))) return undefined;
        // The same command refuses to overwrite the file it left (a claim file is never overwritten), says that
        // file holds claims never recorded as sent, and writes nothing.
        const same = await cliRun(round.argv);
        expect(same.code).toBe(1);
        expect(same.stderr).toContain(`${out(round)} exists and holds `);
        expect(same.stderr).toContain('Dripline has no record of sending');
        expect(inspect(round.db).tables).toEqual(source.tables);
        return cliRun(round.argv.map((a) => (a === out(round) ? join(round.folder, 'claims-again.x12') : a)));
      },
    });
    console.info(summary);
  }, 120_000);

  it('posts a remittance with all its claims’ ledger entries or not at all (RM-4 on the re-run)', async () => {
    const source = inspect(exported);
    expect(source.tables['remittances']?.rows).toBe(0);
    const summary = await crashRounds({
      name: 'remit',
      source: exported,
      argv: (db) => ['remit', era, '--db', db, ...TODAY],
      facts: {
        remittances: `SELECT count(*) FROM remittances WHERE trace_number = '${TRACE}'`,
        received: 'SELECT count(*) FROM received_files',
        entries: 'SELECT count(*) FROM ledger_entries',
        claimsWithEntries: 'SELECT count(DISTINCT claim_key) FROM ledger_entries',
      },
      isBefore: (seen) => JSON.stringify(seen.tables) === JSON.stringify(source.tables),
      checkKilled(state, seen, _round, baseline) {
        if (state === 'before') expect(seen.facts).toEqual({ remittances: 0, received: 0, entries: 0, claimsWithEntries: 0 });
        else
          expect(seen.facts).toEqual({
            remittances: 1,
            received: 1,
            entries: baseline.after.facts['entries'],
            claimsWithEntries: answered,
          });
        return undefined;
      },
    });
    console.info(summary);
  }, 120_000);
});
