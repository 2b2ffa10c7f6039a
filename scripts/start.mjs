// `npm start`: build, then open the desktop app; where Electron's runtime cannot be obtained (an offline
// machine) or there is no display, say so in one line and serve the same app on loopback instead.
// `npm run start:web` goes straight to the web host. Extra arguments (--db PATH, --port N) pass through.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Dripline needs Node.js 22 (this is ${process.version}). Use "npm start", which runs the project's own Node 22.`);
  process.exit(1);
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    // electron's index.js resolves (and on a connected machine first downloads) the runtime.
    const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300_000,
    });
    return probe.status === 0 && probe.stdout ? probe.stdout : null;
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

const serveWeb = () => run(process.execPath, [join(root, 'out', 'main', 'serveWeb.js'), ...passThrough]);

if (webOnly) {
  serveWeb();
} else {
  const electron = electronBinary();
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (electron && hasDisplay) {
    run(electron, [root, ...passThrough]);
  } else {
    const why = electron ? 'there is no display here' : "Electron's runtime could not be downloaded (offline?)";
    console.log(`Dripline: the desktop window cannot open because ${why}; serving the same app in your browser instead.`);
    serveWeb();
  }
}
