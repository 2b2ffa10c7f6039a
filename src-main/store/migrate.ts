import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

// Applies drizzle-kit's SQL migrations (migrations/meta/_journal.json) ourselves rather than with drizzle's
// migrator, so that the bookkeeping table, every statement and the schema version commit in ONE transaction
// (a failure leaves the file as it was) and so that a database from a newer build can be refused.

export interface Migration {
  tag: string;
  hash: string;
  statements: string[];
}

export class NewerDatabaseError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `This database was written by a newer version of Dripline (schema ${databaseVersion}; this version knows ${appVersion}). ` +
        'Install the newer Dripline to open it. The file was not changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

export class MigrationFailedError extends Error {
  constructor(
    readonly tag: string,
    cause: unknown,
  ) {
    super(
      `Migration ${tag} failed and was rolled back; the database file was not changed. ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'MigrationFailedError';
  }
}

export function readMigrations(migrationsFolder: string): Migration[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(join(migrationsFolder, `${entry.tag}.sql`), 'utf8');
      return {
        tag: entry.tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    });
}

/** The schema version is the count of applied migrations, kept in SQLite's user_version header field. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws NewerDatabaseError before anything is written when the file is ahead of this build. */
export function assertNotNewer(db: Database.Database, migrations: Migration[]): void {
  const version = schemaVersion(db);
  if (version > migrations.length) throw new NewerDatabaseError(version, migrations.length);
}

export function runMigrations(db: Database.Database, migrations: Migration[]): { applied: string[] } {
  assertNotNewer(db, migrations);
  const from = schemaVersion(db);
  const pending = migrations.slice(from);
  if (pending.length === 0) return { applied: [] };
  let current = '';
  const apply = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    pending.forEach((migration, i) => {
      current = migration.tag;
      for (const statement of migration.statements) db.exec(statement);
      db.prepare('INSERT INTO schema_migrations (version, tag, hash, applied_at) VALUES (?, ?, ?, ?)').run(
        from + i + 1,
        migration.tag,
        migration.hash,
        new Date().toISOString(),
      );
    });
    db.pragma(`user_version = ${from + pending.length}`);
  });
  try {
    // IMMEDIATE: take the write lock first, so a second app instance cannot interleave.
    apply.immediate();
  } catch (error) {
    throw new MigrationFailedError(current, error);
  }
  return { applied: pending.map((m) => m.tag) };
}
