import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, tempRuntime } from '../testing/tempDatabase';
import { idsaInNovember } from '../testing/datasetBuilders';
import { cliProcess as cli } from '../testing/cliProcess';
import { claimControlNumber, envelopeControlNumbers, nextCounter } from './claimCounters';
import * as t from '../store/schema';

// Control numbers are drawn in one statement each, so no two writers (windows, the web host, CLI commands)
// ever share one, and a counter never goes back.

describe('claim counters', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => (runtime = tempRuntime()));
  afterEach(() => runtime.cleanup());

  it('starts each counter at 1 and adds 1 per draw, each counter on its own', () => {
    const { store } = runtime.opened;
    expect([nextCounter(store, 'claim'), nextCounter(store, 'claim'), nextCounter(store, 'isa')]).toEqual([1, 2, 1]);
    expect(envelopeControlNumbers(store)).toEqual({ interchange: 2, group: 1 });
    expect(claimControlNumber(store)).toBe('DL00000003');
    expect(store.select().from(t.counters).orderBy(t.counters.name).all()).toEqual([
      { name: 'claim', value: 3 },
      { name: 'gs', value: 1 },
      { name: 'isa', value: 2 },
    ]);
  });

  it('goes on from a stored value, and a rolled-back draw is drawn again by the next writer', () => {
    const { store } = runtime.opened;
    store.insert(t.counters).values({ name: 'claim', value: 41 }).run();
    expect(() =>
      store.transaction((tx) => {
        expect(claimControlNumber(tx)).toBe('DL00000042');
        throw new Error('export failed');
      }),
    ).toThrow('export failed');
    expect(claimControlNumber(store)).toBe('DL00000042');
  });
});

describe('two processes exporting claims at once', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempFolder()));
  afterEach(() => cleanup());

  it('never share an ISA13, GS06 or CLM01, and the counters end at the largest number used', async () => {
    const db = join(dir, 'pharmacy.sqlite');
    const file = join(dir, 'open-orders.json');
    // Open orders from 11-10: November and December each bill on their own claim, so both exports succeed.
    writeFileSync(file, JSON.stringify(idsaInNovember(null)));
    expect(await cli(['import', file, '--db', db])).toMatchObject({ code: 0 });
    const today = ['--today', '2027-01-05'];
    const runs = [
      ['--from', '2026-11-01', '--to', '2026-11-30', '--out', join(dir, 'november.x12')],
      ['--from', '2026-12-01', '--to', '2026-12-31', '--out', join(dir, 'december.x12')],
    ];
    const results = await Promise.all(runs.map((args) => cli(['claims', '--db', db, ...args, ...today])));
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);

    const { files, claims, counters } = exportState(db);
    expect(files).toHaveLength(2);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    const envelopes = files.map((f) => envelope(f.content.toString('utf8')));
    const isa = envelopes.map((e) => e.isa13);
    const gs = envelopes.map((e) => e.gs06);
    const clm = envelopes.flatMap((e) => e.clm01);
    // What went out is what was stored: file by file, and claim by claim.
    expect(isa).toEqual(files.map((f) => f.interchange_control_number));
    expect([...clm].sort()).toEqual(claims.map((c) => c.control_number).sort());
    for (const numbers of [isa, gs, clm] as unknown[][]) expect(new Set(numbers).size).toBe(numbers.length);
    expect(counters).toEqual({
      claim: Math.max(...clm.map((c) => Number(c.slice(2)))),
      gs: Math.max(...gs),
      isa: Math.max(...isa),
    });
    for (const args of runs) expect(files.filter((f) => f.content.equals(readFileSync(args.at(-1)!)))).toHaveLength(1);
  }, 60_000);
});

/** ISA13, GS06 and every CLM01 of an 837P file (separators * and ~, as Dripline writes them). */
function envelope(content: string): { isa13: number; gs06: number; clm01: string[] } {
  const segments = content.split('~').map((s) => s.trim().split('*'));
  const first = (id: string) => segments.find((s) => s[0] === id)!;
  return {
    isa13: Number(first('ISA')[13]),
    gs06: Number(first('GS')[6]),
    clm01: segments.filter((s) => s[0] === 'CLM').map((s) => s[1]!),
  };
}

function exportState(db: string) {
  const sqlite = new Database(db, { readonly: true });
  try {
    return {
      files: sqlite.prepare('SELECT key, interchange_control_number, content FROM export_files ORDER BY key').all() as {
        key: number;
        interchange_control_number: number;
        content: Buffer;
      }[],
      claims: sqlite.prepare('SELECT control_number FROM claims ORDER BY key').all() as { control_number: string }[],
      counters: Object.fromEntries(
        (sqlite.prepare('SELECT name, value FROM counters ORDER BY name').all() as { name: string; value: number }[]).map((c) => [
          c.name,
          c.value,
        ]),
      ),
    };
  } finally {
    sqlite.close();
  }
}
