import { afterEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { antibioticWithComponents, threeConcurrentTherapies, tpnWithAdditives } from '../testing/claimScenarios';
import { importInto } from '../testing/datasetBuilders';
import type { DatasetInput } from '../dataset/datasetSchema';
import { check837p } from '../x12/check837p';

// Whole claims for the shapes the rules single out, exported once November has ended (DS-2) and checked by
// the project's own 837P conformance check. (The same files were run through the independent validator.)
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const runtimes: ReturnType<typeof tempRuntime>[] = [];
afterEach(() => runtimes.splice(0).forEach((r) => r.cleanup()));

function exported(dataset: DatasetInput) {
  const runtime = tempRuntime('2026-12-02');
  runtimes.push(runtime);
  importInto(runtime, dataset);
  const drafts = runtime.services.claimDrafts(NOVEMBER).drafts;
  expect(drafts.map((d) => d.problems)).toEqual([[]]);
  const file = runtime.services.exportClaims837(
    NOVEMBER,
    drafts.map((d) => d.draftId),
  );
  expect(check837p(file.content)).toEqual([]);
  const firstDay = drafts[0]!.lines.filter((l) => l.from === '2026-11-10');
  return {
    file,
    firstDay: firstDay.map((l) => `${l.code}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''} x${l.units} ${l.chargeCents}`),
  };
}

describe('claim files', () => {
  it('three concurrent therapies: ranked, SH at 50 % and SJ at 25 %, each per diem with its drug (MT-1..MT-3)', () => {
    const { file, firstDay } = exported(threeConcurrentTherapies());
    expect(firstDay).toEqual([
      'S9502 x1 15000',
      'J2185 x30 4500',
      'S9501-SH x1 6000',
      'J3370 x4 2500',
      'S9490-SJ x1 2250',
      'J2930 x1 450',
      '99601 x1 18000',
      '99602 x2 15000',
    ]);
    expect(file.content).toContain('SV1*HC:S9490:SJ*22.5*UN*1***');
  });

  it('TPN with additives: one S9366 a day, lipids and insulin billed, the base and potassium chloride included (PD-4a, BU-3, OR-1)', () => {
    const { file, firstDay } = exported(tpnWithAdditives());
    expect(firstDay).toEqual(['S9366 x1 30000', 'J1815 x4 360', 'B4185 x5 7500', '99601 x1 18000', '99602 x2 15000']);
    expect(file.content).not.toContain('S9364');
    expect(file.content).not.toContain('J3480');
    expect(file.content).not.toContain('B4178');
  });

  it('components: the diluent bundled, the premedication billed on the antibiotic’s days, no per diem of their own (OR-1)', () => {
    const { file, firstDay } = exported(antibioticWithComponents());
    expect(firstDay).toEqual(['S9500 x1 10000', 'J0696 x8 960', 'J2405 x4 320', '99601 x1 18000', '99602 x2 15000']);
    expect(file.content).not.toContain('A4217');
    expect(file.content.match(/SV1\*HC:S95/g)).toHaveLength(3);
  });
});
