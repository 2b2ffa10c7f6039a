import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './dripline';
import { tempFolder } from '../testing/tempDatabase';
import { IDSA_EXAMPLE_PATH, firstOrder, idsaDataset } from '../testing/datasetBuilders';
import { appRoot } from '../paths/appRoot';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('the dripline command', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('exits 2 with the usage on a usage error', () => {
    expect(run([]).code).toBe(2);
    const unknown = run(['frobnicate', '--db', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown verb "frobnicate"');
    expect(run(['import', IDSA_EXAMPLE_PATH]).stderr).toContain('--db is required');
    expect(run(['import', IDSA_EXAMPLE_PATH, '--db', join(dir, 'a.db'), '--colour']).code).toBe(2);
  });

  it('imports a valid file and exports it again', () => {
    const db = join(dir, 'a.db');
    const imported = run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('imported 1 patients, 1 plans of care, 2 orders');
    const exported = run(['export', '--db', db]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).patients[0].id).toBe('p1');
  });

  it('exits 1 with one line per problem, the JSON path first, and writes nothing', () => {
    const bad = idsaDataset();
    firstOrder(bad).schedule = 'q5h';
    firstOrder(bad).drug = 'nope';
    bad.prescribers[0]!.npi = '1234567890';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const db = join(dir, 'never.db');
    const result = run(['import', file, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'prescribers[0].npi: is not a valid NPI (10 digits with a correct check digit)',
      'patients[0].plansOfCare[0].orders[0].schedule: q5h: the hours must divide 24, or be 36, 48 or 72',
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('does not change an existing database when a later import is invalid', () => {
    const db = join(dir, 'a.db');
    run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    const before = run(['export', '--db', db]).stdout;
    const bad = idsaDataset();
    bad.patients[0]!.lastName = 'Changed';
    firstOrder(bad).drug = 'unknown-drug';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    expect(run(['import', file, '--db', db]).code).toBe(1);
    expect(run(['export', '--db', db]).stdout).toBe(before);
  });

  it('creates the demo pharmacy', () => {
    const db = join(dir, 'demo.db');
    const result = run(['demo', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/demo pharmacy ready: \d+ patients/);
  });

  it('runs as `npx dripline` on the project Node', () => {
    const db = join(dir, 'npx.db');
    const out = execFileSync('npx', ['dripline', 'demo', '--db', db], { cwd: appRoot(), encoding: 'utf8' });
    expect(out).toContain('demo pharmacy ready');
    const usage = spawnSync('npx', ['dripline', 'nope'], { cwd: appRoot(), encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
