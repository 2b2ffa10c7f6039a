import type { DrugClass, DrugRecord, OrderRecord } from './billingRecord';
import type { RuleId } from './rules';

// BU-1..BU-4: items that a per diem covers and that are never billed on their own while it does. The drug's
// class (what the product is) decides first; the HCPCS ranges remain for drugs the catalog has not classed.

function inRange(code: string, letter: string, low: number, high: number): boolean {
  if (code[0] !== letter) return false;
  const n = Number(code.slice(1));
  return Number.isInteger(n) && n >= low && n <= high;
}

/** BU-1 supplies and equipment (CPCP019 supply/equipment table), J1642 heparin lock flush included. */
export function isBundledSupply(hcpcs: string): boolean {
  return (
    inRange(hcpcs, 'A', 4206, 8004) ||
    ['A4300', 'A4301', 'A4305', 'A4306', 'A9270', 'A9900', 'A9999', 'E0776', 'E0791', 'J1642', 'A4216', 'A4218'].includes(hcpcs) ||
    inRange(hcpcs, 'E', 779, 786)
  );
}

/** BU-2 IV solutions J7030-J7060. */
export function isIvSolution(hcpcs: string): boolean {
  return inRange(hcpcs, 'J', 7030, 7060);
}

/**
 * BU-3 parenteral nutrition components that the TPN per diem includes: standard amino acids and dextrose
 * (B4164-B4180), compounded non-specialty solutions (B4189-B4199), additives (B4216) and kits (B4220-B4224).
 * Lipids (B4185, B4187) and specialty amino acids (B5000 renal, B5100 hepatic, B5200 stress) stay billable.
 */
export function isIncludedInTpnPerDiem(hcpcs: string): boolean {
  return inRange(hcpcs, 'B', 4164, 4180) || inRange(hcpcs, 'B', 4189, 4199) || hcpcs === 'B4216' || inRange(hcpcs, 'B', 4220, 4224);
}

/** BU-4: pharmacy services per hour, never with any per diem code. */
export const PHARMACY_SERVICES_PER_HOUR = 'S9810';

export const TPN_PER_DIEMS = new Set(['S9364', 'S9365', 'S9366', 'S9367', 'S9368']);

/** BU-3: classes the TPN per diem includes (standard nutrition); the other classes are billable beside it. */
const TPN_INCLUDED_CLASSES: ReadonlySet<DrugClass> = new Set([
  'electrolyte',
  'trace-element',
  'multivitamin',
  'amino-acid-standard',
  'dextrose',
  'sterile-water',
]);

export interface DrugBundling {
  bundled: boolean;
  rule: RuleId;
  /** Why the item is bundled (the finding's message); empty when billable. */
  message: string;
}

/**
 * BU-1..BU-4 for a drug given under a therapy: is it billable beside that therapy's per diem? `therapy` and
 * `purpose` are the order's own, or the parent's therapy for a component (OR-1).
 */
export function drugBundling(
  therapy: Pick<OrderRecord, 'therapy' | 'purpose'>,
  drug: DrugRecord,
  perDiemCode: string | undefined,
): DrugBundling | undefined {
  const item = `${drug.hcpcs} (${drug.name})`;
  const tpn = perDiemCode !== undefined && TPN_PER_DIEMS.has(perDiemCode);
  const supply: DrugBundling = { bundled: true, rule: 'BU-1', message: `${item} is a supply bundled into the per diem: no separate line.` };
  // BU-1: a flush is a supply whatever its HCPCS code (a saline flush coded J7050 included).
  if (drug.class === 'flush') return supply;
  // BU-3: decided by the drug's class under a TPN per diem (potassium chloride J3480 is an electrolyte: included).
  if (tpn && drug.class !== undefined && TPN_INCLUDED_CLASSES.has(drug.class)) {
    return { bundled: true, rule: 'BU-3', message: `${item} is included in the TPN per diem: no separate line.` };
  }
  if (drug.class === 'iv-solution' || isIvSolution(drug.hcpcs)) {
    // BU-2: billable only when prescribed to treat a condition (hydration), not as a diluent or keep-vein-open.
    if (therapy.therapy === 'hydration' && therapy.purpose !== 'line-care') return { bundled: false, rule: 'BU-2', message: '' };
    return {
      bundled: true,
      rule: 'BU-2',
      message: `${item} is an IV solution used incidentally (diluent, keep-vein-open): bundled, no line.`,
    };
  }
  // BU-1: supplies and diluents (sterile water outside a TPN is a diluent); a "supply" order whatever its drug code.
  if (therapy.therapy === 'supply' || drug.form === 'supply' || drug.class === 'sterile-water' || isBundledSupply(drug.hcpcs))
    return supply;
  if (drug.hcpcs === PHARMACY_SERVICES_PER_HOUR && perDiemCode !== undefined) {
    return { bundled: true, rule: 'BU-4', message: 'S9810 (pharmacy services per hour) is never billed with a per diem.' };
  }
  if (tpn) {
    // BU-3: a classed drug left here is billable (specialty amino acids, lipids, vitamins, non-nutritional drugs).
    if (drug.class === undefined && isIncludedInTpnPerDiem(drug.hcpcs)) {
      return { bundled: true, rule: 'BU-3', message: `${item} is included in the TPN per diem: no separate line.` };
    }
    return { bundled: false, rule: 'BU-3', message: '' };
  }
  return undefined;
}
