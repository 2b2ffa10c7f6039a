import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { importInto } from '../testing/datasetBuilders';
import { medicareWithSecondary } from '../testing/claimScenarios';
import { check837p } from '../x12/check837p';
import { remit835 } from '../x12/testing/remitFixtures';
import { answerClaim, payment } from '../remittance/testing/payerAnswers';
import type { ClaimDraftSummary, ExportedFileView, LedgerClaim, LedgerView, WorkItemView } from '../vocabulary';

// CB-1/CB-2 round trip: our 837P to Medicare, Medicare's 835 denying the nursing lines, posted; then the secondary
// claim carrying Medicare's answer (2320/2330B/2430) with the per diems Medicare never received (PY-1).

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('secondary claims after the payer ahead answered (CB-1, CB-2, PY-1)', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const drafts = async () => (await call<{ drafts: ClaimDraftSummary[] }>('claims.drafts', NOVEMBER)).drafts;
  const sent = async () => (await call<LedgerView>('ledger.claims', {})).claims.filter((c) => c.claimKey !== null);

  beforeEach(() => {
    runtime = tempRuntime('2026-12-02');
    importInto(runtime, medicareWithSecondary());
  });
  afterEach(() => runtime.cleanup());

  it('holds the secondary claim until Medicare answers, then sends it with Medicare’s denial line by line', async () => {
    const before = await drafts();
    expect(before.map((d) => [d.payerId, d.coverageRank, d.problems.map((p) => p.rule)])).toEqual([
      ['bcbs', 'secondary', ['CB-1']],
      ['medicare', 'primary', []],
    ]);
    await call('claims.export', { ...NOVEMBER, draftIds: [before[1]!.draftId] });
    const waiting = await drafts();
    expect(waiting[0]!.problems[0]!.message).toMatch(
      /^Waiting for the primary payer's answer: Medicare Part B has not answered claim \S+, sent 2026-12-02\.$/,
    );

    // Medicare denies the nursing visit (CO-96, N30): it goes to the secondary (CB-2) and to the work queue (RM-5).
    const medicare = (await sent())[0]!;
    expect(medicare.lines.map((l) => l.code)).toEqual(['99601', '99602']);
    const denial = answerClaim(medicare, (_, billed) => ({
      paidCents: 0,
      adjustments: [{ group: 'CO', reason: '96', cents: billed }],
      remarks: ['N30'],
    }));
    await call('remittances.post', { text: remit835([payment('MCR0001', [denial], { name: 'MEDICARE PART B', id: 'MCARE1' })]) });
    expect((await sent())[0]).toMatchObject({ status: 'denied', paidCents: 0 });
    expect((await call<WorkItemView[]>('workQueue.list', {})).map((i) => [i.kind, i.line?.code, i.nextPayer])).toEqual([
      ['denied', '99601', 'Example Health Plan'],
      ['denied', '99602', 'Example Health Plan'],
    ]);

    const ready = await drafts();
    expect(ready).toHaveLength(1);
    const secondary = ready[0]!;
    expect(secondary.problems).toEqual([]);
    expect(secondary.lines.map((l) => `${l.code}${l.prior ? '*' : ''}`).join(' ')).toBe(
      'S9502 J2185 S9501 J3370 S9502 J2185 S9501 J3370 S9502 J2185 S9501 J3370 99601* 99602*',
    );
    expect(secondary.priorClaims).toMatchObject([{ payerId: 'medicare', paidCents: 0, adjustments: [] }]);

    const file = await call<ExportedFileView>('claims.export', { ...NOVEMBER, draftIds: [secondary.draftId] });
    writeFileSync(join(runtime.dir, 'secondary.837'), file.content);
    expect(check837p(file.content)).toEqual([]);
    const nursingCharge = medicare.lines.map((l) => l.billedCents);
    // 2320: Medicare as the payer ahead, paid 0; 2330B; per nursing line a 2430 with its denial; S-codes without one.
    expect(file.content).toContain('SBR*S*18*GRP0042******CI~');
    expect(file.content).toMatch(
      /SBR\*P\*18\*{7}MB~\nAMT\*D\*0~\nOI\*\*\*Y\*\*\*Y~\nNM1\*IL\*1\*DOE\*JANE\*{4}MI\*1EG4TE5MK73~\nNM1\*PR\*2\*MEDICARE PART B\*{5}PI\*MCARE1~\n/,
    );
    expect(file.content).toContain(`SVD*MCARE1*0*HC:99601**1~\nCAS*CO*96*${nursingCharge[0]! / 100}~\nDTP*573*D8*20261215~`);
    expect(file.content.match(/SVD\*/g)).toHaveLength(2);
    const [, afterFirstLine] = file.content.split('LX*1~');
    expect(afterFirstLine!.split('LX*2~')[0]).not.toContain('SVD*');

    // The secondary's lines are locked to it; Medicare's stay on Medicare's claim; nothing is left to bill.
    expect(await drafts()).toEqual([]);
    expect((await call<WorkItemView[]>('workQueue.list', {})).length).toBe(0);
    const [mcr, sec] = await sent();
    expect([mcr!.status, sec!.status, sec!.rank]).toEqual(['denied', 'exported', 'secondary']);
    expect(sec!.billedCents).toBe(secondary.totalCents);
  });

  it('a crossover (CLP02 19) was forwarded by Medicare itself: the secondary claim carries only the per diems', async () => {
    const [, mcrDraft] = await drafts();
    await call('claims.export', { ...NOVEMBER, draftIds: [mcrDraft!.draftId] });
    const medicare: LedgerClaim = (await sent())[0]!;
    const crossover = {
      ...answerClaim(medicare, (_, billed) => ({ paidCents: 0, adjustments: [{ group: 'PR', reason: '1', cents: billed }] }), {
        status: '19',
      }),
      crossover: { name: 'EXAMPLE HEALTH PLAN', id: 'EXHP01' },
    };
    await call('remittances.post', { text: remit835([payment('MCR0002', [crossover], { name: 'MEDICARE PART B', id: 'MCARE1' })]) });
    const [secondary] = await drafts();
    expect(secondary!.problems).toEqual([]);
    expect(secondary!.lines.some((l) => l.prior)).toBe(false);
    expect(secondary!.priorClaims).toBeUndefined();
  });
});
