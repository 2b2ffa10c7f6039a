// better-sqlite3 13 carries a Node-API 10 binary: under Node 20 it crashes the process on first open.
// `npm test` runs on the project's Node 22 (node_modules/.bin/node); a direct `vitest` call may not.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  throw new Error(
    `Tests need Node.js 22 (this is ${process.version}). Run them with "npm test" or "npx vitest", not node_modules/.bin/vitest.`,
  );
}
