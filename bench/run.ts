import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openRuntime } from '../src-main/app/runtime';
import { frozenClock } from '../src-main/calendar/clock';
import { validateDataset } from '../src-main/dataset/validateDataset';
import { lineKey } from '../src-main/lines/persistLines';
import { appRoot } from '../src-main/paths/appRoot';
import { currentBuiltCli } from '../bin/builtCli.mjs';
import { migrationsFolder, readMigrationsFor } from './benchSupport';
import { syntheticPharmacy } from './syntheticPharmacy';

// `npm run bench`: one month of lines for synthetic pharmacies, beside the raw better-sqlite3 insert floor.
const MONTH = { from: '2026-12-01', to: '2026-12-31' };
const SEED = 20261124;
const AFTER_MONTH = '2027-01-04';

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

function rawInsertFloor(dir: string, lines: ReturnType<ReturnType<typeof openRuntime>['services']['lines']>['lines']): number {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const m of readMigrationsFor(migrationsFolder)) for (const s of m.statements) db.exec(s);
  db.pragma('foreign_keys = OFF');
  const insert = db.prepare(
    `INSERT INTO billing_lines (line_key, patient_id, order_id, date, kind, code, modifiers, units, charge_cents, fee_cents,
       ndc, ndc_quantity, ndc_unit, payer_id, rules, concurrency_rank, status, generated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'current', ?)`,
  );
  const { ms } = time(() =>
    db.transaction(() => {
      for (const l of lines) {
        insert.run(
          lineKey(l),
          l.patient,
          l.order ?? null,
          l.date,
          l.kind,
          l.code,
          JSON.stringify(l.modifiers),
          l.units,
          l.chargeCents,
          l.feeCents ?? null,
          l.ndc ?? null,
          l.ndcQuantity ?? null,
          l.ndcUnit ?? null,
          l.payer,
          JSON.stringify(l.rules),
          l.concurrencyRank ?? null,
          'now',
        );
      }
    })(),
  );
  db.close();
  return ms;
}

/** Median wall time of `command args` (after two unmeasured runs), which must exit 0 and print the usage. */
function startTime(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: appRoot(), encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0 || !result.stdout.startsWith('usage:')) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
    if (i >= 2) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// The command's start first, right after `npm run bench` built it: bin/dripline.mjs runs out/main/cli.js while it is
// current, and the TypeScript sources (much slower) once a source changes, so say which one was measured.
const wasBuilt = currentBuiltCli(appRoot()) !== undefined;
const cliStart = startTime(process.execPath, [join(appRoot(), 'bin', 'dripline.mjs'), '--help'], 15);
const npxStart = startTime('npx', ['dripline', '--help'], 7);
const from = wasBuilt && currentBuiltCli(appRoot()) ? '' : ' (from the TypeScript sources: out/main/cli.js is missing or stale)';
const cliFigures = [`cli --help start: ${cliStart.toFixed(0)} ms${from}`, `npx dripline --help: ${npxStart.toFixed(0)} ms${from}`];

/**
 * Peak resident memory (MB) of `dripline import` of a synthetic pharmacy into a new database, in a child process
 * (the operating system's peak for the whole process: parse, validation, the one transaction, the audit row).
 */
function importPeakRss(patients: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'dripline-bench-import-'));
  try {
    const file = join(dir, 'dataset.json');
    const rssFile = join(dir, 'max-rss');
    writeFileSync(file, JSON.stringify(syntheticPharmacy(patients, SEED)));
    // process.resourceUsage().maxRSS (kB) written as the child exits, whichever way the command ends it.
    const probe = `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`;
    const args = ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, join(appRoot(), 'bin', 'dripline.mjs')];
    const command = [...args, 'import', file, '--db', join(dir, 'import.sqlite'), '--today', MONTH.to];
    const result = spawnSync(process.execPath, command, { cwd: appRoot(), encoding: 'utf8' });
    if (result.status !== 0 || !result.stdout.startsWith(`imported ${patients} patients`))
      throw new Error(`dripline import: ${result.stderr}`);
    return Number(readFileSync(rssFile, 'utf8')) / 1024;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const importPatients = 20_000;
const importRss = importPeakRss(importPatients);
cliFigures.push(`import ${importPatients.toLocaleString('en-US')} patients peak RSS: ${importRss.toFixed(0)} MB${from}`);

const figures: string[] = [];
const rows: string[][] = [];
for (const patients of [500, 5000]) {
  const dir = mkdtempSync(join(tmpdir(), 'dripline-bench-'));
  try {
    const dataset = validateDataset(syntheticPharmacy(patients, SEED));
    if (!dataset.ok) throw new Error(JSON.stringify(dataset.problems.slice(0, 3)));
    const databasePath = join(dir, 'bench.sqlite');
    const runtime = openRuntime({ databasePath, clock: frozenClock(MONTH.to) });
    const imported = time(() => runtime.services.importDataset(dataset.dataset));
    const month = time(() => runtime.services.generateAndStoreLines(MONTH));
    const lines = month.value.lines;
    const raw = rawInsertFloor(dir, lines);
    const again = time(() => runtime.services.generateAndStoreLines(MONTH));
    const sample = dataset.dataset.patients.slice(0, 50).map((p) => p.id);
    runtime.services.generateAndStoreLines(MONTH, sample[0]); // warm the statement cache before timing
    const onePatient = time(() => sample.forEach((id) => runtime.services.generateAndStoreLines(MONTH, id)));
    runtime.close();
    // The biller opens the month's claims to bill once it has ended (DS-2): drafts are computed, nothing is stored.
    const billing = openRuntime({ databasePath, clock: frozenClock(AFTER_MONTH) });
    const drafts = time(() => billing.services.claims.drafts(MONTH));
    billing.close();
    const size = `${patients.toLocaleString('en-US')} patients`;
    figures.push(
      `month generate+store vs raw insert (${size}): ${(month.ms / raw).toFixed(2)}x`,
      `one patient month (${size}): ${(onePatient.ms / sample.length).toFixed(2)} ms`,
      `claims to bill, open a month (${size}): ${drafts.ms.toFixed(0)} ms`,
    );
    rows.push([
      String(patients),
      String(lines.length),
      `${(imported.ms / 1000).toFixed(1)} s`,
      `${month.ms.toFixed(0)} ms`,
      `${Math.round(lines.length / (month.ms / 1000)).toLocaleString('en-US')}/s`,
      `${raw.toFixed(0)} ms`,
      `${(month.ms / raw).toFixed(2)}x`,
      `${again.ms.toFixed(0)} ms`,
      `${(onePatient.ms / sample.length).toFixed(2)} ms`,
      `${drafts.ms.toFixed(0)} ms (${drafts.value.drafts.length})`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = [
  'patients',
  'lines',
  'import',
  'month: generate+store',
  'lines/s',
  'raw insert floor',
  'ratio (target ≤ 3x)',
  'regenerate (no change)',
  'one patient month (target < 5 ms)',
  `claim drafts for the month (today ${AFTER_MONTH})`,
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(`Dripline benchmark: one month (${MONTH.from} to ${MONTH.to}), seed ${SEED}`);
console.log(fmt(header));
for (const r of rows) console.log(fmt(r));
console.log('');
for (const figure of [...figures, ...cliFigures]) console.log(figure);
