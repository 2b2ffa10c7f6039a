import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the main process (and everything else in src-main) runs on Node; the page's component tests run
// in a DOM (jsdom) against a fake bridge (src-renderer/testing). `npx vitest run --project main` runs one of them.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['src-main/**/*.test.ts'],
          setupFiles: ['src-main/testing/requireNode22.ts', 'src-main/testing/pinToday.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'page',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src-main/testing/requireNode22.ts', 'src-renderer/testing/setup.ts'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
