import type { DrugRecord, Quantity, QuantityUnit } from './billingRecord';

// DR-1/DR-1a/DR-2a: drug billing units and NDC quantities from the prescribed dose.

const DIMENSION: Record<QuantityUnit, { dimension: string; factor: number }> = {
  mcg: { dimension: 'mass', factor: 1 },
  mg: { dimension: 'mass', factor: 1_000 },
  g: { dimension: 'mass', factor: 1_000_000 },
  mL: { dimension: 'volume', factor: 1 },
  L: { dimension: 'volume', factor: 1_000 },
  units: { dimension: 'units', factor: 1 },
  mEq: { dimension: 'mEq', factor: 1 },
  each: { dimension: 'each', factor: 1 },
};

/** How many `per` fit in `amount`, or undefined when the units measure different things (mg vs mL). */
export function ratio(amount: Quantity, per: Quantity): number | undefined {
  // A unit outside the table (a stored row edited by hand) converts to nothing: UN-1, not a crash.
  const a = Object.hasOwn(DIMENSION, amount.unit) ? DIMENSION[amount.unit] : undefined;
  const b = Object.hasOwn(DIMENSION, per.unit) ? DIMENSION[per.unit] : undefined;
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  return (amount.amount * a.factor) / (per.amount * b.factor);
}

// Float noise (1.25 g / 500 mg = 2.5000000000000004) must not round up to an extra unit.
const ceilExact = (x: number): number => Math.ceil(Math.round(x * 1e6) / 1e6);

export type DrugQuantities = { ok: true; units: number; ndcQuantity: number } | { ok: false; message: string };

export function drugQuantities(drug: DrugRecord, dose: Quantity, dosesThatDay: number): DrugQuantities {
  const perDoseBillingUnits = ratio(dose, drug.billingUnit);
  if (perDoseBillingUnits === undefined) {
    return {
      ok: false,
      message: `The dose (${dose.amount} ${dose.unit}) cannot be expressed in ${drug.hcpcs}'s billing unit (${drug.billingUnit.amount} ${drug.billingUnit.unit}).`,
    };
  }
  const perDoseNdcUnits = ratio(dose, drug.ndcUnitContains);
  if (perDoseNdcUnits === undefined) {
    return {
      ok: false,
      message: `The dose (${dose.amount} ${dose.unit}) cannot be measured in the NDC unit (${drug.ndcUnitContains.amount} ${drug.ndcUnitContains.unit} per ${drug.ndcUnit}).`,
    };
  }
  return {
    ok: true,
    // DR-1a: the day's total drug over the billing unit, rounded up once (1.25 g q12h -> 2500 mg / 500 mg = 5, not 6).
    units: ceilExact(perDoseBillingUnits * dosesThatDay),
    // DR-2a: whole NDC units per dose (each dose opens its own vials), times the day's doses.
    ndcQuantity: dosesThatDay * ceilExact(perDoseNdcUnits),
  };
}
