import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Writes a whole file or nothing: into a temporary file beside the target (owner-only, since claim files hold
 * patient data), flushed to disk, then linked to its name, which must not exist yet (a claim file is never
 * overwritten), and the folder flushed. A reader sees no file or the complete one.
 */
export function writeNewFileAtomically(target: string, content: string | Buffer): void {
  const folder = dirname(target);
  const temporary = join(folder, `.${randomUUID()}.partial`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      // link fails when the target exists, where rename would silently replace it.
      linkSync(temporary, target);
      rmSync(temporary);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
      if (existsSync(target)) throw error;
      renameSync(temporary, target); // a file system without hard links
    }
    flushFolder(folder);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function flushFolder(folder: string): void {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
