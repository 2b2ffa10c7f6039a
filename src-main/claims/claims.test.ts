import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { documented, idsaDataset, importInto } from '../testing/datasetBuilders';
import { check837p } from '../x12/check837p';

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

describe('claims from the IDSA example', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('is not ready while the PY-3 documentation is missing, and says so per order', () => {
    importInto(runtime, idsaDataset());
    const [draft] = runtime.services.claimDrafts(JANUARY).drafts;
    expect(draft!.problems.filter((p) => p.rule === 'PY-3').map((p) => p.message)).toEqual([
      'Order mero lacks medication-order, plan-of-care, preparation-notes, administration-record, delivery-record.',
      'Order vanc lacks medication-order, plan-of-care, preparation-notes, administration-record, delivery-record.',
    ]);
  });

  it('assembles one claim: per diem then its drug (MT-3), the SH per diem at half, nursing last, total = sum of lines', () => {
    importInto(runtime, documented(idsaDataset()));
    const { drafts } = runtime.services.claimDrafts(JANUARY);
    expect(drafts).toHaveLength(1);
    const draft = drafts[0]!;
    expect(draft.problems).toEqual([]);
    expect(draft.lines.slice(0, 6).map((l) => [l.from, l.code, l.modifiers.join(':'), l.units, l.chargeCents, l.pointers])).toEqual([
      ['2026-01-05', 'S9502', '', 1, 15000, [1, 2, 3]],
      ['2026-01-05', 'J2185', '', 30, 4500, [1, 2, 3]],
      ['2026-01-05', 'S9501', 'SH', 1, 6000, [1, 2, 3]],
      ['2026-01-05', 'J3370', '', 4, 2500, [1, 2, 3]],
      ['2026-01-05', '99601', '', 1, 18000, [1, 2, 3]],
      ['2026-01-05', '99602', '', 2, 15000, [1, 2, 3]],
    ]);
    expect(draft.totalCents).toBe(117000);
    expect(draft.diagnoses).toEqual(['M86171', 'Z792', 'Z452']);
    expect(draft.placeOfService).toBe('12');
  });

  it('exports an 837P that passes the project conformance check, and locks its lines', async () => {
    importInto(runtime, documented(idsaDataset()));
    const [draft] = runtime.services.claimDrafts(JANUARY).drafts;
    const file = runtime.services.exportClaims837(JANUARY, [draft!.draftId]);
    expect(check837p(file.content)).toEqual([]);
    expect(file.content).toContain('SV1*HC:S9501:SH*60*UN*1***1:2:3~');
    expect(file.content).toContain('LIN**N4*99999018501~\nCTP****3*UN~');
    expect(file.content).toContain('CLM*DL00000001*1170***12:B:1*Y*A*Y*Y~');
    const locked = runtime.opened.sqlite.prepare('SELECT count(*) FROM billing_lines WHERE claim_id IS NOT NULL').pluck().get();
    expect(locked).toBe(14);
    // Nothing is left to bill, and exporting the same draft again is refused.
    expect(runtime.services.claimDrafts(JANUARY).drafts).toEqual([]);
    expect(() => runtime.services.exportClaims837(JANUARY, [draft!.draftId])).toThrow(/Nothing was exported/);
  });

  it('never repeats a control number across exports', () => {
    const dataset = documented(idsaDataset());
    importInto(runtime, dataset);
    const first = runtime.services.exportClaims837(
      { from: '2026-01-05', to: '2026-01-05' },
      runtime.services.claimDrafts({ from: '2026-01-05', to: '2026-01-05' }).drafts.map((d) => d.draftId),
    );
    const second = runtime.services.exportClaims837(
      { from: '2026-01-06', to: '2026-01-07' },
      runtime.services.claimDrafts({ from: '2026-01-06', to: '2026-01-07' }).drafts.map((d) => d.draftId),
    );
    const isa13 = (text: string) => text.split('*')[13];
    expect(isa13(first.content)).toBe('000000001');
    expect(isa13(second.content)).toBe('000000002');
    expect(first.claims[0]!.controlNumber).not.toBe(second.claims[0]!.controlNumber);
    expect(check837p(second.content)).toEqual([]);
  });

  it('spans identical days into one line when the payer profile asks for it (PF-4)', () => {
    const dataset = documented(idsaDataset());
    dataset.payers[0]!.profile = { ...dataset.payers[0]!.profile, lineSpan: 'week' };
    importInto(runtime, dataset);
    const [draft] = runtime.services.claimDrafts(JANUARY).drafts;
    expect(draft!.lines.map((l) => [l.code, l.from, l.to, l.units, l.chargeCents])).toEqual([
      ['S9502', '2026-01-05', '2026-01-07', 3, 45000],
      ['J2185', '2026-01-05', '2026-01-07', 90, 13500],
      ['S9501', '2026-01-05', '2026-01-07', 3, 18000],
      ['J3370', '2026-01-05', '2026-01-07', 12, 7500],
      ['99601', '2026-01-05', '2026-01-05', 1, 18000],
      ['99602', '2026-01-05', '2026-01-05', 2, 15000],
    ]);
    const file = runtime.services.exportClaims837(JANUARY, [draft!.draftId]);
    expect(file.content).toContain('DTP*472*RD8*20260105-20260107~');
    expect(check837p(file.content)).toEqual([]);
  });

  it('sends the per diems of a Medicare beneficiary to the secondary payer, which waits for Medicare to answer first (PY-1, CB-1)', () => {
    const dataset = documented(idsaDataset());
    dataset.payers.push({
      id: 'mcr',
      name: 'Medicare Part B',
      payerId: 'MCRB1',
      kind: 'medicare',
      fees: { '99601': 17000, '99602': 7000, J2185: 140, J3370: 600 },
    });
    dataset.patients[0]!.coverages = [
      { payer: 'mcr', memberId: '1EG4TE5MK72', rank: 'primary', from: '2026-01-01' },
      { payer: 'bcbs', memberId: 'XEH123456789', group: 'GRP0042', rank: 'secondary', from: '2026-01-01' },
    ];
    importInto(runtime, dataset);
    const { drafts } = runtime.services.claimDrafts(JANUARY);
    expect(drafts.map((d) => [d.payerId, d.coverageRank, d.lines.map((l) => l.code).join(' ')])).toEqual([
      ['bcbs', 'secondary', 'S9502 J2185 S9501 J3370 S9502 J2185 S9501 J3370 S9502 J2185 S9501 J3370'],
      ['mcr', 'primary', '99601 99602'],
    ]);
    // CB-1: the secondary claim is not ready while Medicare has not been billed for the month, nor answered.
    expect(drafts[0]!.problems).toContainEqual({
      rule: 'CB-1',
      message: 'Waiting for the primary payer: it has not been billed yet for 2026-01-05.',
    });
    const file = runtime.services.exportClaims837(JANUARY, [drafts[1]!.draftId]);
    expect(check837p(file.content)).toEqual([]);
    expect(file.content).toContain('SBR*P*18*******MB~');
    const after = runtime.services.claimDrafts(JANUARY).drafts;
    expect(after.map((d) => [d.payerId, d.problems.map((p) => p.rule)])).toEqual([['bcbs', ['CB-1']]]);
    expect(after[0]!.problems[0]!.message).toMatch(/^Waiting for the primary payer's answer: Medicare Part B has not answered claim /);
  });

  it('holds back a claim whose stored member ID holds an X12 separator, never altering it', () => {
    importInto(runtime, documented(idsaDataset()));
    // Stored before entry checks existed: the claim waits with the reason, the identifier stays as it is.
    runtime.opened.sqlite.prepare(`UPDATE coverages SET member_id = 'XEH*123'`).run();
    const [draft] = runtime.services.claimDrafts(JANUARY).drafts;
    expect(draft!.memberId).toBe('XEH*123');
    expect(draft!.problems).toContainEqual({
      rule: 'ID',
      message: 'The member ID XEH*123: contains "*", which separates the parts of a claim file: enter it without "*"',
    });
  });
});
