// Is the built command (out/main/cli.js, written by `npm run build`) built from the checkout as it is now?
// cli.sources.json beside it names every source file it was built from with its modification time, and every
// package bundled into it with its version (cli.vite.config.ts writes it). The build is current when each of those
// files still has exactly that modification time and each package that version; a file edited, saved, touched,
// checked out or deleted since, or a package upgraded, makes it stale. A source that changed during the build
// leaves no manifest, and neither does a build under way: both count as stale. About 90 stat calls and 7 small
// package.json reads: a few milliseconds of the 0.13 s start.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built command's path when it is current, otherwise undefined (missing, stale or unreadable). */
export function currentBuiltCli(root, outDir = join(root, 'out', 'main')) {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, 'cli.sources.json'), 'utf8'));
    for (const [file, mtimeMs] of Object.entries(manifest.sources)) {
      if (statSync(join(root, file)).mtimeMs !== mtimeMs) return undefined;
    }
    for (const [folder, version] of Object.entries(manifest.packages)) {
      if (JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).version !== version) return undefined;
    }
    const entry = join(outDir, manifest.entry);
    return statSync(entry).isFile() ? entry : undefined;
  } catch {
    return undefined;
  }
}
