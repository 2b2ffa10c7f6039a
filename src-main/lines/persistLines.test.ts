import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, firstOrder, importInto } from '../testing/datasetBuilders';

const PERIOD = { from: '2026-01-01', to: '2026-01-31' };

describe('persisted lines (issue 4 item 5)', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const rows = (where = "status = 'current'") =>
    runtime.opened.sqlite
      .prepare(`SELECT line_key, code, modifiers, units, charge_cents, status FROM billing_lines WHERE ${where} ORDER BY id`)
      .all();

  beforeEach(() => {
    runtime = tempRuntime();
    importInto(runtime, idsaDataset());
  });
  afterEach(() => runtime.cleanup());

  it('stores a period once: regenerating gives the same rows, never duplicates', () => {
    const first = runtime.services.generateAndStoreLines(PERIOD);
    expect(first.stored).toMatchObject({ inserted: 14, unchanged: 0, superseded: 0, voided: 0, corrections: [] });
    const before = rows('1 = 1');
    const again = runtime.services.generateAndStoreLines(PERIOD);
    expect(again.stored).toMatchObject({ inserted: 0, unchanged: 14, superseded: 0, voided: 0 });
    expect(rows('1 = 1')).toEqual(before);
  });

  it('supersedes a changed line and voids one no longer generated, keeping the old rows', () => {
    runtime.services.generateAndStoreLines(PERIOD);
    const changed = idsaDataset();
    firstOrder(changed).stop = '2026-01-06'; // meropenem ends a day early
    changed.patients[0]!.plansOfCare[0]!.orders[1]!.dose = { amount: 1.5, unit: 'g' }; // vancomycin 1.5 g: J3370 x6
    importInto(runtime, changed);
    const result = runtime.services.generateAndStoreLines(PERIOD);
    // 01-07: S9502 and J2185 voided; S9501 loses its SH (now the only per diem), J3370 6 units on 3 days.
    expect(result.stored).toMatchObject({ voided: 2, superseded: 4, corrections: [] });
    const voided = rows("status = 'voided'") as { line_key: string }[];
    expect(voided.map((r) => r.line_key)).toEqual(['p1|mero|2026-01-07|per-diem|S9502|bcbs', 'p1|mero|2026-01-07|drug|J2185|bcbs']);
    expect(rows("status = 'superseded'")).toHaveLength(4);
    const now = rows("status = 'current' AND date = '2026-01-07'") as {
      code: string;
      modifiers: string;
      units: number;
      charge_cents: number;
    }[];
    expect(now.map((r) => [r.code, JSON.parse(r.modifiers), r.units, r.charge_cents])).toEqual([
      ['S9501', [], 1, 12000],
      ['J3370', [], 6, 3750],
    ]);
  });

  it('never changes a line on an exported claim and reports the difference as a correction', () => {
    runtime.services.generateAndStoreLines(PERIOD);
    runtime.opened.sqlite.prepare("UPDATE billing_lines SET claim_id = 7 WHERE date = '2026-01-07'").run();
    const exported = rows('claim_id = 7');
    const changed = idsaDataset();
    firstOrder(changed).stop = '2026-01-06';
    importInto(runtime, changed);
    const result = runtime.services.generateAndStoreLines(PERIOD);
    expect(rows('claim_id = 7')).toEqual(exported);
    expect(result.stored.corrections.map((c) => [c.lineKey, c.change])).toEqual([
      ['p1|vanc|2026-01-07|per-diem|S9501|bcbs', 'changed'],
      ['p1|mero|2026-01-07|per-diem|S9502|bcbs', 'no-longer-billable'],
      ['p1|mero|2026-01-07|drug|J2185|bcbs', 'no-longer-billable'],
    ]);
    // Regenerating again reports the same corrections and writes nothing new.
    const count = runtime.opened.sqlite.prepare('SELECT count(*) FROM billing_lines').pluck().get();
    expect(runtime.services.generateAndStoreLines(PERIOD).stored.corrections).toHaveLength(3);
    expect(runtime.opened.sqlite.prepare('SELECT count(*) FROM billing_lines').pluck().get()).toBe(count);
  });
});
