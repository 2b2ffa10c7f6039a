import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type * as t from '../store/schema';
import type { DocumentCipher } from './documentCipher';

// Files attached to order documents (PY-3). They live in `<database>-documents/`, named only by a generated
// key and a fixed extension, so nothing the user typed (patient id, order id, file name) reaches the path.

type DocumentRow = typeof t.orderDocuments.$inferSelect;
type DocumentFields = Pick<DocumentRow, 'kind' | 'date' | 'reference'>;

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

export function documentsFolder(databasePath: string): string {
  return `${databasePath.replace(/\.(sqlite|db)$/i, '')}-documents`;
}

/** The absolute path of a stored document; refuses one that would resolve outside the documents folder. */
export function documentPath(databasePath: string, relativePath: string): string {
  const folder = resolve(documentsFolder(databasePath));
  const target = resolve(folder, relativePath);
  const inside = relative(folder, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new Error('A document path outside the documents folder was refused.');
  }
  return target;
}

// Known types by their first bytes; the extension is chosen from this list, never taken from the upload.
const SIGNATURES: [string, (b: Buffer) => boolean][] = [
  ['pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['jpg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['tif', (b) => ['49492a00', '4d4d002a'].includes(b.subarray(0, 4).toString('hex'))],
];

export function documentExtension(bytes: Buffer): string {
  return SIGNATURES.find(([, matches]) => matches(bytes))?.[0] ?? 'bin';
}

/** Creates the documents folder owner-only, or tightens one made before that rule. */
export function ensureDocumentsFolder(databasePath: string): string {
  const folder = resolve(documentsFolder(databasePath));
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER });
  tighten(folder, PRIVATE_FOLDER);
  return folder;
}

/** On open: a documents folder from before this rule is made owner-only, with every file in it. */
export function tightenDocumentsFolder(databasePath: string): void {
  const folder = resolve(documentsFolder(databasePath));
  if (process.platform === 'win32' || !existsSync(folder) || (statSync(folder).mode & 0o777) === PRIVATE_FOLDER) return;
  try {
    // Dirents describe the entry itself, so a symbolic link is neither a file nor a folder here and is left alone.
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isDirectory()) tighten(path, PRIVATE_FOLDER);
      else if (entry.isFile()) tighten(path, PRIVATE_FILE);
    }
  } finally {
    tighten(folder, PRIVATE_FOLDER); // the folder's own mode is what keeps others out, even if a file above failed
  }
}

function tighten(path: string, mode: number): void {
  if (process.platform === 'win32') return; // POSIX modes do not apply; the profile folder's ACL does
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error; // another user's file: only its owner can
  }
}

/**
 * Writes the bytes owner-only under a temp name in the documents folder, then renames them to
 * `<uuid>.<ext>`, so a crash never leaves a half-written document under its final name.
 */
export function writeDocumentFile(
  databasePath: string,
  bytes: Buffer,
  cipher: DocumentCipher | null = null,
): { relative: string; absolute: string } {
  ensureDocumentsFolder(databasePath);
  // An encrypted database's documents are sealed (documentCipher.ts) and marked `.enc`.
  const name = `${randomUUID()}.${documentExtension(bytes)}${cipher ? '.enc' : ''}`;
  const absolute = documentPath(databasePath, name);
  const temp = documentPath(databasePath, `.${randomUUID()}.partial`);
  try {
    writeFileSync(temp, cipher ? cipher.seal(bytes) : bytes, { flag: 'wx', mode: PRIVATE_FILE, flush: true });
    renameSync(temp, absolute);
  } catch (error) {
    rmSync(temp, { force: true });
    // The message reaches the page: name the failure, not the folder's path.
    throw new Error(`The file could not be saved in the documents folder (${(error as NodeJS.ErrnoException).code ?? 'write failed'}).`);
  }
  return { relative: name, absolute };
}

export function removeDocumentFile(absolute: string): void {
  try {
    rmSync(absolute, { force: true });
  } catch {
    // Best effort: the caller is already reporting the failure that made this file an orphan.
  }
}

/** A document of the order whose attached file has exactly these bytes, if any. */
export function documentWithSameFile(
  databasePath: string,
  rows: DocumentRow[],
  bytes: Buffer,
  cipher: DocumentCipher | null = null,
): DocumentRow | undefined {
  return rows.find((row) => {
    if (row.filePath === null) return false;
    try {
      const path = documentPath(databasePath, row.filePath);
      if (!existsSync(path)) return false;
      if (row.filePath.endsWith('.enc')) return cipher !== null && cipher.open(readFileSync(path)).equals(bytes);
      return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
    } catch {
      return false; // a row whose file is gone or unreadable is not the same file
    }
  });
}

export const sameDocument = (a: DocumentFields, b: DocumentFields): boolean =>
  a.kind === b.kind && a.date === b.date && a.reference === b.reference;

export function describeDocument(order: string, doc: DocumentFields): string {
  return `This document is already attached to order ${order}: ${doc.kind.replace(/-/g, ' ')} dated ${doc.date}, reference ${doc.reference}`;
}
