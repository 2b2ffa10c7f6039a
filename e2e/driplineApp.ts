import { test as base, _electron as electron, chromium, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One fixture, two shells: `app.page` is the Dripline window (Electron) or the same renderer served by the
// web host in Debian chromium. DRIPLINE_E2E_SHELL is set by scripts/e2e.mjs.

export interface DriplineApp {
  page: Page;
  databasePath: string;
  /** Closes the app and starts it again on the same database. */
  restart(): Promise<Page>;
}

const root = join(import.meta.dirname, '..');
const shell = process.env['DRIPLINE_E2E_SHELL'] === 'electron' ? 'electron' : 'web';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function startWebHost(databasePath: string, tz: string | undefined, today: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'serveWeb.js'), '--db', databasePath], {
    cwd: root,
    env: { ...process.env, TZ: tz ?? process.env['TZ'] ?? 'UTC', DRIPLINE_TODAY: today },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited ${code}: ${output}`)));
  });
  return { url, child };
}

export interface TimeZones {
  /** TZ of the main process (web host or Electron). */
  host?: string;
  /** Time zone of the page. */
  browser?: string;
}

/** The day every end-to-end test works on (DRIPLINE_TODAY), never the machine's date; a test may choose another. */
export const E2E_TODAY = '2026-11-24';

export const test = base.extend<{ app: DriplineApp; zones: TimeZones; today: string }>({
  zones: [{}, { option: true }],
  today: [E2E_TODAY, { option: true }],
  app: async ({ zones, today }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dripline-e2e-'));
    const databasePath = join(dir, 'dripline.sqlite');
    let close: () => Promise<void> = async () => {};

    async function launch(): Promise<Page> {
      if (shell === 'electron') {
        const app = await electron.launch({
          args: [root, '--db', databasePath],
          cwd: root,
          env: { ...process.env, DRIPLINE_TODAY: today, ...(zones.host ? { TZ: zones.host } : {}) },
        });
        close = () => app.close();
        return app.firstWindow();
      }
      const host = await startWebHost(databasePath, zones.host, today);
      const browser = await chromium.launch({
        executablePath: process.env['DRIPLINE_CHROMIUM'] ?? '/usr/bin/chromium',
        // Playwright gives each launch a fresh, empty profile of its own.
        args: CHROMIUM_FLAGS,
      });
      const page = await browser.newPage({
        viewport: { width: 1360, height: 860 },
        ...(zones.browser ? { timezoneId: zones.browser } : {}),
      });
      await page.goto(host.url);
      close = async () => {
        await browser.close();
        host.child.kill('SIGTERM');
        await new Promise((resolve) => host.child.once('exit', resolve));
      };
      return page;
    }

    const app: DriplineApp = {
      page: await launch(),
      databasePath,
      async restart() {
        await close();
        app.page = await launch();
        return app.page;
      },
    };
    await use(app);
    await close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/**
 * Where a test saves a screenshot: into e2e/screenshots/ (the README's pictures) when
 * DRIPLINE_UPDATE_SCREENSHOTS=1, otherwise beside the other test results, so a test run changes no tracked file.
 */
export function screenshotPath(name: string): string {
  return process.env['DRIPLINE_UPDATE_SCREENSHOTS'] === '1'
    ? join(root, 'e2e', 'screenshots', name)
    : join(root, 'test-results', 'screenshots', name);
}
