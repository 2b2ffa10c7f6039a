import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { CalendarDate } from '../calendar/calendarDate';
import { backupsFolder, type OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';

// The app's own backups: when the desktop app or the web host opens the database on a day without one, a
// consistent copy (VACUUM INTO, in the database's key) goes into `<database>-backups/`; the newest N are kept
// (setting `backups.keep`, 14 unless the admin sets another number).

export const DEFAULT_KEEP = 14;
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})-[0-9a-f-]{36}\.sqlite$/;

export function backupsToKeep(opened: OpenedStore): number {
  const row = opened.store.select({ value: t.settings.value }).from(t.settings).where(eq(t.settings.key, 'backups.keep')).get();
  const keep = row ? Number(row.value) : DEFAULT_KEEP;
  return Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_KEEP;
}

/** Makes today's copy unless there is one, then removes the oldest daily copies beyond the number to keep. */
export function dailyBackup(opened: OpenedStore, today: CalendarDate): { made: string | null; removed: string[] } {
  const folder = backupsFolder(opened.path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const daily = () =>
    readdirSync(folder)
      .filter((name) => DAILY.test(name))
      .sort();
  let made: string | null = null;
  if (!daily().some((name) => name.startsWith(`daily-${today}-`))) {
    made = `daily-${today}-${randomUUID()}.sqlite`;
    opened.sqlite.prepare('VACUUM INTO ?').run(join(folder, made));
    if (process.platform !== 'win32') chmodSync(join(folder, made), 0o600);
  }
  const all = daily();
  const removed = all.slice(0, Math.max(0, all.length - backupsToKeep(opened)));
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return { made, removed };
}
