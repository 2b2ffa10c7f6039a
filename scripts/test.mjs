// `npm test`: typecheck, lint, Electron security checks, unit and integration tests, build, end-to-end tests.
// Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Tests need Node.js 22 (this is ${process.version}); "npm test" runs the project's own Node 22.`);
  process.exit(1);
}

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['Electron security checks (Electronegativity)', process.execPath, [join(root, 'scripts', 'electronSecurity.mjs')]],
  ['unit and integration tests', bin('vitest'), ['run']],
  ['build', bin('electron-vite'), ['build', '--logLevel', 'warn']],
  ['end-to-end tests', process.execPath, [join(root, 'scripts', 'e2e.mjs')]],
];

for (const [label, command, args] of steps) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
