import { readFileSync } from 'node:fs';

// The database key for the web host and the command line: a key file the admin keeps (readable by its owner
// only), named with --key-file or DRIPLINE_KEY_FILE. Its text, without the final line break, is the passphrase.

export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

export function readKeyFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyFileError(`${path} cannot be read${code === 'ENOENT' ? ': no such file' : ` (${code ?? String(error)})`}`);
  }
  const key = text.replace(/\r?\n$/, '');
  if (key.length === 0) throw new KeyFileError(`${path} is empty: a key file holds the database's passphrase`);
  return key;
}

/** The key file named by the flag, else by DRIPLINE_KEY_FILE; none means an unencrypted database. */
export function keyFrom(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const path = flag ?? env['DRIPLINE_KEY_FILE'];
  return path ? readKeyFile(path) : undefined;
}
