import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempDatabase';
import { idsaInNovember } from '../testing/datasetBuilders';
import { appRoot } from '../paths/appRoot';
import { auditedCalls, cliProcess as cli, novemberDatasetFile, runInProcess } from '../testing/cliProcess';

// `dripline claims` is all or nothing: a claim is marked exported only together with the file it went out in.

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runInProcess(argv, { DRIPLINE_TODAY: '2026-11-24', ...env });

const NOVEMBER = ['--from', '2026-11-01', '--to', '2026-11-30'];
const AFTER_NOVEMBER = ['--today', '2026-12-02'];

/** What an export changes: claims, their files and locked lines, the counters. */
function billingState(db: string) {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      claims: sqlite.prepare('SELECT key, control_number, export_file_key FROM claims ORDER BY key').all(),
      files: sqlite.prepare('SELECT key, file_name, content FROM export_files ORDER BY key').all() as {
        key: number;
        file_name: string;
        content: Buffer;
      }[],
      locked: sqlite.prepare('SELECT count(*) AS n FROM billing_lines WHERE claim_id IS NOT NULL').get(),
      counters: sqlite.prepare('SELECT name, value FROM counters ORDER BY name').all(),
    };
  } finally {
    sqlite.close();
  }
}

describe('dripline claims: all or nothing', () => {
  let dir: string;
  let cleanup: () => void;
  let db: string;
  beforeEach(async () => {
    ({ dir, cleanup } = tempFolder());
    db = join(dir, 'pharmacy.sqlite');
    expect((await run(['import', novemberDatasetFile(dir), '--db', db])).code).toBe(0);
  });
  afterEach(() => cleanup());

  it('bills nothing of a running month (DS-2) and says when the claim is ready', async () => {
    const result = await run(['claims', '--db', db, ...NOVEMBER, '--out', join(dir, 'early.x12'), '--today', '2026-11-20']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DS-2: The month is still running: this claim is ready on 2026-11-21');
    expect(existsSync(join(dir, 'early.x12'))).toBe(false);
    expect(billingState(db).claims).toEqual([]);
  });

  it('leaves every claim as it was when --out cannot be written, naming --out', async () => {
    const before = billingState(db);
    const result = await run(['claims', '--db', db, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', join(dir, 'no-such-folder', 'x.x12')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--out: ');
    expect(result.stderr).toContain('its folder does not exist');
    expect(billingState(db)).toEqual(before);
    // The same export then succeeds: nothing was half done.
    const ok = await run(['claims', '--db', db, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', join(dir, 'nov.x12')]);
    expect(ok.code).toBe(0);
    const after = billingState(db);
    expect(after.claims).toHaveLength(1);
    expect(readFileSync(join(dir, 'nov.x12'))).toEqual(after.files[0]!.content);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes an exported file out again exactly, from its key', async () => {
    expect((await run(['claims', '--db', db, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', join(dir, 'nov.x12')])).code).toBe(0);
    const listed = await run(['files', '--db', db, '--json']);
    const [file] = JSON.parse(listed.stdout) as { key: number; fileName: string; claims: number }[];
    expect(file).toMatchObject({ format: '837p', claims: 1 });
    const again = await run(['file', String(file!.key), '--db', db, '--out', join(dir, 'again.x12')]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, 'again.x12'))).toEqual(readFileSync(join(dir, 'nov.x12')));
    expect(await run(['file', '99', '--db', db, '--out', join(dir, 'x.x12')])).toMatchObject({
      code: 1,
      stderr: 'KEY: there is no exported file 99 (see dripline files)\n',
    });
  });

  it('never bills a line twice when two processes export at once', async () => {
    const outs = [join(dir, 'a.x12'), join(dir, 'b.x12')];
    const results = await Promise.all(outs.map((out) => cli(['claims', '--db', db, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', out])));
    expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
    const state = billingState(db);
    expect(state.claims).toHaveLength(1);
    expect(outs.filter((o) => existsSync(o))).toHaveLength(1);
    const sqlite = new Database(db, { readonly: true });
    const twice = sqlite.prepare('SELECT billing_line_id FROM claim_lines GROUP BY billing_line_id HAVING count(*) > 1').all();
    sqlite.close();
    expect(twice).toEqual([]);
  }, 60_000);

  it('marks nothing exported without its file when the process is killed while the file is being written', async () => {
    for (const moment of ['partial', 'final'] as const) {
      // Each moment on its own copy of the database, so one round's outcome cannot change the next's.
      const folder = join(dir, moment);
      mkdirSync(folder);
      const copy = join(folder, 'pharmacy.sqlite');
      copyFileSync(db, copy);
      const out = join(folder, 'nov.x12');
      const before = billingState(copy);
      const code = await cliKilledWhen(['claims', '--db', copy, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', out], folder, moment);
      // The kill lands before the commit (SIGKILL) or, a few milliseconds late, after a finished export (0).
      expect(['SIGKILL', 0]).toContain(code);
      const after = billingState(copy);
      // Nothing is marked exported without its complete file.
      if (after.claims.length === before.claims.length) expect(after).toEqual(before);
      else expect(readFileSync(out)).toEqual(after.files.at(-1)!.content);
      // Whatever happened, the export can be run to completion, and every claim then has its file.
      if (after.claims.length === 0) {
        const again = await cli(['claims', '--db', copy, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', join(folder, 'again.x12')]);
        expect(again.code).toBe(0);
        const done = billingState(copy);
        expect(done.claims).toHaveLength(1);
        expect(readFileSync(join(folder, 'again.x12'))).toEqual(done.files.at(-1)!.content);
      }
    }
  }, 90_000);
});

describe('dripline: today, the database and its errors', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('marks lines after --today as scheduled (DS-1) and refuses a --today that is not a date', async () => {
    const file = novemberDatasetFile(dir);
    const db = join(dir, 'x.sqlite');
    await run(['import', file, '--db', db]);
    const out = JSON.parse((await run(['lines', '--db', db, ...NOVEMBER, '--json', '--today', '2026-11-15'])).stdout) as {
      lines: { date: string; scheduled?: boolean }[];
    };
    expect(out.lines.filter((l) => l.date <= '2026-11-15').every((l) => l.scheduled === undefined)).toBe(true);
    expect(out.lines.filter((l) => l.date > '2026-11-15').every((l) => l.scheduled === true)).toBe(true);
    expect(out.lines.some((l) => l.scheduled)).toBe(true);
    const bad = await run(['lines', '--db', db, ...NOVEMBER, '--json', '--today', '2026-13-01']);
    expect(bad).toMatchObject({ code: 1, stderr: '--today: "2026-13-01" is not a calendar date (YYYY-MM-DD)\n' });
    expect((await run(['lines', '--db', db, ...NOVEMBER, '--json'], { DRIPLINE_TODAY: 'tomorrow' })).code).toBe(1);
  });

  it('reads DRIPLINE_DB when --db is not given, and names the path when it cannot be used', async () => {
    const db = join(dir, 'env.sqlite');
    expect((await run(['demo'], { DRIPLINE_DB: db })).code).toBe(0);
    expect(existsSync(db)).toBe(true);
    expect(JSON.parse((await run(['export'], { DRIPLINE_DB: db })).stdout).patients.length).toBeGreaterThan(0);
    expect((await run(['export'])).code).toBe(2);
    const folder = await run(['export', '--db', dir]);
    expect(folder).toMatchObject({ code: 1, stderr: `--db: ${dir} is a folder, not a database file\n` });
    expect((await run(['export', '--db', join(dir, 'missing.sqlite')])).stderr).toContain(join(dir, 'missing.sqlite'));
  });

  it('refuses to put the demo into a database that holds a pharmacy', async () => {
    const db = join(dir, 'ours.sqlite');
    const file = novemberDatasetFile(dir);
    await run(['import', file, '--db', db]);
    const before = (await run(['export', '--db', db])).stdout;
    const result = await run(['demo', '--db', db]);
    expect(result).toMatchObject({ code: 1, stderr: `--db: ${db} already holds a pharmacy: the demo needs a new database file\n` });
    expect((await run(['export', '--db', db])).stdout).toBe(before);
  });

  it('keeps the stored holds, visits and pump events of a patient whose file leaves those lists out', async () => {
    const db = join(dir, 'x.sqlite');
    const full = idsaInNovember();
    full.patients[0]!.holds = [{ from: '2026-11-11', to: '2026-11-11', reason: 'inpatient' }];
    const file = join(dir, 'full.json');
    writeFileSync(file, JSON.stringify(full));
    await run(['import', file, '--db', db]);
    const partial = idsaInNovember() as unknown as { patients: Record<string, unknown>[] };
    delete partial.patients[0]!['holds'];
    delete partial.patients[0]!['nursingVisits'];
    writeFileSync(file, JSON.stringify(partial));
    expect((await run(['import', file, '--db', db])).code).toBe(0);
    const patient = JSON.parse((await run(['export', '--db', db])).stdout).patients[0];
    expect(patient.holds).toEqual([{ from: '2026-11-11', to: '2026-11-11', reason: 'inpatient' }]);
    expect(patient.nursingVisits).toEqual([{ date: '2026-11-10', minutes: 220 }]);
  });

  it('exits 0 quietly when its reader closes the pipe early', async () => {
    const db = join(dir, 'demo.sqlite');
    await run(['demo', '--db', db]);
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/dripline.mjs lines --db "${db}" --from 2026-11-01 --to 2026-11-30 --json | head -c 10`],
      { cwd: appRoot(), encoding: 'utf8' },
    );
    expect(piped.stdout).toHaveLength(10);
    expect(piped.stderr).not.toContain('EPIPE');
  });

  it('goes through the same channel table: its writes are audited as the operating-system user', async () => {
    const db = join(dir, 'audited.sqlite');
    const file = novemberDatasetFile(dir);
    await run(['import', file, '--db', db]);
    await run(['claims', '--db', db, ...NOVEMBER, ...AFTER_NOVEMBER, '--out', join(dir, 'nov.x12')]);
    await run(['lines', '--db', db, ...NOVEMBER, '--json']);
    const rows = auditedCalls(db);
    expect(rows).toEqual([
      { channel: 'dataset.import', actor: userInfo().username, face: 'cli' },
      { channel: 'claims.export', actor: userInfo().username, face: 'cli' },
    ]);
  });

  it('exits 1 naming a patient that does not exist', async () => {
    const db = join(dir, 'demo.sqlite');
    await run(['demo', '--db', db]);
    const result = await run(['explain', '--db', db, '--patient', 'nobody', '--date', '2026-11-05']);
    expect(result).toMatchObject({ code: 1, stderr: '--patient: there is no patient "nobody"\n' });
    expect((await run(['explain', '--db', db, '--patient', 'lindqvist', '--date', '2026-11-05'])).code).toBe(0);
  });
});

/** Runs the command and SIGKILLs it the moment the temporary claim file (or the final one) appears in `folder`. */
function cliKilledWhen(argv: string[], folder: string, moment: 'partial' | 'final'): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(appRoot(), 'bin', 'dripline.mjs'), ...argv], { cwd: appRoot() });
    const watcher = watch(folder, (_event, name) => {
      if (name && (moment === 'partial' ? name.endsWith('.partial') : name === 'nov.x12')) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      watcher.close();
      resolve(signal ?? code);
    });
  });
}
