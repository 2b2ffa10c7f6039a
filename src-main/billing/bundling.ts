// BU-1..BU-4: codes that a per diem covers and that are never billed on their own while it does.

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
