import { join } from 'node:path';
import { systemClock } from '../calendar/clock';
import { databasePathFromArgs, userDataFolder } from '../app/databasePath';
import { openRuntime } from '../app/runtime';
import { appRoot } from '../paths/appRoot';
import { startWebHost } from './webHost';

// `npm run start:web` (and `npm start` without an Electron runtime): node out/main/serveWeb.js [--db PATH] [--port N]
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const databasePath = databasePathFromArgs(argv, process.env, userDataFolder());
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : Number(process.env['DRIPLINE_PORT'] ?? 0);
  const runtime = openRuntime({ databasePath, clock: systemClock });
  const host = await startWebHost({
    table: runtime.table,
    rendererFolder: join(appRoot(), 'out', 'renderer'),
    port,
    token: process.env['DRIPLINE_TOKEN'],
  });
  console.log(`Dripline is serving ${databasePath}`);
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
