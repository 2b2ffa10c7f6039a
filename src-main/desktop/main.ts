import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { clockFor } from '../calendar/clock';
import { databasePathFromArgs } from '../app/databasePath';
import { keyFrom } from '../app/databaseKey';
import { openRuntime, type Runtime } from '../app/runtime';
import { setAppRoot } from '../paths/appRoot';
import { IPC_PREFIX } from '../preload/bridgeTypes';
import { CONTENT_SECURITY_POLICY } from '../web/contentSecurityPolicy';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '..', 'renderer', 'index.html');
let runtime: Runtime | undefined;

/** electron-vite's development server, honoured only when running from the sources, never in a packaged build. */
function developmentUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
}

function isOwnPage(url: string): boolean {
  const devUrl = developmentUrl();
  if (devUrl && url.startsWith(devUrl)) return true;
  return url.split('#')[0]?.split('?')[0] === pathToFileURL(rendererIndex).href;
}

function lockDownShell(): void {
  // No permission (camera, notifications, geolocation...) is ever granted to the page.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // No window is ever opened from the page (a click, a middle-click, window.open): only the reference pages
    // on the allow-list open, in the user's browser.
    contents.setWindowOpenHandler(({ url }) => {
      openReferencePage(url);
      return { action: 'deny' };
    });
  });
}

/** The allow-list for shell.openExternal: each page opens by its literal address, nothing else opens. */
function openReferencePage(url: string): void {
  switch (url) {
    case 'https://x12.org/codes/claim-adjustment-reason-codes':
      void shell.openExternal('https://x12.org/codes/claim-adjustment-reason-codes');
      return;
    case 'https://x12.org/codes/remittance-advice-remark-codes':
      void shell.openExternal('https://x12.org/codes/remittance-advice-remark-codes');
      return;
    case 'https://x12.org/codes/claim-status-codes':
      void shell.openExternal('https://x12.org/codes/claim-status-codes');
      return;
    case 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system':
      void shell.openExternal('https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system');
      return;
    default:
      return;
  }
}

function registerChannels(current: Runtime): void {
  for (const name of current.table.entries.keys()) {
    ipcMain.handle(IPC_PREFIX + name, (event, payload: unknown) => {
      // Only our own page may call in, whatever else a frame might load.
      if (!event.senderFrame || !isOwnPage(event.senderFrame.url)) {
        return { ok: false, error: { kind: 'refused', message: 'Calls are accepted from the Dripline window only.' } };
      }
      return current.table.dispatch(name, payload);
    });
  }
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    title: 'Dripline',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(here, '..', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle-click on a link must not open a window of its own.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  const devUrl = developmentUrl();
  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(rendererIndex);
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  setAppRoot(app.getAppPath());
  const databasePath = databasePathFromArgs(process.argv, process.env, app.getPath('userData'));
  try {
    // Migrations run here, before any window opens.
    const todayFlag = process.argv.indexOf('--today');
    const keyFlag = process.argv.indexOf('--key-file');
    runtime = openRuntime({
      databasePath,
      clock: clockFor(todayFlag >= 0 ? process.argv[todayFlag + 1] : undefined, process.env),
      face: 'desktop',
      // Until the key lives in Electron safeStorage, an encrypted database opens with a key file as on the web host.
      key: keyFrom(keyFlag >= 0 ? process.argv[keyFlag + 1] : undefined, process.env),
    });
  } catch (error) {
    dialog.showErrorBox(
      'Dripline cannot open its database',
      `${databasePath}\n\n${error instanceof Error ? error.message : String(error)}`,
    );
    app.exit(1);
    return;
  }
  lockDownShell();
  registerChannels(runtime);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => runtime?.close());

void start();
