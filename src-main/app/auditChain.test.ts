import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { runInProcess } from '../testing/cliProcess';
import { readMigrations } from '../store/migrate';
import { migrationsFolder } from '../paths/appRoot';
import { idsaInNovember, importInto } from '../testing/datasetBuilders';
import { NEW_PATIENT_SAVE } from '../testing/runtimeFixtures';
import type { AuditEntryView, AuditVerificationView, BackupView } from '../vocabulary';

// The audit trail (HIPAA 164.312(b)): every write and every bulk read of patient data, with who, what, the entity
// before and after; append-only; a hash chain that `audit --verify` checks. And `backup`: an online copy, checked.

const cli = (argv: string[]) => runInProcess(argv, {});

describe('audit trail and backups', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const call = async <T>(channel: string, input: unknown, context?: object): Promise<T> => {
    const result = await runtime.table.dispatch(channel, input, context ? { ...runtime.context(), ...context } : undefined);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };

  beforeEach(() => {
    runtime = tempRuntime('2026-12-02');
    importInto(runtime, idsaInNovember());
  });
  afterEach(() => runtime.cleanup());

  it('records who changed what, with the entity before the change, and bulk reads of patient data', async () => {
    const { id } = await call<{ id: string }>('patients.save', NEW_PATIENT_SAVE);
    await call('patients.save', { isNew: false, patient: { ...NEW_PATIENT_SAVE.patient, id, firstName: 'Adela' } });
    await call('dataset.export', {});
    const trail = await call<AuditEntryView[]>('audit.list', {});
    expect(trail.map((e) => [e.action, e.entity])).toEqual([
      ['patients.save', `patient ${id}`],
      ['patients.save', `patient ${id}`],
      ['dataset.export', 'the whole pharmacy'],
    ]);
    expect(trail[0]!.before).toBeUndefined();
    expect(trail[1]!.before).toMatchObject({ id, firstName: 'Ada' });
    expect(trail[0]!.after).toMatchObject({ id, firstName: 'Ada' });
    expect(trail[1]!.after).toMatchObject({ id, firstName: 'Adela' });
    expect(trail[2]).toMatchObject({ actor: runtime.context().actor, after: { patients: 2 } });
  });

  it('is append-only, and --verify finds an entry altered or removed with another SQLite tool', async () => {
    await call('dataset.export', {});
    await call('claims.drafts', { from: '2026-11-01', to: '2026-11-30' });
    expect(await call<AuditVerificationView>('audit.verify', {})).toMatchObject({ ok: true, problems: [] });
    runtime.close();
    const tool = new Database(runtime.databasePath);
    expect(() => tool.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrow(/append-only/);
    expect(() => tool.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    // Someone who drops the triggers can change the file; the chain still tells.
    tool.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete');
    tool.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE key = (SELECT min(key) FROM audit_log)`).run();
    tool.close();
    const verify = await cli(['audit', '--db', runtime.databasePath, '--verify', '--today', '2026-12-02']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/^audit: Entry 1 \(.*dataset\.export\) was altered after it was written\.$/m);
    const list = await cli(['audit', '--db', runtime.databasePath, '--json', '--today', '2026-12-02']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as AuditEntryView[])[0]).toMatchObject({ action: 'dataset.export', actor: 'someone else' });
  });

  it('notices an entry removed from the middle of the chain', async () => {
    await call('dataset.export', {});
    await call('dataset.export', {});
    await call('dataset.export', {});
    runtime.close();
    const tool = new Database(runtime.databasePath);
    tool.exec('DROP TRIGGER audit_log_append_only_delete');
    tool.prepare('DELETE FROM audit_log WHERE key = 2').run();
    tool.close();
    const verify = await cli(['audit', '--db', runtime.databasePath, '--verify']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('audit: Entries 2 to 2 were removed.');
  });

  it('backs up online to a checked, owner-only copy that opens with the same records, never over a file', async () => {
    const out = join(runtime.dir, 'copy.sqlite');
    let delivered = '';
    const view = await call<BackupView>(
      'database.backup',
      {},
      { deliverFile: (path: string) => (delivered = readFileSync(path).toString('latin1')) },
    );
    expect(view).toMatchObject({ integrity: 'ok', schemaVersion: readMigrations(migrationsFolder()).length });
    expect(delivered.startsWith('SQLite format 3')).toBe(true);
    const { code: backup } = await cli(['backup', '--db', runtime.databasePath, '--out', out, '--today', '2026-12-02']);
    expect(backup).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT id FROM patients').all()).toEqual([{ id: 'p1' }]);
    copy.close();
    const { code: again } = await cli(['backup', '--db', runtime.databasePath, '--out', out]);
    expect(again).toBe(1);
    expect(existsSync(join(runtime.dir, 'copy.sqlite'))).toBe(true);
    expect((await call<AuditEntryView[]>('audit.list', {})).filter((e) => e.action === 'database.backup')).toHaveLength(2);
  });
});
