import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsFolder, openDatabase } from './openDatabase';
import { MigrationFailedError, NewerDatabaseError, readMigrations, schemaVersion } from './migrate';
import { migrationsFolder } from '../paths/appRoot';
import { freshFolders } from '../testing/runtimeFixtures';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('migrations at startup', () => {
  const freshFolder = freshFolders();

  it('creates every table on an empty file, in WAL mode with foreign keys on, and records the version', () => {
    const dir = freshFolder();
    const opened = openDatabase({ path: join(dir, 'a.sqlite'), migrationsFolder: migrationsFolder() });
    const known = readMigrations(migrationsFolder()).length;
    expect(opened.appliedMigrations).toHaveLength(known);
    expect(schemaVersion(opened.sqlite)).toBe(known);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['patients', 'therapy_orders', 'payer_fees', 'schema_migrations']));
    opened.close();
  });

  it('applies nothing the second time', () => {
    const dir = freshFolder();
    const path = join(dir, 'a.sqlite');
    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    const again = openDatabase({ path, migrationsFolder: migrationsFolder() });
    expect(again.appliedMigrations).toEqual([]);
    again.close();
  });

  it('refuses a database written by a newer version and leaves its bytes as they were', () => {
    const dir = freshFolder();
    const path = join(dir, 'newer.sqlite');
    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    const before = sha256(path);
    expect(() => openDatabase({ path, migrationsFolder: migrationsFolder() })).toThrow(NewerDatabaseError);
    expect(() => openDatabase({ path, migrationsFolder: migrationsFolder() })).toThrow(/newer version of Dripline/);
    expect(sha256(path)).toBe(before);
  });

  it('rolls a failing migration back completely: the file stays byte-identical', () => {
    const dir = freshFolder();
    const path = join(dir, 'old.sqlite');
    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    const seeded = new Database(path);
    seeded.prepare("INSERT INTO prescribers (id, npi, first_name, last_name) VALUES ('dr', '1543278968', 'A', 'B')").run();
    seeded.close();
    const before = sha256(path);

    // A next build whose new migration creates a table, alters another, then fails half-way.
    const next = join(dir, 'migrations-next');
    cpSync(migrationsFolder(), next, { recursive: true });
    const journalPath = join(next, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
    const idx = journal.entries.length;
    journal.entries.push({ ...journal.entries[0]!, idx, tag: `${String(idx).padStart(4, '0')}_broken` });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(
      join(next, `${String(idx).padStart(4, '0')}_broken.sql`),
      'CREATE TABLE added (x integer);\n--> statement-breakpoint\nALTER TABLE prescribers ADD COLUMN nickname text;\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);',
    );

    expect(() => openDatabase({ path, migrationsFolder: next })).toThrow(MigrationFailedError);
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'added'").pluck().get()).toBe(0);
    expect(check.prepare('SELECT first_name FROM prescribers').pluck().get()).toBe('A');
    check.close();
  });

  it('copies a database with data before migrating it, and the copy opens at the old schema with the same records', () => {
    const dir = freshFolder();
    const path = join(dir, 'upgrade.sqlite');
    // The build before this one: every migration but the last.
    const previous = join(dir, 'migrations-previous');
    cpSync(migrationsFolder(), previous, { recursive: true });
    const journalPath = join(previous, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
    journal.entries.pop();
    writeFileSync(journalPath, JSON.stringify(journal));
    openDatabase({ path, migrationsFolder: previous }).close();
    const seeded = new Database(path);
    seeded.prepare("INSERT INTO prescribers (id, npi, first_name, last_name) VALUES ('dr', '1543278968', 'A', 'B')").run();
    seeded.close();
    expect(existsSync(backupsFolder(path))).toBe(false);

    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    const copies = readdirSync(backupsFolder(path));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^before-migration-from-schema-${journal.entries.length}-[0-9a-f-]{36}\\.sqlite$`));
    const copy = new Database(join(backupsFolder(path), copies[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(journal.entries.length);
    expect(copy.prepare('SELECT first_name FROM prescribers').pluck().get()).toBe('A');
    copy.close();
    // Opening again migrates nothing and copies nothing.
    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    expect(readdirSync(backupsFolder(path))).toHaveLength(1);
  });

  it('does not create a file when asked to open one that does not exist without create', () => {
    const dir = freshFolder();
    const path = join(dir, 'missing.sqlite');
    expect(() => openDatabase({ path, migrationsFolder: migrationsFolder(), create: false })).toThrow(/No database/);
    expect(existsSync(path)).toBe(false);
  });
});
