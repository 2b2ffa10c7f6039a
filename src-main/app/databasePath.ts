import { homedir } from 'node:os';
import { join } from 'node:path';

/** `--db PATH` wins, then DRIPLINE_DB, then the per-user data folder. */
export function databasePathFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv, defaultFolder: string): string {
  const i = argv.indexOf('--db');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  if (flag) return flag;
  if (env['DRIPLINE_DB']) return env['DRIPLINE_DB'];
  return join(defaultFolder, 'dripline.sqlite');
}

/**
 * The folder Electron's app.getPath('userData') gives for productName "Dripline", computed without Electron,
 * so the web host and the desktop app open the same file.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Dripline');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dripline');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Dripline');
}
