import type { ExportFormat } from '../../../src-main/vocabulary';

/** Saves text or base64 content as a file: a save dialog in Electron, a download in the browser. */
export function download(fileName: string, content: string, encoding: 'utf8' | 'base64', type: string): void {
  const bytes = encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(content);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

export const MIME: Record<ExportFormat, string> = {
  '837p': 'application/edi-x12',
  csv: 'text/csv',
  cms1500: 'application/pdf',
  statement: 'application/pdf',
};
