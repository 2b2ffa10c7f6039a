import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where migrations/ and resources/ live: the source checkout, the built out/ folder's parent, or the
// packaged app's resources (electron-builder copies both folders there; see package.json "build").
let cached: string | undefined;

export function appRoot(): string {
  if (cached) return cached;
  const fromEnv = process.env['DRIPLINE_APP_ROOT'];
  if (fromEnv) return (cached = fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'migrations'))) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'dripline') return (cached = dir);
    }
    dir = dirname(dir);
  }
  throw new Error('Cannot find the Dripline application folder (migrations/ and resources/).');
}

export function setAppRoot(root: string): void {
  cached = root;
}

export const migrationsFolder = (): string => join(appRoot(), 'migrations');
export const resourcesFolder = (): string => join(appRoot(), 'resources');
