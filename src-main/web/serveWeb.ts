import { join } from 'node:path';
import { clockFor } from '../calendar/clock';
import { databasePathFromArgs, userDataFolder } from '../app/databasePath';
import { openRuntime } from '../app/runtime';
import { keyFrom } from '../app/databaseKey';
import { appRoot } from '../paths/appRoot';
import { startWebHost } from './webHost';

// `npm run start:web` (and `npm start` without an Electron runtime): node out/main/serveWeb.js [--db PATH] [--port N] [--today DATE]
// [--key-file FILE]
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const databasePath = databasePathFromArgs(argv, process.env, userDataFolder());
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : Number(process.env['DRIPLINE_PORT'] ?? 0);
  const todayFlag = argv.indexOf('--today');
  const clock = clockFor(todayFlag >= 0 ? argv[todayFlag + 1] : undefined, process.env);
  const keyFlag = argv.indexOf('--key-file');
  const key = keyFrom(keyFlag >= 0 ? argv[keyFlag + 1] : undefined, process.env);
  const runtime = openRuntime({ databasePath, clock, face: 'web', key });
  const host = await startWebHost({
    table: runtime.table,
    rendererFolder: join(appRoot(), 'out', 'renderer'),
    port,
    token: process.env['DRIPLINE_TOKEN'],
  });
  console.log(`Dripline is serving ${databasePath} (today: ${clock.today()})`);
  console.log(`Open ${host.openUrl}`);
  const stop = () => {
    void host.close().then(() => {
      runtime.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Dripline could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
