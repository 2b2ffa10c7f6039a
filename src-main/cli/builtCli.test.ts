import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliBuildConfig, CLI_SOURCES, type CliSources } from '../../cli.vite.config';
import { currentBuiltCli } from '../../bin/builtCli.mjs';
import { appRoot } from '../paths/appRoot';
import { tempFolder } from '../testing/tempDatabase';

// The command as `npm run build` writes it (out/main/cli.js), built here into a folder of its own under out/ so
// that it finds migrations/ and resources/ the way the real one does. Its start time is in `npm run bench`.
describe('the built dripline command', () => {
  let outDir: string;
  let work: { dir: string; cleanup: () => void };
  const run = (...argv: string[]) =>
    spawnSync(process.execPath, [join(outDir, 'cli.js'), ...argv], {
      cwd: work.dir,
      encoding: 'utf8',
      env: { ...process.env, DRIPLINE_DB: '' },
    });

  beforeAll(async () => {
    mkdirSync(join(appRoot(), 'out'), { recursive: true });
    outDir = mkdtempSync(join(appRoot(), 'out', '.cli-test-'));
    await build({ ...cliBuildConfig(outDir), logLevel: 'silent' });
    work = tempFolder();
  }, 120_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    work?.cleanup();
  });

  it('prints the usage for --help and exits 0', () => {
    const help = run('--help');
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage:\n {2}dripline import FILE --db DB/);
    expect(help.stdout).toContain('dripline claims --db DB --from DATE --to DATE --out FILE');
  });

  it('exits 2 with the usage on a usage error', () => {
    const usage = run('frobnicate', '--db', join(work.dir, 'x.db'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown verb "frobnicate"');
  });

  it('finds the migrations and the demo pharmacy from the built file', () => {
    const demo = run('demo', '--db', join(work.dir, 'demo.sqlite'));
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/demo pharmacy ready: \d+ patients/);
  });

  it('is one file that needs only better-sqlite3 from node_modules', () => {
    const code = readFileSync(join(outDir, 'cli.js'), 'utf8');
    const imported = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imported.filter((name) => !name!.startsWith('node:'))).toEqual(['better-sqlite3']);
  });

  it('names the sources and packages it was built from', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, CLI_SOURCES), 'utf8')) as CliSources;
    expect(manifest.entry).toBe('cli.js');
    for (const source of ['src-main/cli/main.ts', 'src-main/cli/dripline.ts', 'src-main/paths/appRoot.ts', 'electron.vite.config.ts']) {
      expect(manifest.sources[source]).toBe(statSync(join(appRoot(), source)).mtimeMs);
    }
    expect(Object.keys(manifest.packages)).toEqual(expect.arrayContaining(['node_modules/drizzle-orm', 'node_modules/zod']));
  });
});

// bin/dripline.mjs runs the built command only while it is current, otherwise the TypeScript sources.
describe('whether the built command is current', () => {
  let root: string;
  let cleanup: () => void;
  const source = () => join(root, 'src', 'a.ts');
  const pkg = () => join(root, 'node_modules', 'zod', 'package.json');
  const manifest = () => join(root, 'out', 'main', CLI_SOURCES);

  beforeEach(() => {
    ({ dir: root, cleanup } = tempFolder());
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'node_modules', 'zod'), { recursive: true });
    mkdirSync(join(root, 'out', 'main'), { recursive: true });
    writeFileSync(source(), 'export const a = 1;\n');
    utimesSync(source(), 1_700_000_000, 1_700_000_000);
    writeFileSync(pkg(), JSON.stringify({ name: 'zod', version: '4.1.0' }));
    writeFileSync(join(root, 'out', 'main', 'cli.js'), '');
    const sources: CliSources = {
      entry: 'cli.js',
      sources: { 'src/a.ts': statSync(source()).mtimeMs },
      packages: { 'node_modules/zod': '4.1.0' },
    };
    writeFileSync(manifest(), JSON.stringify(sources));
  });
  afterEach(() => cleanup());

  it('is current when every source and package is as built', () => {
    expect(currentBuiltCli(root)).toBe(join(root, 'out', 'main', 'cli.js'));
  });

  it('is stale once a source is edited, even to an older time, or deleted', () => {
    utimesSync(source(), 1_700_000_100, 1_700_000_100);
    expect(currentBuiltCli(root)).toBeUndefined();
    utimesSync(source(), 1_600_000_000, 1_600_000_000);
    expect(currentBuiltCli(root)).toBeUndefined();
    rmSync(source());
    expect(currentBuiltCli(root)).toBeUndefined();
  });

  it('is stale once a bundled package has another version', () => {
    writeFileSync(pkg(), JSON.stringify({ name: 'zod', version: '4.2.0' }));
    expect(currentBuiltCli(root)).toBeUndefined();
  });

  it('is missing without its manifest (a fresh clone, or a build under way) or its file', () => {
    rmSync(join(root, 'out', 'main', 'cli.js'));
    expect(currentBuiltCli(root)).toBeUndefined();
    writeFileSync(join(root, 'out', 'main', 'cli.js'), '');
    rmSync(manifest());
    expect(currentBuiltCli(root)).toBeUndefined();
  });
});
