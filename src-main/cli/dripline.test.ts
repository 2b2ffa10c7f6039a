import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempDatabase';
import { IDSA_EXAMPLE_PATH, firstOrder, idsaDataset } from '../testing/datasetBuilders';
import { appRoot } from '../paths/appRoot';
import { runInProcess } from '../testing/cliProcess';
import { drugLine, nursingLine, perDiemLine, secondDrugLine, secondPerDiemLine, type UnstoredLine } from '../testing/claimFixtures';

const run = (argv: string[]) => runInProcess(argv);

describe('the dripline command', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('exits 2 with the usage on a usage error', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['frobnicate', '--db', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown verb "frobnicate"');
    expect((await run(['import', IDSA_EXAMPLE_PATH])).stderr).toContain('--db is required');
    expect((await run(['import', IDSA_EXAMPLE_PATH, '--db', join(dir, 'a.db'), '--colour'])).code).toBe(2);
  });

  it('imports a valid file and exports it again', async () => {
    const db = join(dir, 'a.db');
    const imported = await run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('imported 1 patients, 1 plans of care, 2 orders');
    const exported = await run(['export', '--db', db]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).patients[0].id).toBe('p1');
  });

  it('exits 1 with one line per problem, the JSON path first, and writes nothing', async () => {
    const bad = idsaDataset();
    firstOrder(bad).schedule = 'q5h';
    firstOrder(bad).drug = 'nope';
    bad.prescribers[0]!.npi = '1234567890';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const db = join(dir, 'never.db');
    const result = await run(['import', file, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'prescribers[0].npi: is not a valid NPI (10 digits with a correct check digit)',
      'patients[0].plansOfCare[0].orders[0].schedule: q5h: the hours must divide 24, or be 36, 48 or 72',
      // Reference problems come in the same pass as the structural ones.
      'patients[0].plansOfCare[0].orders[0].drug: refers to unknown drug "nope"',
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('does not change an existing database when a later import is invalid', async () => {
    const db = join(dir, 'a.db');
    await run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    const before = (await run(['export', '--db', db])).stdout;
    const bad = idsaDataset();
    bad.patients[0]!.lastName = 'Changed';
    firstOrder(bad).drug = 'unknown-drug';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    expect((await run(['import', file, '--db', db])).code).toBe(1);
    expect((await run(['export', '--db', db])).stdout).toBe(before);
  });

  it('creates the demo pharmacy', async () => {
    const db = join(dir, 'demo.db');
    const result = await run(['demo', '--db', db]);
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

describe('dripline lines and explain (issue 4)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('prints the IDSA example exactly: per diem by rank, each followed by its drug, then nursing', async () => {
    const db = join(dir, 'x.db');
    expect((await run(['import', IDSA_EXAMPLE_PATH, '--db', db])).code).toBe(0);
    const result = await run(['lines', '--db', db, '--from', '2026-01-05', '--to', '2026-01-07', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { lines: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    // The IDSA example's meropenem (mero) and vancomycin (vanc) orders for p1, with the example's own NDCs.
    const mero = { patient: 'p1', order: 'mero' };
    const vanc = { patient: 'p1', order: 'vanc' };
    const drugRules: UnstoredLine['rules'] = ['DR-1', 'DR-1a', 'DR-2', 'DR-2a', 'MT-3'];
    const day = [
      perDiemLine('2026-01-05', { ...mero, rules: ['PD-1', 'PU-1', 'MT-1'] }),
      drugLine('2026-01-05', { ...mero, ndc: '99999018501', rules: drugRules }),
      secondPerDiemLine('2026-01-05', vanc),
      secondDrugLine('2026-01-05', { ...vanc, ndc: '99999033702', rules: drugRules }),
    ];
    const nursing = [
      nursingLine('2026-01-05', { patient: 'p1' }),
      nursingLine('2026-01-05', { patient: 'p1', code: '99602', units: 2, chargeCents: 15000 }),
    ];
    const on = (date: string) => day.map((l) => ({ ...l, date }));
    expect(out.lines).toEqual([...on('2026-01-05'), ...nursing, ...on('2026-01-06'), ...on('2026-01-07')]);
    // The example keeps no documentation: PY-3 says so for both orders.
    expect(out.findings.map((f) => [f['rule'], f['order']])).toEqual([
      ['PY-3', 'mero'],
      ['PY-3', 'vanc'],
    ]);
  });

  it('refuses a period that ends before it starts, naming the flag, and a missing --json', async () => {
    const db = join(dir, 'x.db');
    await run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    const backwards = await run(['lines', '--db', db, '--from', '2026-01-07', '--to', '2026-01-05', '--json']);
    expect(backwards).toMatchObject({ code: 1, stderr: '--to: is before --from\n' });
    expect((await run(['lines', '--db', db, '--from', '2026-01-05', '--to', '2026-01-07'])).code).toBe(2);
  });

  it('explains a line: the order, the dose day, the rules with their policy sections, the fee and the reduction', async () => {
    const db = join(dir, 'x.db');
    await run(['import', IDSA_EXAMPLE_PATH, '--db', db]);
    const result = await run(['explain', '--db', db, '--patient', 'p1', '--date', '2026-01-06', '--order', 'vanc', '--code', 'S9501']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2026-01-06 per-diem S9501-SH x1 for patient p1, order vanc');
    expect(result.stdout).toContain(
      'Order vanc: anti-infective, Vancomycin 1 g vial (J3370) 1 g, q12h IV intermittent, 2026-01-05 to 2026-01-07.',
    );
    expect(result.stdout).toContain('Therapy 2 of the day (SH): charged at 50 % of $120.00 = $60.00.');
    expect(result.stdout).toContain('MT-2 SH and SJ per diems at a reduced share of the standard charge (IDSA FAQ (1/2 and 1/4))');
  });
});
