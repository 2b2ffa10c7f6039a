import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDate';
import { generateLines } from './generateLines';
import type { BillingRecord, OrderRecord, PatientRecord } from './billingRecord';
import { allDrugs, order, payer } from './testing/recordBuilders';

// Invariants of the engine over random records (fast-check): the shapes a pharmacy's month can take.

const PERIOD = { from: '2026-03-01', to: '2026-03-31' };
const SCHEDULES = [
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'q24h',
  'q48h',
  'q72h',
  'q2d',
  'q10d',
  'weekly:MO,WE,FR',
  'weekly:TU,TH',
  'q1w',
  'q2w',
  'monthly',
  'continuous',
  'once',
];
const THERAPIES = [
  'anti-infective',
  'corticosteroid',
  'immunotherapy',
  'anti-tnf',
  'pain',
  'tpn',
  'hydration',
  'anticoagulant-injection',
  'injectable-noc',
];
const dayIn = (offset: number) => addDays('2026-02-15', offset);

const orderArb = (id: string): fc.Arbitrary<OrderRecord> =>
  fc
    .record({
      therapy: fc.constantFrom(...THERAPIES),
      drug: fc.constantFrom<string | undefined>('meropenem', 'vancomycin', undefined),
      schedule: fc.constantFrom(...SCHEDULES),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 45 }),
      open: fc.boolean(),
      route: fc.constantFrom('IV', 'IV', 'IV', 'SubQ'),
      delivery: fc.constantFrom<OrderRecord['delivery']>('intermittent', 'continuous'),
      liters: fc.constantFrom<number | undefined>(undefined, 1, 2.5),
    })
    .map((o) =>
      order({
        id,
        therapy: o.therapy,
        drug: o.drug,
        dose: o.drug ? { amount: 1, unit: 'g' } : undefined,
        schedule: o.schedule,
        start: dayIn(o.start),
        stop: o.open ? undefined : dayIn(o.start + o.length),
        route: o.route,
        delivery: o.delivery,
        litersPerDay: o.liters,
      }),
    );

const patientArb = (id: string): fc.Arbitrary<PatientRecord> =>
  fc
    .record({
      orders: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => orderArb(`o${i}`)))),
      holds: fc.array(fc.record({ start: fc.integer({ min: 0, max: 50 }), length: fc.integer({ min: 0, max: 5 }) }), { maxLength: 2 }),
      visits: fc.array(fc.record({ day: fc.integer({ min: 0, max: 50 }), minutes: fc.integer({ min: 30, max: 300 }) }), { maxLength: 3 }),
    })
    .map((p) => ({
      id,
      residence: 'home',
      coverages: [{ payer: 'bcbs', memberId: 'M', rank: 'primary' as const, from: '2026-01-01' }],
      orders: p.orders,
      holds: p.holds.map((h) => ({ from: dayIn(h.start), to: dayIn(h.start + h.length), reason: 'inpatient' as const })),
      nursingVisits: p.visits.map((v) => ({ date: dayIn(v.day), minutes: v.minutes })),
      pumpEvents: [],
    }));

const recordArb: fc.Arbitrary<BillingRecord> = fc
  .tuple(patientArb('p1'), patientArb('p2'), fc.constantFrom<'dose-days' | 'access-days'>('dose-days', 'access-days'))
  .map(([a, b, perDiemDays]) => ({ payers: [payer({ profile: { perDiemDays } })], drugs: allDrugs(), patients: [a, b] }));

const shuffled = <T>(list: T[], seed: number) =>
  [...list]
    .map((x, i) => ({ x, k: (i * 7919 + seed) % 101 }))
    .sort((a, b) => a.k - b.k)
    .map((y) => y.x);

describe('engine invariants (fast-check)', () => {
  it('never two per-diem lines for one order and day', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const keys = generateLines(r, PERIOD)
          .lines.filter((l) => l.kind === 'per-diem')
          .map((l) => `${l.patient}|${l.order}|${l.date}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 150 },
    );
  });

  it('at most one per diem without a modifier per patient, payer and day', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const primary = generateLines(r, PERIOD)
          .lines.filter((l) => l.kind === 'per-diem' && l.modifiers.length === 0)
          .map((l) => `${l.patient}|${l.payer}|${l.date}`);
        expect(new Set(primary).size).toBe(primary.length);
      }),
      { numRuns: 150 },
    );
  });

  it('every line inside the period, its order’s dates, and outside holds', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        for (const line of generateLines(r, PERIOD).lines) {
          expect(line.date >= PERIOD.from && line.date <= PERIOD.to).toBe(true);
          const p = r.patients.find((x) => x.id === line.patient)!;
          if (line.kind !== 'nursing') {
            // PU-2: nothing but a recorded nursing visit falls on a hold day.
            expect(p.holds.some((h) => h.from <= line.date && line.date <= h.to)).toBe(false);
            const o = p.orders.find((x) => x.id === line.order)!;
            expect(line.date >= o.start && (o.stop === undefined || line.date <= o.stop)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('charges are whole cents and never negative; SH/SJ never exceed the fee', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        for (const line of generateLines(r, PERIOD).lines) {
          expect(Number.isInteger(line.chargeCents) && line.chargeCents >= 0).toBe(true);
          if (line.kind === 'per-diem') expect(line.chargeCents).toBeLessThanOrEqual(line.feeCents ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('generating twice gives the same result', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        expect(generateLines(r, PERIOD)).toEqual(generateLines(structuredClone(r), PERIOD));
      }),
      { numRuns: 100 },
    );
  });

  it('the order of the input does not change the output', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 1, max: 100 }), (r, seed) => {
        const reordered: BillingRecord = {
          payers: shuffled(r.payers, seed),
          drugs: shuffled(r.drugs, seed),
          patients: shuffled(r.patients, seed).map((p) => ({
            ...p,
            orders: shuffled(p.orders, seed + 1),
            nursingVisits: shuffled(p.nursingVisits, seed + 2),
            holds: shuffled(p.holds, seed + 3),
          })),
        };
        expect(generateLines(reordered, PERIOD)).toEqual(generateLines(r, PERIOD));
      }),
      { numRuns: 100 },
    );
  });
});
