import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { fakeBridge, resetBridge } from './fakeBridge';

// Before any page module loads: src-renderer/src/api/bridge.ts picks `window.dripline` when it is imported.
window.dripline = fakeBridge;

afterEach(() => {
  cleanup();
  resetBridge();
  vi.restoreAllMocks();
});
