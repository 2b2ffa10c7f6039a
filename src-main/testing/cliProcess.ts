import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../cli/dripline';
import { appRoot } from '../paths/appRoot';
import { idsaInNovember } from './datasetBuilders';

/** The real command in its own process (Node 22, tsx), as a user runs it: its exit code and what it wrote to stderr. */
export function cliProcess(argv: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(appRoot(), 'bin', 'dripline.mjs'), ...argv], { cwd: appRoot() });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

/**
 * The command in this test's process, through runCli: its exit code and what it wrote. Awaited, because a verb may
 * finish later (`backup` copies the database online). Without `env`, runCli reads process.env, as the command does.
 */
export async function runInProcess(
  argv: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

/** The IDSA patient's November written to `dir`/november.json, for `dripline import`: the file's path. */
export function novemberDatasetFile(dir: string): string {
  const file = join(dir, 'november.json');
  writeFileSync(file, JSON.stringify(idsaInNovember()));
  return file;
}

/** What the command's audit trail says of its calls (HIPAA 164.312(b)): channel, actor and face, oldest first. */
export function auditedCalls(db: string): unknown[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare('SELECT channel, actor, face FROM audit_log ORDER BY key').all();
  } finally {
    sqlite.close();
  }
}
