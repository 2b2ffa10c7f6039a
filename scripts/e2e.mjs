// The end-to-end tests drive the built app: the Electron app when its runtime is present (under Xvfb when
// there is no display), otherwise Debian's chromium against the web host. The same tests run either way.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8' });
const electron = probe.status === 0 && probe.stdout && existsSync(probe.stdout) ? probe.stdout : null;
const needsXvfb = process.platform === 'linux' && !process.env.DISPLAY;
const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).stdout.trim();

let shell = process.env.DRIPLINE_E2E_SHELL;
if (!shell) shell = electron && (!needsXvfb || xvfb) ? 'electron' : 'web';
if (shell === 'web' && !existsSync(process.env.DRIPLINE_CHROMIUM ?? '/usr/bin/chromium')) {
  console.error('End-to-end tests need Debian chromium at /usr/bin/chromium (apt-get install -y chromium), or an Electron runtime.');
  process.exit(1);
}
console.log(`end-to-end shell: ${shell === 'electron' ? `Electron (${electron})` : 'web host + Debian chromium'}`);

const playwright = join(root, 'node_modules', '.bin', 'playwright');
const args = ['test', ...process.argv.slice(2)];
const env = { ...process.env, DRIPLINE_E2E_SHELL: shell };
const result =
  shell === 'electron' && needsXvfb
    ? spawnSync(xvfb, ['-a', playwright, ...args], { cwd: root, stdio: 'inherit', env })
    : spawnSync(playwright, args, { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
