import { randomUUID } from 'node:crypto';
import { chmodSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { OpenedStore } from '../store/openDatabase';
import type { BackupView } from '../vocabulary';

// An online, consistent copy of the database through SQLite's backup API (VACUUM INTO for an encrypted one, in
// the same key), taken while the app may be writing:
// made beside the database under a generated name (owner-only: it holds patient data), opened and checked
// (integrity_check) before it is handed to the face that asked for it, then removed from there.

export class BackupCheckError extends Error {
  constructor(detail: string) {
    super(`The backup copy failed its integrity check (${detail}); nothing was written.`);
    this.name = 'BackupCheckError';
  }
}

export async function backupDatabase(opened: OpenedStore, deliver: (copyPath: string) => void): Promise<BackupView> {
  const copy = join(dirname(opened.path), `.backup-${randomUUID()}.sqlite`);
  try {
    // SQLCipher refuses the backup API between a keyed and a new file; VACUUM INTO makes the same consistent
    // online copy, encrypted with the database's own key.
    if (opened.encrypted) opened.sqlite.prepare('VACUUM INTO ?').run(copy);
    else await opened.sqlite.backup(copy);
    chmodSync(copy, 0o600);
    const check = new Database(copy, { readonly: true, fileMustExist: true });
    opened.keyLike(check);
    let integrity: unknown;
    let schemaVersion: number;
    try {
      integrity = check.pragma('integrity_check', { simple: true });
      schemaVersion = Number(check.pragma('user_version', { simple: true }));
    } finally {
      check.close();
    }
    if (integrity !== 'ok') throw new BackupCheckError(String(integrity));
    const bytes = statSync(copy).size;
    deliver(copy);
    return { bytes, schemaVersion, integrity: 'ok' };
  } finally {
    // The check's connection may leave the copy's journal files: none of them stays beside the database.
    for (const file of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(file, { force: true });
  }
}
