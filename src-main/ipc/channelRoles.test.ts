import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLES, type LedgerView, type Role, type WorkItemView } from '../vocabulary';
import { exportNovember, NOVEMBER, type BillingRuntime } from '../remittance/testing/exportedNovember';
import { answerClaim, payment } from '../remittance/testing/payerAnswers';
import { remit835 } from '../x12/testing/remitFixtures';
import { runInProcess } from '../testing/cliProcess';
import { CHANNEL_NAMES } from './contract/channels';
import { CHANNEL_ROLES } from './contract/channelRoles';

// Access control in the main process (HIPAA 164.312(a)): each channel names the roles it allows and dispatch
// refuses the others, whichever face the call came through; a refusal writes nothing.

describe('roles', () => {
  let runtime: BillingRuntime;
  const as = (role: Role) => ({ ...runtime.context(), actor: `a ${role}`, role });
  const rows = (table: string) => (runtime.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  beforeEach(async () => {
    ({ runtime } = await exportNovember());
  });
  afterEach(() => runtime.cleanup());

  it('names the roles of every channel, the admin in all of them', () => {
    for (const name of CHANNEL_NAMES) {
      expect(CHANNEL_ROLES[name].length, name).toBeGreaterThan(0);
      expect(CHANNEL_ROLES[name], name).toContain('admin');
      for (const role of CHANNEL_ROLES[name]) expect(ROLES).toContain(role);
    }
  });

  it('a biller cannot change an order; intake can, and cannot export claims', async () => {
    const plan = await runtime.table.dispatch('plans.get', { patientId: 'p1', planId: 'poc1' }, as('biller'));
    if (!plan.ok) throw new Error(plan.error.message);
    const { patientId: _p, ...edit } = plan.value as { patientId: string } & Record<string, unknown>;
    const save = { patientId: 'p1', plan: edit };
    const audit = rows('audit_log');
    const refused = await runtime.table.dispatch('plans.save', save, as('biller'));
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: expect.stringMatching(/^Your role \(biller\) does not allow this \(plans\.save\)/) },
    });
    expect(rows('audit_log')).toBe(audit);
    const exporting = await runtime.table.dispatch('claims.export', { ...NOVEMBER, draftIds: ['x'] }, as('intake'));
    expect(exporting).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await runtime.table.dispatch('claims.drafts', NOVEMBER, as('biller'))).toMatchObject({ ok: true });
    expect(await runtime.table.dispatch('patients.search', { query: '' }, as('intake'))).toMatchObject({ ok: true });
  });

  it('only a manager (or admin) writes a balance off; a biller works the rest of the queue', async () => {
    const ledger = await runtime.table.dispatch('ledger.claims', {}, as('biller'));
    if (!ledger.ok) throw new Error(ledger.error.message);
    const claim = (ledger.value as LedgerView).claims.find((c) => c.claimKey !== null)!;
    const denied = answerClaim(claim, (line, billed) =>
      line === 1 ? { paidCents: 0, adjustments: [{ group: 'CO', reason: '96', cents: billed }] } : { paidCents: billed },
    );
    expect(
      await runtime.table.dispatch('remittances.post', { text: remit835([payment('EFT-ROLES', [denied])]) }, as('biller')),
    ).toMatchObject({ ok: true });
    const queue = await runtime.table.dispatch('workQueue.list', {}, as('biller'));
    const item = (queue as { ok: true; value: WorkItemView[] }).value[0]!;
    const byBiller = await runtime.table.dispatch(
      'workQueue.act',
      { action: 'write-off', item: item.key, note: 'small balance' },
      as('biller'),
    );
    expect(byBiller).toMatchObject({ ok: false, error: { kind: 'forbidden', message: expect.stringContaining("manager's decision") } });
    expect(
      await runtime.table.dispatch('workQueue.act', { action: 'note', item: item.key, note: 'called the payer' }, as('biller')),
    ).toMatchObject({ ok: true });
    const byManager = await runtime.table.dispatch(
      'workQueue.act',
      { action: 'write-off', item: item.key, note: 'small balance' },
      as('manager'),
    );
    expect(byManager).toMatchObject({ ok: true, value: { resolution: 'written-off' } });
  });

  it('the command line acts as the operating-system user, with every right until sign-in exists', async () => {
    runtime.close();
    const result = await runInProcess(['audit', '--db', runtime.databasePath, '--verify', '--today', '2026-12-02']);
    expect(result.code).toBe(0);
  });
});
