import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { documented, firstOrder, idsaDataset, importInto } from '../testing/datasetBuilders';
import { check837p } from '../x12/check837p';
import { appRoot } from '../paths/appRoot';
import type { ClaimDetailView, ExportedFileView } from '../vocabulary';

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

describe('claim lifecycle: adjudication, corrected claims and voids; exported claims never change', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let claimKey: number;
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const exportedState = () =>
    runtime.opened.sqlite
      .prepare(
        `SELECT c.control_number, c.total_cents, c.frequency, c.snapshot, f.content, group_concat(b.line_key || ':' || b.units || ':' || b.charge_cents || ':' || b.modifiers, '|') AS lines
         FROM claims c JOIN export_files f ON f.key = c.export_file_key JOIN claim_lines cl ON cl.claim_key = c.key JOIN billing_lines b ON b.id = cl.billing_line_id
         WHERE c.key = ? GROUP BY c.key`,
      )
      .get(claimKey);

  beforeEach(async () => {
    runtime = tempRuntime();
    importInto(runtime, documented(idsaDataset()));
    const { drafts } = await call<{ drafts: { draftId: string }[] }>('claims.drafts', JANUARY);
    const file = await call<ExportedFileView>('claims.export', { ...JANUARY, draftIds: drafts.map((d) => d.draftId) });
    claimKey = file.claims[0]!.key;
  });
  afterEach(() => runtime.cleanup());

  it('records a partial payment with its amount, and refuses an impossible one at the field', async () => {
    const bad = await runtime.table.dispatch('claims.adjudicate', {
      claim: claimKey,
      status: 'partially-paid',
      paidCents: 117000,
      adjudicatedOn: '2026-12-01',
    });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'paidCents' }] } });
    const paid = await call<ClaimDetailView>('claims.adjudicate', {
      claim: claimKey,
      status: 'partially-paid',
      paidCents: 90000,
      adjudicatedOn: '2026-12-01',
      note: 'SH reduced',
    });
    expect(paid).toMatchObject({ status: 'partially-paid', paidCents: 90000, adjudicatedOn: '2026-12-01' });
    expect(paid.history.map((h) => h.kind)).toEqual(['exported', 'partially-paid']);
    expect(await call('revenue.byMonth', { from: '2026-01', to: '2026-01' })).toEqual([
      {
        month: '2026-01',
        payerId: 'bcbs',
        payerName: 'Example Health Plan',
        claims: 1,
        billedCents: 117000,
        paidCents: 90000,
        patientCents: 0,
        deniedCents: 0,
        correctedDenialsCents: 0,
        openCents: 0,
        adjustedCents: 27000,
        unbilledCents: 0,
        scheduledCents: 0,
      },
    ]);
  });

  it('writes a corrected claim (frequency 7, REF*F8) for a changed order and marks the original replaced', async () => {
    const before = exportedState();
    const changed = documented(idsaDataset());
    firstOrder(changed).stop = '2026-01-06';
    importInto(runtime, changed);
    const drafts = await call<{ corrections: unknown[] }>('claims.drafts', JANUARY);
    expect(drafts.corrections).toHaveLength(3);
    const file = await call<ExportedFileView>('claims.correct', { claim: claimKey, payerClaimNumber: 'EXHP-2026-000123' });
    expect(check837p(file.content)).toEqual([]);
    expect(file.content).toContain('CLM*DL00000002*1035***12:B:7*Y*A*Y*Y~\nREF*F8*EXHP-2026-000123~');
    expect(exportedState()).toEqual(before);
    const original = await call<ClaimDetailView>('claims.get', { claim: claimKey });
    expect(original.status).toBe('replaced');
    expect(original.replacedBy).toEqual([{ key: file.claims[0]!.key, controlNumber: 'DL00000002', frequency: '7' }]);
    // The correction leaves nothing to correct and nothing unbilled.
    expect(await call<{ drafts: unknown[]; corrections: unknown[] }>('claims.drafts', JANUARY)).toEqual({ drafts: [], corrections: [] });
  });

  it('voids a claim with the same lines and amounts (frequency 8) and makes its lines billable again', async () => {
    const file = await call<ExportedFileView>('claims.void', { claim: claimKey, payerClaimNumber: 'EXHP-2026-000123' });
    expect(check837p(file.content)).toEqual([]);
    expect(file.content).toContain('CLM*DL00000002*1170***12:B:8*Y*A*Y*Y~\nREF*F8*EXHP-2026-000123~');
    expect((await call<ClaimDetailView>('claims.get', { claim: claimKey })).status).toBe('voided');
    const again = await call<{ drafts: { totalCents: number }[] }>('claims.drafts', JANUARY);
    expect(again.drafts.map((d) => d.totalCents)).toEqual([117000]);
    const refused = await runtime.table.dispatch('claims.void', { claim: claimKey, payerClaimNumber: 'X' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'refused' } });
  });

  it('keeps an exported claim exactly as it went out whatever the channels and CLI verbs do', async () => {
    const before = exportedState();
    const changed = documented(idsaDataset());
    firstOrder(changed).dose = { amount: 2, unit: 'g' };
    changed.payers[0]!.fees['S9502'] = 99999;
    // Every write channel that could touch billing, with inputs that would change this claim if it could.
    await runtime.table.dispatch('dataset.import', { document: changed });
    await runtime.table.dispatch('payers.setFee', { payerId: 'bcbs', hcpcs: 'J2185', cents: 1, effectiveFrom: '2026-01-01' });
    await runtime.table.dispatch('holds.add', { patientId: 'p1', from: '2026-01-05', to: '2026-01-07', reason: 'inpatient' });
    await runtime.table.dispatch('visits.add', { patientId: 'p1', date: '2026-01-06', minutes: 300 });
    await runtime.table.dispatch('demo.open', {});
    await runtime.table.dispatch('claims.drafts', JANUARY);
    await runtime.table.dispatch('claims.export', { ...JANUARY, draftIds: ['p1|bcbs|2026-01|1'] });
    await runtime.table.dispatch('claims.adjudicate', { claim: claimKey, status: 'paid', adjudicatedOn: '2026-12-01' });
    await runtime.table.dispatch('claims.csv', JANUARY);
    expect(exportedState()).toEqual(before);

    // And the CLI verbs on the same file.
    runtime.close();
    const file = join(runtime.dir, 'changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const cli = (args: string[]) => {
      try {
        execFileSync('npx', ['dripline', ...args, '--db', runtime.databasePath], { cwd: appRoot(), stdio: 'pipe' });
      } catch {
        // A refusal is fine; what matters is the claim below.
      }
    };
    cli(['import', file]);
    cli(['demo']);
    cli(['claims', '--from', '2026-01-01', '--to', '2026-01-31', '--out', join(runtime.dir, 'again.x12')]);
    cli(['lines', '--from', '2026-01-01', '--to', '2026-01-31', '--json']);
    const reopened = tempRuntimeOn(runtime.databasePath);
    const after = reopened
      .prepare(
        `SELECT c.control_number, c.total_cents, c.frequency, c.snapshot, f.content, group_concat(b.line_key || ':' || b.units || ':' || b.charge_cents || ':' || b.modifiers, '|') AS lines
         FROM claims c JOIN export_files f ON f.key = c.export_file_key JOIN claim_lines cl ON cl.claim_key = c.key JOIN billing_lines b ON b.id = cl.billing_line_id
         WHERE c.key = ? GROUP BY c.key`,
      )
      .get(claimKey);
    reopened.close();
    expect(after).toEqual(before);
  }, 90_000); // four real `npx dripline` runs
});

import Database from 'better-sqlite3';
function tempRuntimeOn(path: string) {
  return new Database(path, { readonly: true });
}
