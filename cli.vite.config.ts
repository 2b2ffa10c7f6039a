import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';

// The `dripline` command, built: out/main/cli.js, one self-contained ES module (only better-sqlite3, a native
// module, stays in node_modules). `npm run build` writes it beside the desktop app's main process (see
// electron.vite.config.ts), `npm run build:cli` alone; bin/dripline.mjs runs it while it is current.
//
// Bundling the dependencies matters for the start: Node resolves every file of an external drizzle-orm by reading
// its 180 kB package.json "exports" again, and zod and pdf-lib are hundreds of small files; bundled, `dripline
// --help` starts in about 0.14 s instead of 0.65 s.
//
// Beside it, cli.sources.json names what it was built from: each source file with its modification time and each
// bundled package with its version. bin/builtCli.mjs compares them with the checkout before running the build.

const root = dirname(fileURLToPath(import.meta.url));
export const CLI_ENTRY = 'cli.js';
export const CLI_SOURCES = 'cli.sources.json';

export interface CliSources {
  entry: string;
  /** path relative to the project folder, with `/` -> mtimeMs when the build read it */
  sources: Record<string, number>;
  /** package folder relative to the project folder -> version */
  packages: Record<string, string>;
}

const posix = (path: string): string => path.split(sep).join('/');

function packageFolder(file: string): string | undefined {
  const marker = `${sep}node_modules${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [first, second] = file.slice(at + marker.length).split(sep);
  return file.slice(0, at + marker.length) + (first?.startsWith('@') ? `${first}${sep}${second}` : first);
}

/** Writes cli.sources.json after the bundle, or no file at all when a source changed while it was being built. */
function sourcesManifest(): Plugin {
  let outDir = '';
  let startedAt = 0;
  let moduleIds: string[] = [];
  return {
    name: 'dripline-cli-sources',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      // Until the new manifest is written, bin/dripline.mjs runs the sources rather than a half-written build.
      const target = join(outDir, CLI_SOURCES);
      rmSync(target, { force: true });
      // The build's start on the clock that stamps the sources: the file system's.
      mkdirSync(outDir, { recursive: true });
      writeFileSync(`${target}.partial`, '');
      startedAt = statSync(`${target}.partial`).mtimeMs;
    },
    generateBundle() {
      moduleIds = [...this.getModuleIds()];
    },
    writeBundle() {
      const manifest: CliSources = { entry: CLI_ENTRY, sources: {}, packages: {} };
      const files = moduleIds.filter((id) => isAbsolute(id) && existsSync(id.split('?')[0]!)).map((id) => id.split('?')[0]!);
      for (const file of [...files, join(root, 'cli.vite.config.ts'), join(root, 'electron.vite.config.ts')]) {
        const folder = packageFolder(file);
        if (folder) {
          const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string }).version;
          manifest.packages[posix(relative(root, folder))] = version ?? '';
        } else {
          manifest.sources[posix(relative(root, file))] = statSync(file).mtimeMs;
        }
      }
      const target = join(outDir, CLI_SOURCES);
      if (Object.values(manifest.sources).some((mtimeMs) => mtimeMs > startedAt)) {
        rmSync(`${target}.partial`, { force: true });
        this.warn('a source file changed during the build: the dripline command keeps running from the sources until the next build');
        return;
      }
      const sorted = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
      const text = JSON.stringify({ ...manifest, sources: sorted(manifest.sources), packages: sorted(manifest.packages) }, null, 1);
      writeFileSync(`${target}.partial`, `${text}\n`);
      renameSync(`${target}.partial`, target);
    },
  };
}

export function cliBuildConfig(outDir = join(root, 'out', 'main')): InlineConfig {
  return {
    configFile: false,
    root,
    publicDir: false,
    plugins: [sourcesManifest()],
    ssr: { target: 'node', noExternal: true, external: ['better-sqlite3'] },
    build: {
      ssr: join(root, 'src-main', 'cli', 'main.ts'),
      outDir,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'es', entryFileNames: CLI_ENTRY } },
    },
  };
}

// `npm run build:cli` (vite build -c cli.vite.config.ts): the command alone, without the desktop app.
export default defineConfig(() => {
  const { configFile: _configFile, ...config } = cliBuildConfig();
  return config;
});
