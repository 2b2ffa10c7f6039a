#!/usr/bin/env node
// `npx dripline ...`: runs the TypeScript command from this checkout through tsx.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  // better-sqlite3 13 needs Node-API 10 (Node 22); under npx/npm the project's own Node 22 is first on PATH.
  console.error(`dripline: needs Node.js 22 or newer (this is ${process.version}); run it as "npx dripline" from the project folder.`);
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
await import(new URL('../src-main/cli/main.ts', import.meta.url).href);
