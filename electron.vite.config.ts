import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { build, type LogLevel, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src-main/web/contentSecurityPolicy';
import { cliBuildConfig } from './cli.vite.config';

// The built page carries the strict CSP in a meta tag too (the desktop session and the web host also send it
// as a header). The dev server needs an inline React refresh preamble, so the tag is added on build only.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'dripline-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// The `dripline` command is built with the main process, into out/main/cli.js, as a bundle of its own (its
// dependencies inside, see cli.vite.config.ts) so that the desktop app's chunks stay as they are.
function commandLine(): Plugin {
  let logLevel: LogLevel = 'info';
  return {
    name: 'dripline-command-line',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel ?? 'info';
    },
    async closeBundle() {
      await build({ ...cliBuildConfig(), logLevel });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [commandLine()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          main: resolve(__dirname, 'src-main/desktop/main.ts'),
          serveWeb: resolve(__dirname, 'src-main/web/serveWeb.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require npm packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
