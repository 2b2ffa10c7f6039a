import { StrictMode, type ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';

/** Renders a piece of the page as main.tsx does (strict mode, a query client with the same defaults), with a user. */
export function renderPage(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 }, mutations: { retry: false } },
  });
  const wrap = (element: ReactElement) => (
    <StrictMode>
      <QueryClientProvider client={client}>{element}</QueryClientProvider>
    </StrictMode>
  );
  const view = render(wrap(ui));
  return { ...view, rerender: (next: ReactElement) => view.rerender(wrap(next)), user: userEvent.setup(), client };
}

/** Files the page saves (src-renderer/src/ui/download.ts clicks a link to a blob): their names, in order. */
export function captureDownloads(): string[] {
  const saved: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}
