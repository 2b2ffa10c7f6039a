import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The dependency direction of eslint.config.js, shown on snippets linted as if they lived at a given path: the
// pure code imports nothing from the store, the features, the faces, Node or Electron; only the faces import the
// channel table and its contract; the page reaches the main process only through that contract.

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages for `code` placed at `filePath`. */
async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src-main/billing/x.ts', "import { openDatabase } from '../store/openDatabase';"],
    ['src-main/billing/x.ts', "import Database from 'better-sqlite3';"],
    ['src-main/x12/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src-main/calendar/x.ts', "import { readFileSync } from 'fs';"],
    ['src-main/schedule/x.ts', "import { ipcMain } from 'electron';"],
    ['src-main/identifiers/x.ts', "import { eq } from 'drizzle-orm';"],
    ['src-main/vocabulary/x.ts', "import { execFileSync } from 'node:child_process';"],
    ['src-main/billing/x.ts', "import { getPatient } from '../patients/patientQueries';"],
    ['src-main/x12/x.ts', "import { claimDrafts } from '../claims/claimService';"],
    ['src-main/claims/assembly/x.ts', "import { claimSettings } from '../claimSettings';"],
    ['src-main/claims/assembly/x.ts', "import * as t from '../../store/schema';"],
  ])('pure code: %s may not run %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toEqual([expect.stringContaining('Pure code')]);
  });

  it.each([
    ['src-main/billing/x.ts', "import { addDays } from '../calendar/calendarDate';"],
    ['src-main/billing/x.ts', "import { DOCUMENT_KINDS } from '../vocabulary';"],
    ['src-main/x12/x.ts', "import type { ClaimDraftView } from '../claims/assembly/claimDraft';"],
    ['src-main/claims/assembly/x.ts', "import { resolveProfile } from '../../billing/payerProfile';"],
    ['src-main/claims/assembly/x.ts', "import { z } from 'zod';"],
    // A test of pure code may run it end to end through a database.
    ['src-main/billing/x.test.ts', "import { tempRuntime } from '../testing/tempDatabase';"],
  ])('pure code: %s may run %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toEqual([]);
  });

  it.each([
    ['src-main/patients/x.ts', "import type { PatientDetail } from '../ipc/contract/records';"],
    ['src-main/claims/x.ts', "import { channels } from '../ipc/contract/channels';"],
    ['src-main/store/x.ts', "import { RefusedError } from '../ipc/errors';"],
    ['src-main/billing/x.ts', "export type { IpcResult } from '../ipc/contract/result';"],
    ['src-main/lines/x.test.ts', "import type { LinesView } from '../ipc/contract/records';"],
  ])('features: %s may not run %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toEqual([expect.stringContaining('Only the faces')]);
  });

  it.each([
    ['src-main/cli/x.ts', "import { channels } from '../ipc/contract/channels';"],
    ['src-main/web/x.ts', "import type { IpcResult } from '../ipc/contract/result';"],
    ['src-main/app/runtime.ts', "import { createChannelTable } from '../ipc/handlers';"],
    ['src-main/patients/x.ts', "import { InvalidInputError, type PatientDetail } from '../vocabulary';"],
    ['src-renderer/src/x.ts', "import type { PatientDetail } from '../../src-main/ipc/contract/records';"],
    ['src-renderer/src/x.ts', "import { THERAPIES } from '../../src-main/vocabulary';"],
  ])('faces and features: %s may run %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toEqual([]);
  });

  it.each([
    ['src-renderer/src/x.ts', "import { openDatabase } from '../../src-main/store/openDatabase';"],
    ['src-renderer/src/x.ts', "import { createChannelTable } from '../../src-main/ipc/handlers';"],
    ['src-renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
  ])('the page: %s may not run %s', async (filePath, code) => {
    expect(await crossings(filePath, code)).toHaveLength(1);
  });

  it('schemas shared with the page stay off the store', async () => {
    expect(await crossings('src-main/patients/intakeInputs.ts', "import * as t from '../store/schema';")).toEqual([
      expect.stringContaining('shared with the page'),
    ]);
    expect(await crossings('src-main/patients/intakeInputs.ts', "import { calendarDate } from '../dataset/datasetSchema';")).toEqual([]);
  });
});
