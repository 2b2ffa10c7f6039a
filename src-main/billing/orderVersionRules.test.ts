import { describe, expect, it } from 'vitest';
import type { OrderRecord } from './billingRecord';
import { explainLine } from './explain';
import { drugLines, findingsFor, order, patient, payer, perDiemLines, record, run, runOrders } from './testing/recordBuilders';

// OR-2 (new today): a change to an order takes effect from a date. The engine receives several records with one
// order id, each with its `effective` window; the schedule still counts dose days from `start`.

const before = (o: Partial<OrderRecord>, to: string): Partial<OrderRecord> => ({ ...o, effective: { to } });
const after = (o: Partial<OrderRecord>, from: string): Partial<OrderRecord> => ({ ...o, effective: { from } });
const docs = (...kinds: string[]) => kinds.map((kind) => ({ kind, date: '2026-01-04', reference: kind }));

describe('OR-2 versions of one order', () => {
  it('OR-2 q8h until 2026-01-06, q12h from 01-07: S9502 + J2185 x30, then S9501 + J2185 x20', () => {
    const r = runOrders([before({ schedule: 'q8h' }, '2026-01-06'), after({ schedule: 'q12h' }, '2026-01-07')]);
    expect(r.lines.map((l) => [l.date, l.order, l.code, l.units, l.chargeCents])).toEqual([
      ['2026-01-05', 'o1', 'S9502', 1, 15000],
      ['2026-01-05', 'o1', 'J2185', 30, 4500],
      ['2026-01-06', 'o1', 'S9502', 1, 15000],
      ['2026-01-06', 'o1', 'J2185', 30, 4500],
      ...['07', '08', '09'].flatMap((d) => [
        [`2026-01-${d}`, 'o1', 'S9501', 1, 12000],
        [`2026-01-${d}`, 'o1', 'J2185', 20, 3000],
      ]),
    ]);
    expect(r.findings).toEqual([]);
  });

  it('OR-2 the schedule counts from start: a q2d dose change on 01-08 keeps the rhythm (5, 7 | 9, 11), not 8', () => {
    const q2d = { schedule: 'q2d', start: '2026-01-05', stop: '2026-01-12' };
    const r = runOrders([before(q2d, '2026-01-07'), after({ ...q2d, dose: { amount: 2, unit: 'g' } }, '2026-01-08')]);
    expect(drugLines(r.lines).map((l) => [l.date, l.units])).toEqual([
      ['2026-01-05', 10],
      ['2026-01-07', 10],
      ['2026-01-09', 20],
      ['2026-01-11', 20],
    ]);
    expect(perDiemLines(r.lines).map((l) => l.code)).toEqual(['S9494', 'S9494', 'S9494', 'S9494']);
  });

  it('OR-2 / PY-3 one finding per order id, over the documents of all its versions', () => {
    const r = runOrders([
      before({ documents: docs('medication-order', 'plan-of-care') }, '2026-01-06'),
      after({ schedule: 'q12h', documents: docs('preparation-notes') }, '2026-01-07'),
    ]);
    expect(findingsFor(r, 'PY-3')).toEqual([
      {
        patient: 'pt1',
        order: 'o1',
        rule: 'PY-3',
        severity: 'warning',
        message: 'Documentation missing: administration-record, delivery-record.',
      },
    ]);
    const none = runOrders([before({ documents: [] }, '2026-01-06'), after({ documents: [] }, '2026-01-07')]);
    expect(findingsFor(none, 'PY-3')).toHaveLength(1);
  });

  it('OR-2 the same problem in two versions is one finding: an unknown drug gives one DR-1 error', () => {
    const r = runOrders([before({ drug: 'nope' }, '2026-01-06'), after({ drug: 'nope', schedule: 'q12h' }, '2026-01-07')]);
    expect(r.lines).toEqual([]);
    expect(findingsFor(r, 'DR-1').map((f) => [f.order, f.severity])).toEqual([['o1', 'error']]);
  });

  it('OR-2 overlapping windows: the newer version applies from its date, with a warning; one per diem a day', () => {
    const r = runOrders([before({ schedule: 'q8h' }, '2026-01-08'), after({ schedule: 'q12h' }, '2026-01-07')]);
    expect(perDiemLines(r.lines).map((l) => [l.date, l.code])).toEqual([
      ['2026-01-05', 'S9502'],
      ['2026-01-06', 'S9502'],
      ['2026-01-07', 'S9501'],
      ['2026-01-08', 'S9501'],
      ['2026-01-09', 'S9501'],
    ]);
    expect(findingsFor(r, 'OR-2').map((f) => [f.order, f.severity])).toEqual([['o1', 'warning']]);
  });

  it('OR-2 / OR-1 a component follows each version of its parent: 3 doses a day, then 2', () => {
    const r = runOrders([
      before({ schedule: 'q8h' }, '2026-01-06'),
      after({ schedule: 'q12h' }, '2026-01-07'),
      { id: 'premed', drug: 'famotidine', dose: { amount: 20, unit: 'mg' }, schedule: 'once', partOf: 'o1' },
    ]);
    expect(r.lines.filter((l) => l.order === 'premed').map((l) => [l.date, l.units, l.chargeCents])).toEqual([
      ['2026-01-05', 3, 900],
      ['2026-01-06', 3, 900],
      ['2026-01-07', 2, 600],
      ['2026-01-08', 2, 600],
      ['2026-01-09', 2, 600],
    ]);
  });

  it('OR-2 / PF-6 prior authorization is read from the version in force on the line’s date', () => {
    const auth = { number: 'PA-1', from: '2026-01-07', to: '2026-01-31' };
    const r = runOrders(
      [before({}, '2026-01-06'), after({ schedule: 'q12h', priorAuth: auth }, '2026-01-07')],
      {},
      {
        payers: [payer({ profile: { requiresPriorAuth: true } })],
      },
    );
    const pf6 = findingsFor(r, 'PF-6');
    expect(pf6.map((f) => [f.date, f.severity])).toEqual([['2026-01-05', 'error']]);
    expect(pf6[0]!.message).toMatch(/has none\. \(2 days from 2026-01-05\)$/);
  });

  it('OR-2 explain describes the version in force on the line’s date', () => {
    const rec = record(
      patient({ orders: [order({ effective: { to: '2026-01-06' } }), order({ schedule: 'q12h', effective: { from: '2026-01-07' } })] }),
    );
    const line = run(rec).lines.find((l) => l.date === '2026-01-08' && l.kind === 'per-diem')!;
    expect(explainLine(rec, line).facts[0]).toContain('q12h IV');
  });

  it('OR-2 the order of the version records does not change the output', () => {
    const versions = [before({ schedule: 'q8h' }, '2026-01-06'), after({ schedule: 'q12h' }, '2026-01-07')];
    expect(runOrders([...versions].reverse())).toEqual(runOrders(versions));
  });
});
