import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import * as schema from './schema';
import { assertNotNewer, readMigrations, runMigrations, schemaVersion } from './migrate';

export type Store = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedStore {
  store: Store;
  sqlite: Database.Database;
  path: string;
  appliedMigrations: string[];
  /** Whether the file is encrypted (SQLCipher): its backups are made encrypted with the same key. */
  encrypted: boolean;
  /** Keys another connection (a backup being checked) as this one is keyed; nothing for a plain file. */
  keyLike(other: Database.Database): void;
  close(): void;
}

/** The database is encrypted and no key, or the wrong one, was given: nothing was read or written. */
export class DatabaseKeyError extends Error {
  constructor(readonly reason: 'missing' | 'wrong') {
    super(
      reason === 'missing'
        ? 'This database is encrypted and no key was given: pass its key file with --key-file FILE (or DRIPLINE_KEY_FILE).'
        : 'The key is wrong for this database (or the file is not a Dripline database): nothing was read or changed.',
    );
    this.name = 'DatabaseKeyError';
  }
}

export interface OpenOptions {
  path: string;
  migrationsFolder: string;
  /** Create the file (and its folder) when missing. The desktop app and `demo`/`import` do; read verbs do not. */
  create?: boolean;
  /** SQLCipher key (a passphrase): a new file is created encrypted with it, an existing one must open with it. */
  key?: string | undefined;
}

/** Keys the connection (SQLCipher, as SQLite3 Multiple Ciphers provides it), before anything else reads the file. */
function applyKey(sqlite: Database.Database, key: string): void {
  sqlite.pragma(`cipher = 'sqlcipher'`);
  sqlite.pragma(`key = '${key.replaceAll("'", "''")}'`);
}

/** The first read tells a wrong or missing key: SQLite then sees no database in the file. */
function assertReadable(sqlite: Database.Database, keyed: boolean): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(keyed ? 'wrong' : 'missing');
    throw error;
  }
}

/**
 * The one place a Dripline database is opened: the key (encryption at rest, SQLCipher), connection settings,
 * version check and migrations.
 */
export function openDatabase(options: OpenOptions): OpenedStore {
  const create = options.create ?? true;
  if (!create && !existsSync(options.path)) throw new Error(`No database at ${options.path}`);
  if (create) {
    // Folders made here (the user data folder) and a new database file are the owner's alone.
    mkdirSync(dirname(options.path), { recursive: true, mode: PRIVATE_FOLDER });
    createPrivateFile(options.path);
  }
  tightenFile(options.path);
  const sqlite = new Database(options.path, { fileMustExist: !create });
  try {
    if (options.key !== undefined) applyKey(sqlite, options.key);
    assertReadable(sqlite, options.key !== undefined);
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const migrations = readMigrations(options.migrationsFolder);
    // Refuse a newer file before anything (even the journal mode) is written to it.
    assertNotNewer(sqlite, migrations);
    sqlite.pragma('journal_mode = WAL');
    // SQLite gives -wal/-shm the database file's mode; older ones made before the rule are tightened too.
    for (const suffix of ['-wal', '-shm']) tightenFile(options.path + suffix);
    sqlite.pragma('synchronous = NORMAL');
    // A database with data that is about to be migrated is copied first, so an upgrade can always be undone.
    const version = schemaVersion(sqlite);
    if (version > 0 && version < migrations.length) copyBeforeMigration(sqlite, options.path, version);
    const { applied } = runMigrations(sqlite, migrations);
    const store = drizzle(sqlite, { schema }) as Store;
    return {
      store,
      sqlite,
      path: options.path,
      appliedMigrations: applied,
      encrypted: options.key !== undefined,
      keyLike: (other) => {
        if (options.key !== undefined) applyKey(other, options.key);
      },
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** Creates the file empty and owner-only if missing, so SQLite never makes it with the default mode. */
function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Makes an existing file owner-only (readable and writable); absent files and Windows are left as they are. */
function tightenFile(path: string, mode = PRIVATE_FILE): void {
  if (process.platform === 'win32' || !existsSync(path)) return; // POSIX modes do not apply there
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error; // another user's file: only its owner can
  }
}

/** Where copies made before a migration go: `<database>-backups/`, owner-only, named by the schema version. */
export function backupsFolder(databasePath: string): string {
  return `${databasePath.replace(/\.(sqlite|db)$/i, '')}-backups`;
}

/**
 * VACUUM INTO: a consistent copy in the same key as the database (an encrypted one stays encrypted), made before
 * the migration's transaction; a copy that cannot be made stops the upgrade, the file untouched.
 */
function copyBeforeMigration(sqlite: Database.Database, path: string, version: number): void {
  const folder = backupsFolder(path);
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  tightenFile(folder, PRIVATE_FOLDER);
  // Named by the schema it holds and a generated key; the file's own time says when it was made.
  const copy = join(folder, `before-migration-from-schema-${version}-${randomUUID()}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(copy);
  tightenFile(copy);
}
