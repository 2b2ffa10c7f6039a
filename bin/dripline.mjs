#!/usr/bin/env node
// `npx dripline ...`: runs out/main/cli.js, the command built by `npm run build` (which `npm test` and `npm start`
// run too), when it is current with the sources (bin/builtCli.mjs); otherwise, on a fresh clone or after an edit
// since the last build, the TypeScript sources through tsx: the same command, slower to start (about 1.5 s against
// 0.15 s), never older than the checkout. Which one ran is not printed: stdout and stderr belong to the command.
import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBuiltCli } from './builtCli.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  // better-sqlite3 13 needs Node-API 10 (Node 22); under npx/npm the project's own Node 22 is first on PATH.
  console.error(`dripline: needs Node.js 22 or newer (this is ${process.version}); run it as "npx dripline" from the project folder.`);
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = currentBuiltCli(root);
if (built) {
  nodeModule.enableCompileCache?.(); // V8's compiled code for the bundle, kept in the system's temp folder
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src-main', 'cli', 'main.ts')).href);
}
