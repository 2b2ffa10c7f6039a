import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './openDatabase';
import { migrationsFolder } from '../paths/appRoot';
import { freshFolders } from '../testing/runtimeFixtures';
import { openRuntime } from '../app/runtime';
import { frozenClock } from '../calendar/clock';
import { documentsFolder } from '../patients/documentStore';

// Patient data on disk is the owner's alone: database, its WAL files, the folder made for it, documents.

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('owner-only files', () => {
  const freshFolder = freshFolders();

  it('creates the database, its -wal and -shm files 0600 and the folders it makes 0700', () => {
    const dir = freshFolder();
    const path = join(dir, 'user-data', 'Dripline', 'dripline.sqlite');
    const opened = openDatabase({ path, migrationsFolder: migrationsFolder() });
    try {
      expect(modeOf(join(dir, 'user-data'))).toBe(0o700);
      expect(modeOf(join(dir, 'user-data', 'Dripline'))).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file)).toBe(0o600);
    } finally {
      opened.close();
    }
  });

  it('tightens an existing database and its WAL files that were readable by others', () => {
    const dir = freshFolder();
    const path = join(dir, 'dripline.sqlite');
    openDatabase({ path, migrationsFolder: migrationsFolder() }).close();
    // Another connection keeps the -wal and -shm files in place while their modes are loosened.
    const holder = new Database(path);
    try {
      holder.prepare('SELECT count(*) FROM patients').get();
      for (const file of [path, `${path}-wal`, `${path}-shm`]) chmodSync(file, 0o644);
      const opened = openDatabase({ path, migrationsFolder: migrationsFolder(), create: false });
      opened.close();
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file)).toBe(0o600);
    } finally {
      holder.close();
    }
  });

  it('makes a documents folder from before the rule owner-only, with every file and folder in it', () => {
    const dir = freshFolder();
    const databasePath = join(dir, 'dripline.sqlite');
    const folder = documentsFolder(databasePath);
    mkdirSync(join(folder, 'p1', 'mero'), { recursive: true, mode: 0o755 });
    chmodSync(folder, 0o755);
    writeFileSync(join(folder, 'p1', 'mero', 'old.pdf'), '%PDF-1.4', { mode: 0o644 });
    chmodSync(join(folder, 'p1', 'mero', 'old.pdf'), 0o644);
    openRuntime({ databasePath, clock: frozenClock('2026-11-24') }).close();
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(join(folder, 'p1'))).toBe(0o700);
    expect(modeOf(join(folder, 'p1', 'mero', 'old.pdf'))).toBe(0o600);
  });
});
