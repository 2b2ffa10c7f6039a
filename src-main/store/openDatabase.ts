import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';
import { assertNotNewer, readMigrations, runMigrations } from './migrate';

export type Store = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedStore {
  store: Store;
  sqlite: Database.Database;
  path: string;
  appliedMigrations: string[];
  close(): void;
}

export interface OpenOptions {
  path: string;
  migrationsFolder: string;
  /** Create the file (and its folder) when missing. The desktop app and `demo`/`import` do; read verbs do not. */
  create?: boolean;
}

/**
 * The one place a Dripline database is opened: connection settings, version check and migrations.
 * Encryption at rest (a SQLCipher build keyed here) belongs in this function and nowhere else.
 */
export function openDatabase(options: OpenOptions): OpenedStore {
  const create = options.create ?? true;
  if (!create && !existsSync(options.path)) throw new Error(`No database at ${options.path}`);
  if (create) mkdirSync(dirname(options.path), { recursive: true });
  const sqlite = new Database(options.path, { fileMustExist: !create });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const migrations = readMigrations(options.migrationsFolder);
    // Refuse a newer file before anything (even the journal mode) is written to it.
    assertNotNewer(sqlite, migrations);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    const { applied } = runMigrations(sqlite, migrations);
    const store = drizzle(sqlite, { schema }) as Store;
    return { store, sqlite, path: options.path, appliedMigrations: applied, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
