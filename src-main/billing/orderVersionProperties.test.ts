import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendarDate';
import type { BillingRecord, OrderRecord, PatientRecord } from './billingRecord';
import { generateLines } from './generateLines';
import { allDrugs, medicare, order, payer, THERAPY_SAMPLES } from './testing/recordBuilders';

// Properties with OR-2 versions (one order id, several windows) and OR-1 components (partOf), over random records.

const PERIOD = { from: '2026-03-01', to: '2026-03-31' };
const day = (n: number) => addDays('2026-02-20', n);

const therapyArb = fc.constantFrom(
  THERAPY_SAMPLES.meropenem,
  THERAPY_SAMPLES.vancomycin,
  THERAPY_SAMPLES.aminoAcids,
  THERAPY_SAMPLES.lipids,
  THERAPY_SAMPLES.saline,
  THERAPY_SAMPLES.enoxaparin,
  { therapy: 'pain', drug: undefined, dose: undefined },
);

const baseOrderArb = (id: string) =>
  fc
    .record({
      t: therapyArb,
      schedule: fc.constantFrom('q8h', 'q12h', 'q24h', 'q1d', 'q2d', 'q48h', 'weekly:MO,WE,FR', 'continuous', 'once'),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 40 }),
      route: fc.constantFrom('IV', 'IV', 'SubQ'),
      liters: fc.constantFrom<number | undefined>(undefined, 0.5, 2.5),
      by: fc.constantFrom<OrderRecord['administeredBy']>('self', 'caregiver', 'nurse'),
      delivery: fc.constantFrom<OrderRecord['delivery']>('intermittent', 'continuous'),
    })
    .map((o) =>
      order({
        id,
        ...o.t,
        schedule: o.schedule,
        start: day(o.start),
        stop: day(o.start + o.length),
        route: o.route,
        litersPerDay: o.liters,
        administeredBy: o.by,
        delivery: o.delivery,
      }),
    );

/** One order cut into versions with the same content at the given cut days (each version starts on a cut). */
function split(o: OrderRecord, cuts: number[]): OrderRecord[] {
  const dates = [...new Set(cuts.map(day))].sort();
  return [undefined, ...dates].map((from, i) => {
    const next = dates[i];
    const to = next === undefined ? undefined : addDays(next, -1);
    return { ...o, effective: { ...(from ? { from } : {}), ...(to ? { to } : {}) } };
  });
}

const componentArb = (id: string) =>
  fc
    .record({
      partOf: fc.constantFrom('o1', 'o2', 'o3', 'nope', id, 'c1'),
      drug: fc.constantFrom(
        { drug: 'famotidine', dose: { amount: 20, unit: 'mg' as const } },
        { drug: 'kcl', dose: { amount: 20, unit: 'mEq' as const } },
        { drug: 'sterileWater', dose: { amount: 10, unit: 'mL' as const } },
        { drug: 'insulin', dose: { amount: 10, unit: 'units' as const } },
      ),
      start: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 40 }),
    })
    .map((c) => order({ id, ...c.drug, partOf: c.partOf, schedule: 'once', start: day(c.start), stop: day(c.start + c.length) }));

const caseArb = fc
  .record({
    orders: fc.array(fc.tuple(fc.nat(), fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 3 })), { minLength: 1, maxLength: 3 }),
    bases: fc.tuple(baseOrderArb('o1'), baseOrderArb('o2'), baseOrderArb('o3')),
    components: fc.tuple(componentArb('c1'), componentArb('c2')),
    componentCount: fc.integer({ min: 0, max: 2 }),
    hold: fc.option(fc.integer({ min: 0, max: 45 })),
    medicarePrimary: fc.boolean(),
    percents: fc.constantFrom({}, { thirdTherapyPercent: 0 }, { secondTherapyPercent: 0, thirdTherapyPercent: 0 }),
  })
  .map((c) => {
    const bases = c.orders.map((_, i) => c.bases[i]!);
    const patient = (orders: OrderRecord[]): PatientRecord => ({
      id: 'pt1',
      residence: 'home',
      coverages: c.medicarePrimary
        ? [
            { payer: 'medicare', memberId: 'X', rank: 'primary', from: '2026-01-01' },
            { payer: 'bcbs', memberId: 'M', rank: 'secondary', from: '2026-01-01' },
          ]
        : [{ payer: 'bcbs', memberId: 'M', rank: 'primary', from: '2026-01-01' }],
      orders: [...orders, ...c.components.slice(0, c.componentCount)],
      holds: c.hold === null ? [] : [{ from: day(c.hold), to: day(c.hold + 2), reason: 'inpatient' }],
      nursingVisits: [],
      pumpEvents: [],
    });
    const rec = (orders: OrderRecord[]): BillingRecord => ({
      payers: [payer({ profile: c.percents }), medicare()],
      drugs: allDrugs(),
      patients: [patient(orders)],
    });
    return { whole: rec(bases), versioned: rec(bases.flatMap((o, i) => split(o, c.orders[i]![1]))) };
  });

describe('OR-2 / OR-1 properties', () => {
  it('OR-2 cutting orders into versions with the same content changes no line and no finding', () => {
    fc.assert(
      fc.property(caseArb, ({ whole, versioned }) => {
        expect(generateLines(versioned, PERIOD)).toEqual(generateLines(whole, PERIOD));
      }),
      { numRuns: 150 },
    );
  });

  it('never two per diems for one order id and day, never a per diem for a component, at most one TPN per diem a day (PD-4a)', () => {
    fc.assert(
      fc.property(caseArb, ({ versioned }) => {
        const perDiems = generateLines(versioned, PERIOD).lines.filter((l) => l.kind === 'per-diem');
        const keys = perDiems.map((l) => `${l.order}|${l.date}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(perDiems.filter((l) => l.order!.startsWith('c'))).toEqual([]);
        const tpnDays = perDiems.filter((l) => l.rules.includes('PD-4')).map((l) => l.date);
        expect(new Set(tpnDays).size).toBe(tpnDays.length);
      }),
      { numRuns: 150 },
    );
  });

  it('OR-1 component lines: drug lines inside the component’s own dates, off holds, beside a per diem of the same payer and rank', () => {
    fc.assert(
      fc.property(caseArb, ({ versioned }) => {
        const p = versioned.patients[0]!;
        const { lines, findings } = generateLines(versioned, PERIOD);
        for (const l of lines.filter((x) => x.order?.startsWith('c'))) {
          const comp = p.orders.find((o) => o.id === l.order)!;
          expect(l.kind).toBe('drug');
          expect(l.rules).toContain('OR-1');
          expect(l.date >= comp.start && l.date <= comp.stop!).toBe(true);
          expect(p.holds.some((h) => h.from <= l.date && l.date <= h.to)).toBe(false);
          if (l.rules.includes('MT-3'))
            expect(
              lines.some(
                (x) => x.kind === 'per-diem' && x.date === l.date && x.payer === l.payer && x.concurrencyRank === l.concurrencyRank,
              ),
            ).toBe(true);
        }
        for (const comp of p.orders.filter((o) => o.partOf === 'nope' || o.partOf === o.id || (o.id === 'c2' && o.partOf === 'c1'))) {
          expect(lines.filter((l) => l.order === comp.id)).toEqual([]);
          expect(findings.some((f) => f.rule === 'OR-1' && f.order === comp.id && f.severity === 'error')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('MT-2 a zero-charge per diem never comes with an error finding for its order and day', () => {
    fc.assert(
      fc.property(caseArb, ({ versioned }) => {
        const { lines, findings } = generateLines(versioned, PERIOD);
        for (const l of lines.filter((x) => x.kind === 'per-diem' && x.chargeCents === 0 && (x.concurrencyRank ?? 1) > 1)) {
          const errs = findings.filter(
            (f) => f.severity === 'error' && f.order === l.order && f.date === l.date && ['FS-1', 'PF-6'].includes(f.rule),
          );
          expect(errs).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
