import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDate';
import type { BillingLine } from './billingLine';
import type { BillingRecord, OrderRecord, PatientRecord, PayerRecord, Period } from './billingRecord';
import { generateLines } from './generateLines';
import { ALL_FIVE_DOCUMENTS, allDrugs, medicare, payer, THERAPY_SAMPLES } from './testing/recordBuilders';

// Properties of the engine over random records: 1-3 patients with 1-4 orders each, schedules from the
// dataset-v1 grammar, dates in 2026, random holds, nursing visits and pump events, random payer profiles.

const RUNS = 100;
const YEAR_START = '2026-01-01';

/** Dates near a record's anchor (itself in 2026), so orders, holds, visits and the period overlap often. */
const near = (anchor: string, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(anchor, n));

const scheduleArb = fc.oneof(
  fc.constantFrom('q1h', 'q2h', 'q3h', 'q4h', 'q6h', 'q8h', 'q12h', 'q24h', 'q36h', 'q48h', 'q72h', 'continuous', 'once', 'monthly'),
  fc.integer({ min: 1, max: 14 }).map((n) => `q${n}d`),
  fc.integer({ min: 1, max: 4 }).map((n) => `q${n}w`),
  fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 }).map((days) => `weekly:${days.join(',')}`),
);

/** Therapy with a drug (and dose) that suits it, so the random records look like a pharmacy's. */
const therapyArb = fc.constantFrom(
  THERAPY_SAMPLES.meropenem,
  THERAPY_SAMPLES.vancomycin,
  { therapy: 'anti-infective', drug: undefined, dose: undefined },
  { therapy: 'pain', drug: undefined, dose: undefined },
  { therapy: 'chemotherapy', drug: undefined, dose: undefined },
  THERAPY_SAMPLES.lipids,
  THERAPY_SAMPLES.aminoAcids,
  THERAPY_SAMPLES.saline,
  THERAPY_SAMPLES.enoxaparin,
  { therapy: 'injectable-noc', drug: 'ceftriaxone', dose: { amount: 1, unit: 'g' as const } },
  { therapy: 'supply', drug: 'heparinFlush', dose: { amount: 500, unit: 'units' as const } },
  { therapy: 'corticosteroid', drug: undefined, dose: undefined },
  { therapy: 'inotropic', drug: undefined, dose: undefined },
);

const orderArb = (anchor: string, id: string) =>
  fc
    .record({
      t: therapyArb,
      schedule: scheduleArb,
      start: near(anchor, 20),
      length: fc.integer({ min: 0, max: 45 }),
      open: fc.boolean(),
      route: fc.constantFrom('IV', 'IV', 'IV', 'SubQ', 'IM'),
      delivery: fc.constantFrom(undefined, 'intermittent', 'continuous', 'implanted-pump', 'cassette'),
      litersPerDay: fc.constantFrom(undefined, 0.5, 1.5, 2.5, 3.5),
      administeredBy: fc.constantFrom(undefined, 'caregiver', 'nurse'),
      documents: fc.boolean(),
    })
    .map((o): OrderRecord => ({
      id,
      therapy: o.t.therapy,
      drug: o.t.drug,
      dose: o.t.dose,
      schedule: o.schedule,
      start: o.start,
      stop: o.open ? undefined : addDays(o.start, o.length),
      route: o.route,
      delivery: o.delivery as OrderRecord['delivery'],
      litersPerDay: o.litersPerDay,
      administeredBy: o.administeredBy as OrderRecord['administeredBy'],
      documents: o.documents ? ALL_FIVE_DOCUMENTS.map((kind) => ({ kind, date: o.start, reference: kind })) : [],
    }));

const coverageSets = [
  [{ payer: 'bcbs', memberId: 'M', rank: 'primary' as const, from: YEAR_START }],
  [
    { payer: 'medicare', memberId: 'X', rank: 'primary' as const, from: YEAR_START },
    { payer: 'bcbs', memberId: 'M', rank: 'secondary' as const, from: YEAR_START },
  ],
  [{ payer: 'medicare', memberId: 'X', rank: 'primary' as const, from: YEAR_START }],
  [{ payer: 'bcbs', memberId: 'M', rank: 'primary' as const, from: '2026-03-01', to: '2026-09-30' }],
];

const patientArb = (anchor: string, id: string) =>
  fc
    .integer({ min: 1, max: 4 })
    .chain((n) =>
      fc.record({
        orders: fc.tuple(...Array.from({ length: n }, (_, i) => orderArb(anchor, `o${i + 1}`))),
        residence: fc.constantFrom('home', 'home', 'home', 'assisted-living', undefined, 'skilled-nursing-facility'),
        coverages: fc.constantFrom(coverageSets[0]!, coverageSets[0]!, coverageSets[0]!, ...coverageSets),
        holds: fc.array(
          fc.record({
            from: near(anchor, 40),
            length: fc.integer({ min: 0, max: 10 }),
            reason: fc.constantFrom('inpatient' as const, 'other' as const),
          }),
          { maxLength: 2 },
        ),
        visits: fc.array(
          fc.record({ date: near(anchor, 50), minutes: fc.integer({ min: 15, max: 400 }), order: fc.constantFrom(undefined, 'o1', 'o2') }),
          { maxLength: 6 },
        ),
        pumpEvents: fc.array(
          fc.record({
            order: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
            date: near(anchor, 50),
            kind: fc.constantFrom('refill' as const, 'reprogram' as const, 'repair' as const, 'cassette-change' as const),
          }),
          { maxLength: 4 },
        ),
      }),
    )
    .map((p): PatientRecord => ({
      id,
      residence: p.residence,
      coverages: p.coverages,
      orders: p.orders,
      holds: p.holds.map((h) => ({ from: h.from, to: addDays(h.from, h.length), reason: h.reason })),
      nursingVisits: p.visits,
      pumpEvents: p.pumpEvents,
    }));

const profileArb = fc.record({
  perDiemDays: fc.constantFrom(undefined, 'dose-days' as const, 'access-days' as const),
  secondTherapyPercent: fc.constantFrom(undefined, 50, 100 / 3),
  thirdTherapyPercent: fc.constantFrom(undefined, 25, 0),
  modifier59WithConcurrent: fc.constantFrom(undefined, true),
  nursingLimits: fc.constantFrom(undefined, true),
  requiresPriorAuth: fc.constantFrom(undefined, true),
});

/** A record and a billing period around the same anchor date in 2026 (January to September). */
const caseArb: fc.Arbitrary<{ rec: BillingRecord; period: Period }> = fc
  .record({
    anchor: fc.integer({ min: 0, max: 272 }).map((n) => addDays(YEAR_START, n)),
    count: fc.integer({ min: 1, max: 3 }),
    profile: profileArb,
    periodStart: fc.integer({ min: -10, max: 25 }),
    periodLength: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ anchor, count, profile, periodStart, periodLength }) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => patientArb(anchor, `pt${i + 1}`))).map((patients) => ({
      rec: {
        payers: [payer({ profile: Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) }), medicare()],
        drugs: allDrugs(),
        patients,
      },
      period: { from: addDays(anchor, periodStart), to: addDays(anchor, periodStart + periodLength) },
    })),
  );

const key = (...parts: (string | undefined)[]) => parts.map((p) => p ?? '').join('\u0000');

function orderOf(rec: BillingRecord, line: BillingLine): OrderRecord | undefined {
  return rec.patients.find((p) => p.id === line.patient)?.orders.find((o) => o.id === line.order);
}

/** Fisher-Yates driven by fast-check's own randomness so a failure shrinks and replays. */
function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(keys.length, 1)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('engine properties over random records', () => {
  it('never two per-diem lines for one order and day', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const seen = new Set<string>();
        for (const l of generateLines(rec, period).lines.filter((x) => x.kind === 'per-diem')) {
          const k = key(l.patient, l.order, l.date);
          expect(seen.has(k), `two per diems for ${k}`).toBe(false);
          seen.add(k);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('at most one per-diem line without a modifier per patient, payer and day; ranks 1..n with SH then SJ', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const groups = new Map<string, BillingLine[]>();
        for (const l of generateLines(rec, period).lines.filter((x) => x.kind === 'per-diem')) {
          const k = key(l.patient, l.payer, l.date);
          groups.set(k, [...(groups.get(k) ?? []), l]);
        }
        for (const group of groups.values()) {
          expect(group.filter((l) => l.modifiers.length === 0)).toHaveLength(1);
          expect(group.map((l) => l.concurrencyRank)).toEqual(group.map((_, i) => i + 1));
          expect(group.map((l) => l.modifiers[0] ?? '')).toEqual(group.map((_, i) => (i === 0 ? '' : i === 1 ? 'SH' : 'SJ')));
          // MT-1: the first per diem has the highest standard fee
          const fees = group.map((l) => l.feeCents ?? 0);
          expect(fees).toEqual([...fees].sort((a, b) => b - a));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every per-diem and drug line lies inside its order, the period, and outside holds; nothing for a SNF', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        for (const l of generateLines(rec, period).lines) {
          expect(l.date >= period.from && l.date <= period.to).toBe(true);
          const patient = rec.patients.find((p) => p.id === l.patient)!;
          expect(patient.residence).not.toBe('skilled-nursing-facility');
          if (l.kind === 'nursing') continue;
          const o = orderOf(rec, l);
          expect(o, `line for unknown order ${l.order}`).toBeDefined();
          expect(l.date >= o!.start).toBe(true);
          if (o!.stop !== undefined) expect(l.date <= o!.stop).toBe(true);
          expect(patient.holds.some((h) => h.from <= l.date && l.date <= h.to)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('charges: units x fee, SH/SJ per diems reduced per the profile, drug and nursing never reduced', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const profile = rec.payers[0]!.profile;
        for (const l of generateLines(rec, period).lines) {
          expect(Number.isInteger(l.chargeCents)).toBe(true);
          expect(l.units).toBeGreaterThan(0);
          const fee = l.feeCents ?? 0;
          if (l.kind !== 'per-diem' || (l.concurrencyRank ?? 1) === 1) expect(l.chargeCents).toBe(fee * l.units);
          else if (l.payer === 'bcbs') {
            const pct = l.concurrencyRank === 2 ? (profile.secondTherapyPercent ?? 50) : (profile.thirdTherapyPercent ?? 25);
            expect(l.chargeCents).toBe(Math.round((fee * pct) / 100));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no per diem ever goes to a payer that does not recognize S-codes (PY-1)', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        for (const l of generateLines(rec, period).lines) if (l.kind === 'per-diem') expect(l.payer).not.toBe('medicare');
      }),
      { numRuns: RUNS },
    );
  });

  it('a drug line carrying MT-3 has its per diem on the same day, order and payer (a PD-4a/OR-1 component: its base’s, same rank)', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const { lines } = generateLines(rec, period);
        const perDiemLines = lines.filter((l) => l.kind === 'per-diem');
        const perDiems = new Set(perDiemLines.map((l) => key(l.patient, l.order, l.date, l.payer)));
        const ranked = new Set(perDiemLines.map((l) => key(l.patient, l.date, l.payer, String(l.concurrencyRank))));
        for (const l of lines.filter((x) => x.kind === 'drug' && x.rules.includes('MT-3'))) {
          // PD-4a / OR-1 (rules added today): a component's drug travels with its base's per diem, not its own.
          if (l.rules.includes('PD-4a') || l.rules.includes('OR-1'))
            expect(ranked.has(key(l.patient, l.date, l.payer, String(l.concurrencyRank)))).toBe(true);
          else expect(perDiems.has(key(l.patient, l.order, l.date, l.payer))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('generating twice gives deep-equal results, and the input is not mutated', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const before = structuredClone(rec);
        const a = generateLines(rec, period);
        const b = generateLines(rec, period);
        expect(b).toEqual(a);
        expect(rec).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('shuffling patients, orders, payers and drugs does not change the output', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), ({ rec, period }, keys) => {
        const shuffled: BillingRecord = {
          payers: shuffle<PayerRecord>(rec.payers, keys),
          drugs: shuffle(rec.drugs, keys.slice(1)),
          patients: shuffle(rec.patients, keys.slice(2)).map((p, i) => ({ ...p, orders: shuffle(p.orders, keys.slice(3 + (i % 4))) })),
        };
        expect(generateLines(shuffled, period)).toEqual(generateLines(rec, period));
      }),
      { numRuns: RUNS },
    );
  });

  it('lines are sorted by patient then date', () => {
    fc.assert(
      fc.property(caseArb, ({ rec, period }) => {
        const lines = generateLines(rec, period).lines;
        const keys = lines.map((l) => key(l.patient, l.date));
        expect(keys).toEqual([...keys].sort());
      }),
      { numRuns: RUNS },
    );
  });
});
