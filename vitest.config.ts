import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts'],
    setupFiles: ['src-main/testing/requireNode22.ts', 'src-main/testing/pinToday.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
