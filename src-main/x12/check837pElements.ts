import { isX12Value } from './x12Text';

// Element-level part of check837p: required elements present, no element past the last one the segment uses,
// and every value within the X12 character set (a separator inside a value shows up here). Positions follow
// the 005010X222A1 usage of the segments write837p.ts emits (see shared/tools/x12/home-infusion-837p-checklist.md).

/** Required elements by segment: "3" is the third element, "5-2" the second component of the fifth. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  GS: ['1', '2', '3', '4', '5', '6', '7', '8'],
  ST: ['1', '2', '3'],
  BHT: ['1', '2', '3', '4', '5', '6'],
  // NM103 is the last or organization name; NM108/NM109 the id (Dripline writes an id in every NM1).
  NM1: ['1', '2', '3', '8', '9'],
  PER: ['1', '2', '3', '4'],
  HL: ['1', '3', '4'],
  PRV: ['1', '2', '3'],
  N3: ['1'],
  N4: ['1', '2', '3'],
  REF: ['1', '2'],
  SBR: ['1', '2', '9'],
  DMG: ['1', '2', '3'],
  CLM: ['1', '2', '5-1', '5-2', '5-3', '6', '7', '8', '9'],
  HI: ['1-1', '1-2'],
  OI: ['3', '6'],
  // COB (CB-1): adjustment group, first reason and amount; payer paid and remaining liability; line adjudication.
  CAS: ['1', '2', '3'],
  AMT: ['1', '2'],
  SVD: ['1', '2', '3-1', '3-2', '5'],
  LX: ['1'],
  SV1: ['1-1', '1-2', '2', '3', '4', '7-1'],
  DTP: ['1', '2', '3'],
  LIN: ['2', '3'],
  CTP: ['4', '5-1'],
  SE: ['1', '2'],
  GE: ['1', '2'],
  IEA: ['1', '2'],
};

/** The last element position the 837P uses in each segment: anything after it is a stray separator. */
const LAST_ELEMENT: Readonly<Record<string, number>> = {
  ISA: 16,
  GS: 8,
  ST: 3,
  BHT: 6,
  NM1: 9,
  PER: 8,
  HL: 4,
  PRV: 3,
  N3: 2,
  N4: 7,
  REF: 2,
  SBR: 9,
  DMG: 3,
  CLM: 20,
  HI: 12,
  OI: 6,
  CAS: 19,
  AMT: 2,
  SVD: 6,
  LX: 1,
  SV1: 12,
  DTP: 3,
  LIN: 3,
  CTP: 5,
  SE: 2,
  GE: 2,
  IEA: 2,
};

/** Composite elements, where ":" separates components; everywhere else ":" is a stray separator. */
const COMPOSITES: Readonly<Record<string, readonly number[]>> = {
  CLM: [5],
  HI: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  SV1: [1, 7],
  SVD: [3],
  CTP: [5],
};

const blank = (value: string | undefined) => value === undefined || value.trim() === '';
const name = (id: string, position: number) => `${id}${String(position).padStart(2, '0')}`;

function isaProblems(isa: string[]): string[] {
  const problems: string[] = [];
  for (const position of [1, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
    if (blank(isa[position])) problems.push(`segment 1 (ISA): ${name('ISA', position)} is empty`);
  isa.forEach((value, position) => {
    if (position === 0 || position === 11 || position === 16) return;
    if (!isX12Value(value)) problems.push(`segment 1 (ISA): ${name('ISA', position)} has a character outside the X12 set`);
  });
  return problems;
}

function valueProblem(value: string): string | null {
  if (!isX12Value(value)) return 'has a character outside the X12 set (a separator or control character inside a value?)';
  if (value !== value.trim()) return 'has leading or trailing spaces';
  return null;
}

/** Problems of the elements of each segment (segments already split on "~" and "*"), located like check837p's. */
export function elementProblems(segments: readonly string[][]): string[] {
  const problems: string[] = [];
  segments.forEach((s, i) => {
    const id = s[0] ?? '';
    const at = `segment ${i + 1} (${id})`;
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id)) {
      problems.push(`${at}: "${id}" is not a segment id (a separator inside a value?)`);
      return;
    }
    if (id === 'ISA') {
      problems.push(...isaProblems(s));
      return;
    }
    const last = LAST_ELEMENT[id];
    if (last !== undefined && s.length - 1 > last) problems.push(`${at}: ${s.length - 1} elements, ${id} uses at most ${last}`);
    const composites = COMPOSITES[id] ?? (REQUIRED[id] ? [] : null);
    s.forEach((value, position) => {
      if (position === 0 || value === '') return;
      const parts = composites === null || composites.includes(position) ? value.split(':') : [value];
      for (const part of parts) {
        const problem = valueProblem(part);
        if (problem !== null) {
          problems.push(`${at}: ${name(id, position)} ${problem}`);
          break;
        }
      }
    });
    for (const required of REQUIRED[id] ?? []) {
      const [element, component] = required.split('-').map(Number) as [number, number | undefined];
      const value = s[element];
      const shown = component === undefined ? name(id, element) : `${name(id, element)}-${component}`;
      if (blank(component === undefined ? value : value?.split(':')[component - 1])) problems.push(`${at}: ${shown} is required but empty`);
    }
  });
  return problems;
}
