import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaInNovember, importInto } from '../testing/datasetBuilders';
import type { DatasetInput } from '../dataset/datasetSchema';
import { openRuntime } from '../app/runtime';
import { frozenClock } from '../calendar/clock';

// DS-1 (no date of service after today on a claim) and DS-2 (a claim waits for its month to end).
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

const runtimes: ReturnType<typeof tempRuntime>[] = [];
afterEach(() => runtimes.splice(0).forEach((r) => r.cleanup()));

function pharmacyOn(today: string, dataset: DatasetInput) {
  const runtime = tempRuntime(today);
  runtimes.push(runtime);
  importInto(runtime, dataset);
  return runtime;
}

/** The same database file opened on another day. */
function sameFileOn(runtime: ReturnType<typeof tempRuntime>, today: string) {
  const other = openRuntime({ databasePath: runtime.databasePath, clock: frozenClock(today) });
  runtimes.push({ ...other, dir: runtime.dir, databasePath: runtime.databasePath, cleanup: () => other.close() });
  return other;
}

describe('DS-1: a date of service after today is scheduled, never billed', () => {
  it('keeps every line dated after today off the claims, whatever the period asked for', () => {
    const runtime = pharmacyOn('2026-12-05', idsaInNovember(null));
    const { drafts } = runtime.services.claimDrafts({ from: '2026-11-01', to: '2026-12-31' });
    const dates = drafts.flatMap((d) => d.lines.map((l) => l.to));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d <= '2026-12-05')).toBe(true);
    // November is over: its claim is ready; December is still running: its claim waits (DS-2).
    const november = drafts.find((d) => d.from.startsWith('2026-11'))!;
    const december = drafts.find((d) => d.from.startsWith('2026-12'))!;
    expect(november.problems).toEqual([]);
    expect(december.to).toBe('2026-12-05');
    expect(december.readyOn).toBe('2027-01-01');
  });

  it('exports no line dated after today, and the lines it stored stop at today', () => {
    const runtime = pharmacyOn('2026-12-05', idsaInNovember(null));
    const { drafts } = runtime.services.claimDrafts({ from: '2026-11-01', to: '2026-12-31' });
    const ready = drafts.filter((d) => d.problems.length === 0).map((d) => d.draftId);
    const file = runtime.services.exportClaims837({ from: '2026-11-01', to: '2026-12-31' }, ready);
    const serviceDates = [...file.content.matchAll(/DTP\*472\*(?:D8|RD8)\*([\d-]+)~/g)].flatMap((m) => m[1]!.split('-'));
    expect(serviceDates.length).toBeGreaterThan(0);
    expect(serviceDates.every((d) => d <= '20261205')).toBe(true);
    const latest = runtime.opened.sqlite.prepare('SELECT max(date) AS d FROM billing_lines').get() as { d: string };
    expect(latest.d).toBe('2026-12-05');
  });
});

describe('DS-2: a claim covers a month and is ready once it has ended', () => {
  it('waits while the month runs and says the day it becomes ready', () => {
    const runtime = pharmacyOn('2026-11-25', idsaInNovember(null));
    // 16 days of two therapies run past 50 lines: two claims (parts), both waiting.
    const drafts = runtime.services.claimDrafts(NOVEMBER).drafts;
    expect(drafts.map((d) => [d.from, d.to, d.readyOn])).toEqual([
      ['2026-11-10', '2026-11-21', '2026-12-01'],
      ['2026-11-22', '2026-11-25', '2026-12-01'],
    ]);
    expect(drafts[0]!.problems[0]).toEqual({
      rule: 'DS-2',
      message: 'The month is still running: this claim is ready on 2026-12-01, the day after the month ends.',
    });
    expect(() => runtime.services.exportClaims837(NOVEMBER, [drafts[0]!.draftId])).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ message: expect.stringMatching(/is not ready: DS-2 The month/) })] }),
    );
  });

  it('is ready mid-month once every order on it has stopped and that day has passed', () => {
    const runtime = pharmacyOn('2026-11-21', idsaInNovember('2026-11-20'));
    const [draft] = runtime.services.claimDrafts(NOVEMBER).drafts;
    expect(draft!.problems).toEqual([]);
    expect([draft!.from, draft!.to]).toEqual(['2026-11-10', '2026-11-20']);
  });

  it('waits until the day after the last stop when the orders stop later this month', () => {
    const runtime = pharmacyOn('2026-11-20', idsaInNovember('2026-11-20'));
    const [draft] = runtime.services.claimDrafts(NOVEMBER).drafts;
    expect(draft!.readyOn).toBe('2026-11-21');
    expect(draft!.problems[0]!.message).toBe(
      'The month is still running: this claim is ready on 2026-11-21, the day after its orders stop (2026-11-20).',
    );
  });

  it('bills a payer that takes interim claims through yesterday', () => {
    const dataset = idsaInNovember(null);
    dataset.payers[0]!.profile = { ...dataset.payers[0]!.profile, interimBilling: true } as never;
    const runtime = pharmacyOn('2026-11-25', dataset);
    // 15 days of two therapies run past 50 lines: two claims (parts), both ready through yesterday.
    const drafts = runtime.services.claimDrafts(NOVEMBER).drafts;
    expect(drafts.map((d) => [d.from, d.to, d.problems])).toEqual([
      ['2026-11-10', '2026-11-21', []],
      ['2026-11-22', '2026-11-24', []],
    ]);
    runtime.services.exportClaims837(
      NOVEMBER,
      drafts.map((d) => d.draftId),
    );
    // After the month the rest follows on a claim of its own; nothing is billed twice.
    const later = sameFileOn(runtime, '2026-12-02');
    expect(later.services.claimDrafts(NOVEMBER).drafts.map((d) => [d.from, d.to, d.problems])).toEqual([['2026-11-25', '2026-11-30', []]]);
  });
});

describe('reading claims writes nothing', () => {
  it('leaves the database file byte for byte as it was after drafts, CSV and revenue', () => {
    const runtime = pharmacyOn('2026-12-05', idsaInNovember());
    runtime.opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = join(runtime.dir, 'before.sqlite');
    copyFileSync(runtime.databasePath, before);
    const changes = runtime.opened.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
    runtime.services.claims.drafts(NOVEMBER);
    runtime.services.claims.csv(NOVEMBER);
    runtime.services.claims.revenue('2026-11', '2026-12');
    runtime.services.lines(NOVEMBER);
    expect(runtime.opened.sqlite.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
    expect((runtime.opened.sqlite.prepare('SELECT count(*) AS n FROM billing_lines').get() as { n: number }).n).toBe(0);
  });

  it('shows the same drafts before and after the lines are stored by an export', () => {
    const runtime = pharmacyOn('2026-12-05', idsaInNovember());
    const preview = runtime.services.claimDrafts(NOVEMBER).drafts;
    runtime.services.generateAndStoreLines(NOVEMBER);
    const stored = runtime.services.claimDrafts(NOVEMBER).drafts;
    const shape = (d: typeof preview) => d.map((x) => ({ ...x, lines: x.lines.map((l) => ({ ...l, billingLineIds: [] })) }));
    expect(shape(stored)).toEqual(shape(preview));
  });
});

describe("the day of an export is the pharmacy's calendar day, not the UTC instant", () => {
  it('accepts a payment dated the export day after 20:00 in New York (already tomorrow in UTC)', () => {
    const dataset = idsaInNovember();
    const setup = pharmacyOn('2026-12-01', dataset);
    setup.close();
    // 21:30 in New York on 2026-12-01 is 02:30 UTC on 2026-12-02.
    const evening = openRuntime({ databasePath: setup.databasePath, clock: frozenClock('2026-12-01', '2026-12-02T02:30:00.000Z') });
    runtimes.push({ ...evening, dir: setup.dir, databasePath: setup.databasePath, cleanup: () => evening.close() });
    const [draft] = evening.services.claimDrafts(NOVEMBER).drafts;
    const file = evening.services.exportClaims837(NOVEMBER, [draft!.draftId]);
    const answered = evening.services.claims.adjudicate({ claim: file.claims[0]!.key, status: 'paid', adjudicatedOn: '2026-12-01' });
    expect(answered.status).toBe('paid');
    expect(() => evening.services.claims.adjudicate({ claim: file.claims[0]!.key, status: 'paid', adjudicatedOn: '2026-11-30' })).toThrow(
      expect.objectContaining({ fields: [{ path: 'adjudicatedOn', message: 'On or after 2026-12-01' }] }),
    );
  });
});
