import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { remit835 } from '../x12/testing/remitFixtures';
import type { LedgerClaim, LedgerView, RemitPostingView, RevenueRow, WorkItemView } from '../vocabulary';
import { answerClaim, paidLessShares, payment } from './testing/payerAnswers';
import { exportNovember, type BillingRuntime } from './testing/exportedNovember';

// RM-1..RM-5 end to end: claims exported from a real database, answered by an 835 built from them, posted
// through the channel table; the ledger, statuses and the work queue read back.

describe('posting an 835 answering our own claims (RM-1..RM-5)', () => {
  let runtime: BillingRuntime;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const ledger = async () => (await call<LedgerView>('ledger.claims', {})).claims.filter((c) => c.claimKey !== null);
  const count = (table: string) => (runtime.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  let claim: LedgerClaim;

  beforeEach(async () => {
    const exported = await exportNovember();
    runtime = exported.runtime;
    expect(exported.drafts.map((d) => d.problems)).toEqual([[]]);
    claim = (await ledger())[0]!;
  });
  afterEach(() => runtime.cleanup());

  it('posts a payment line by line, and posting the same file again posts nothing', async () => {
    expect(claim).toMatchObject({ status: 'exported', paidCents: 0, balanceCents: claim.billedCents });
    const text = remit835([payment('EFT1001', [answerClaim(claim)])]);
    const first = await call<RemitPostingView>('remittances.post', { text, fileName: 'era.835' });
    expect(first.counts).toEqual({ posted: 1, held: 0, unmatched: 0, 'already-posted': 0 });
    const [paid] = await ledger();
    expect(paid).toMatchObject({ status: 'paid', paidCents: claim.billedCents, balanceCents: 0, patientResponsibilityCents: 0 });
    expect(paid!.lines.every((l) => l.paidCents === l.billedCents)).toBe(true);
    const entries = count('ledger_entries');
    const again = await call<RemitPostingView>('remittances.post', { text, fileName: 'era.835' });
    expect(again).toMatchObject({ posted: false, counts: { posted: 0, 'already-posted': 1 } });
    expect(count('ledger_entries')).toBe(entries);
    expect(count('received_files')).toBe(1);
    expect(await ledger()).toEqual([paid]);
  });

  it('posts a partial payment with patient responsibility, and denied lines go to the work queue with their reasons in words', async () => {
    const answer = answerClaim(claim, (line, billed) =>
      line === 1
        ? { paidCents: billed - 3000, adjustments: [{ group: 'PR', reason: '2', cents: 3000 }] }
        : line === 2
          ? { paidCents: 0, adjustments: [{ group: 'CO', reason: '96', cents: billed }], remarks: ['N30'] }
          : { paidCents: billed },
    );
    await call('remittances.post', { text: remit835([payment('EFT2002', [answer])]) });
    const [posted] = await ledger();
    const second = claim.lines[1]!;
    expect(posted).toMatchObject({
      status: 'partially-paid',
      paidCents: claim.billedCents - 3000 - second.billedCents,
      patientResponsibilityCents: 3000,
      balanceCents: 0,
    });
    expect(posted!.lines[1]).toMatchObject({
      paidCents: 0,
      adjustments: [{ group: 'CO', reason: '96', cents: second.billedCents }],
      remarks: ['N30'],
    });
    const queue = await call<WorkItemView[]>('workQueue.list', {});
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ kind: 'denied', lineNumber: 2, amountCents: second.billedCents, line: { code: second.code } });
    expect(queue[0]!.reasons[0]!.code).toBe('CO-96');
    expect(queue[0]!.reasons[0]!.text).toMatch(/^CO-96: Non-covered charge/);
    expect(queue[0]!.remarks[0]!.text).toMatch(/^N30: /);
  });

  it('revenue counts from the ledger: patient share apart from contractual adjustments, and a denial stays after the claim is corrected', async () => {
    const answer = answerClaim(claim, (line, billed) =>
      line === 1
        ? paidLessShares(billed, { reason: '2', cents: 3000 }, 1000)
        : line === 2
          ? { paidCents: 0, adjustments: [{ group: 'CO', reason: '96', cents: billed }] }
          : { paidCents: billed },
    );
    await call('remittances.post', { text: remit835([payment('EFT7001', [answer])]) });
    const denied = claim.lines[1]!.billedCents;
    const month = async () => (await call<RevenueRow[]>('revenue.byMonth', { from: '2026-11', to: '2026-11' }))[0]!;
    expect(await month()).toMatchObject({
      billedCents: claim.billedCents,
      paidCents: claim.billedCents - 4000 - denied,
      patientCents: 3000,
      adjustedCents: 1000,
      deniedCents: denied,
      correctedDenialsCents: 0,
      openCents: 0,
    });
    await call('claims.correct', { claim: claim.claimKey, payerClaimNumber: 'PCN-1' });
    const corrected = await month();
    expect(corrected).toMatchObject({ deniedCents: denied, correctedDenialsCents: denied, claims: 1, openCents: corrected.billedCents });
  });

  it('a reversal (CLP02 22) takes the payment back and keeps both in the history', async () => {
    await call('remittances.post', { text: remit835([payment('EFT3001', [answerClaim(claim)])]) });
    const reversal = answerClaim(claim, undefined, { sign: -1 });
    const view = await call<RemitPostingView>('remittances.post', { text: remit835([payment('EFT3002', [reversal])]) });
    expect(view.counts.posted).toBe(1);
    const [reversed] = await ledger();
    expect(reversed).toMatchObject({ status: 'exported', paidCents: 0, balanceCents: claim.billedCents, adjustments: [] });
    expect(count('ledger_entries')).toBe(2 * claim.lines.length);
    const detail = await call<{ status: string; history: { kind: string }[] }>('claims.get', { claim: reversed!.claimKey });
    expect(detail.status).toBe('reversed');
    expect(detail.history.map((h) => h.kind)).toEqual(['exported', 'posted', 'posted']);
    // The payer's new answer after the reversal posts again.
    await call('remittances.post', { text: remit835([payment('EFT3003', [answerClaim(claim)])]) });
    expect((await ledger())[0]).toMatchObject({ status: 'paid', paidCents: claim.billedCents });
  });

  it('a second answer to a line already answered is held for review, never posted on top', async () => {
    await call('remittances.post', { text: remit835([payment('EFT4001', [answerClaim(claim)])]) });
    const view = await call<RemitPostingView>('remittances.post', { text: remit835([payment('EFT4002', [answerClaim(claim)])]) });
    expect(view.counts).toMatchObject({ posted: 0, held: 1 });
    expect(view.transactions[0]!.claims[0]!.problem).toMatch(/already posted/);
    expect((await ledger())[0]).toMatchObject({ status: 'paid', paidCents: claim.billedCents });
    expect((await call<WorkItemView[]>('workQueue.list', { kind: 'held' }))[0]).toMatchObject({
      kind: 'held',
      amountCents: claim.billedCents,
    });
  });

  it('an unbalanced claim is held; a claim we never sent is unmatched; neither touches a claim', async () => {
    const unbalanced = answerClaim(claim);
    unbalanced.services![0]!.paidCents -= 100; // charge != paid + adjustments
    unbalanced.paidCents -= 100;
    const stranger = { ...answerClaim(claim), id: 'NOT-OURS-1' };
    const view = await call<RemitPostingView>('remittances.post', { text: remit835([payment('EFT5001', [unbalanced, stranger])]) });
    expect(view.counts).toMatchObject({ posted: 0, held: 1, unmatched: 1 });
    expect(view.transactions[0]!.claims[1]).toMatchObject({ outcome: 'unmatched', claimKey: null, controlNumber: 'NOT-OURS-1' });
    expect(count('ledger_entries')).toBe(0);
    expect((await ledger())[0]).toMatchObject({ status: 'exported', paidCents: 0 });
  });

  it('the preview writes nothing and says what posting would do', async () => {
    const text = remit835([payment('EFT6001', [answerClaim(claim)])]);
    const preview = await call<RemitPostingView>('remittances.preview', { text });
    expect(preview).toMatchObject({ posted: false, counts: { posted: 1 } });
    expect(preview.transactions[0]!.claims[0]).toMatchObject({ outcome: 'posted', claimStatus: 'paid', patientName: expect.any(String) });
    expect(count('received_files') + count('remittances') + count('ledger_entries')).toBe(0);
  });

  it('a file that is not an 835 is refused at its field with the line, and nothing is written', async () => {
    const result = await runtime.table.dispatch('remittances.post', { text: 'ISA*00*nonsense~' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'text' }] } });
    expect(count('received_files')).toBe(0);
  });
});
