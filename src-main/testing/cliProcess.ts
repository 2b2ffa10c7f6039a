import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { appRoot } from '../paths/appRoot';

/** The real command in its own process (Node 22, tsx), as a user runs it: its exit code and what it wrote to stderr. */
export function cliProcess(argv: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(appRoot(), 'bin', 'dripline.mjs'), ...argv], { cwd: appRoot() });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}
