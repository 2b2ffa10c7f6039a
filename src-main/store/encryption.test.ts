import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/tempDatabase';
import { runInProcess } from '../testing/cliProcess';
import { migrationsFolder } from '../paths/appRoot';
import { DatabaseKeyError, openDatabase } from './openDatabase';
import { openRuntime } from '../app/runtime';
import { frozenClock } from '../calendar/clock';
import { documentsFolder } from '../patients/documentStore';
import { idsaInNovember, importInto } from '../testing/datasetBuilders';

// Encryption at rest (SQLCipher through SQLite3 Multiple Ciphers): a keyed database is noise without its key,
// refuses a missing or wrong key with a clear message, and its backups are encrypted with the same key.

const head = (path: string) => readFileSync(path).subarray(0, 16).toString('latin1');

const cli = (argv: string[]) => runInProcess(argv, {});

describe('encrypted database', () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  let keyFile: string;
  let wrongKey: string;
  beforeEach(() => {
    folder = tempFolder();
    db = join(folder.dir, 'pharmacy.sqlite');
    keyFile = join(folder.dir, 'key.txt');
    wrongKey = join(folder.dir, 'wrong.txt');
    writeFileSync(keyFile, 'correct horse battery staple\n', { mode: 0o600 });
    writeFileSync(wrongKey, 'tr0ub4dor&3\n', { mode: 0o600 });
  });
  afterEach(() => folder.cleanup());

  it('is created encrypted with its key, and opens only with it', () => {
    const opened = openDatabase({ path: db, migrationsFolder: migrationsFolder(), key: 'k1' });
    opened.sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('probe', 'PLAINTEXT-MARKER')`).run();
    opened.close();
    expect(head(db)).not.toBe('SQLite format 3\0');
    expect(readFileSync(db).includes('PLAINTEXT-MARKER')).toBe(false);
    expect(() => openDatabase({ path: db, migrationsFolder: migrationsFolder(), create: false })).toThrow(DatabaseKeyError);
    expect(() => openDatabase({ path: db, migrationsFolder: migrationsFolder(), create: false, key: 'k2' })).toThrow(/key is wrong/);
    const again = openDatabase({ path: db, migrationsFolder: migrationsFolder(), create: false, key: 'k1' });
    expect(again.sqlite.prepare(`SELECT value FROM settings WHERE key = 'probe'`).get()).toEqual({ value: 'PLAINTEXT-MARKER' });
    again.close();
  });

  it('seals attached documents of an encrypted database: no readable header, the same file still recognized', async () => {
    const runtime = openRuntime({ databasePath: db, clock: frozenClock('2026-12-02'), key: 'k1' });
    try {
      importInto(runtime, idsaInNovember());
      const pdf = Buffer.from('%PDF-1.4 medication order for Jane Doe');
      const add = (reference: string) =>
        runtime.table.dispatch('documents.add', {
          patientId: 'p1',
          order: 'mero',
          kind: 'medication-order',
          date: '2026-11-10',
          reference,
          file: { name: 'rx.pdf', contentBase64: pdf.toString('base64') },
        });
      const first = await add('RX-9');
      if (!first.ok) throw new Error(first.error.message);
      const file = (first.value as { file: string }).file;
      expect(file).toMatch(/^[0-9a-f-]{36}\.pdf\.enc$/);
      const stored = readFileSync(join(documentsFolder(db), file));
      expect(stored.subarray(0, 16).toString('latin1')).not.toMatch(/PDF|Jane/);
      expect(stored.includes('Jane Doe')).toBe(false);
      expect(await add('RX-10')).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'file.contentBase64' }] } });
    } finally {
      runtime.close();
    }
  });

  it('the command line takes the key from --key-file, says when it is missing or wrong, and backs up encrypted', async () => {
    expect((await cli(['demo', '--db', db, '--key-file', keyFile, '--today', '2026-12-02'])).code).toBe(0);
    expect(head(db)).not.toBe('SQLite format 3\0');
    const missing = await cli(['ledger', '--db', db, '--json']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/^--key-file: This database is encrypted and no key was given/);
    const wrong = await cli(['ledger', '--db', db, '--json', '--key-file', wrongKey]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^--key-file: The key is wrong for this database/);
    const noFile = await cli(['ledger', '--db', db, '--json', '--key-file', join(folder.dir, 'nope.txt')]);
    expect(noFile.stderr).toMatch(/^--key-file: .*nope\.txt cannot be read: no such file/);
    const backup = join(folder.dir, 'backup.sqlite');
    expect((await cli(['backup', '--db', db, '--out', backup, '--key-file', keyFile])).code).toBe(0);
    expect(head(backup)).not.toBe('SQLite format 3\0');
    const fromBackup = await cli(['export', '--db', backup, '--key-file', keyFile]);
    expect(fromBackup.code).toBe(0);
    expect((JSON.parse(fromBackup.stdout) as { patients: unknown[] }).patients).toHaveLength(10);
    expect((await cli(['export', '--db', backup])).code).toBe(1);
  });
});
