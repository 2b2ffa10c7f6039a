import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frozenClock } from '../calendar/clock';
import { backupsFolder } from '../store/openDatabase';
import { tempFolder } from '../testing/tempDatabase';
import { openRuntime } from './runtime';

// The app's faces keep one copy a day in <database>-backups/, the newest N of them.

describe('daily backups', () => {
  let folder: ReturnType<typeof tempFolder>;
  let db: string;
  beforeEach(() => {
    folder = tempFolder();
    db = join(folder.dir, 'pharmacy.sqlite');
  });
  afterEach(() => folder.cleanup());
  const open = (today: string, face: 'web' | 'cli' = 'web') => openRuntime({ databasePath: db, clock: frozenClock(today), face }).close();
  const daily = () =>
    readdirSync(backupsFolder(db))
      .filter((n) => n.startsWith('daily-'))
      .sort();

  it('makes one copy a day when the app opens, none from the command line, and keeps the newest 14', () => {
    open('2026-12-01', 'cli');
    open('2026-12-01');
    open('2026-12-01');
    expect(daily()).toHaveLength(1);
    expect(daily()[0]).toMatch(/^daily-2026-12-01-[0-9a-f-]{36}\.sqlite$/);
    const copy = new Database(join(backupsFolder(db), daily()[0]!), { readonly: true });
    expect(copy.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'patients'").pluck().get()).toBe(1);
    copy.close();
    for (let day = 2; day <= 20; day++) open(`2026-12-${String(day).padStart(2, '0')}`);
    expect(daily()).toHaveLength(14);
    expect(daily()[0]).toMatch(/^daily-2026-12-07-/);
    expect(daily().at(-1)).toMatch(/^daily-2026-12-20-/);
  });

  it('keeps the number the admin set, and never touches other files in the folder', () => {
    open('2026-12-01');
    const sqlite = new Database(db);
    sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('backups.keep', '2')`).run();
    sqlite.close();
    writeFileSync(join(backupsFolder(db), 'my-own-copy.sqlite'), 'kept');
    for (const day of ['02', '03', '04']) open(`2026-12-${day}`);
    expect(daily().map((n) => n.slice(6, 16))).toEqual(['2026-12-03', '2026-12-04']);
    expect(readdirSync(backupsFolder(db))).toContain('my-own-copy.sqlite');
  });
});
