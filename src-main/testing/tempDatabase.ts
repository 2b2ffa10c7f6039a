import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frozenClock } from '../calendar/clock';
import { openRuntime, type Runtime } from '../app/runtime';

/** A real SQLite file in a fresh temp folder; `cleanup` closes it and removes the folder. */
export function tempFolder(prefix = 'dripline-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const TEST_TODAY = '2026-11-24';

export function tempRuntime(today = TEST_TODAY): Runtime & { dir: string; databasePath: string; cleanup: () => void } {
  const { dir, cleanup } = tempFolder();
  const databasePath = join(dir, 'dripline.sqlite');
  const runtime = openRuntime({ databasePath, clock: frozenClock(today) });
  return {
    ...runtime,
    dir,
    databasePath,
    cleanup: () => {
      runtime.close();
      cleanup();
    },
  };
}
