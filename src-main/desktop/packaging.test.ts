import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../paths/appRoot';

// The installers electron-builder makes (`npm run dist`) flip Electron's fuses: the packaged app cannot be run as
// plain Node, takes no NODE_OPTIONS or --inspect, and loads only its own, integrity-checked app.asar.

describe('packaging', () => {
  const build = (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { build: Record<string, unknown> }).build;

  it('sets the Electron fuses that close the node-integration doors and check the app archive', () => {
    expect(build['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(build['asar']).not.toBe(false);
  });
});
