import { tempRuntime } from '../../testing/tempDatabase';
import { idsaInNovember, importInto } from '../../testing/datasetBuilders';

// Test setup: the IDSA patient's November claims exported from a new database on 2 December, ready for the payer's
// answers (RM-1..RM-5, CB-2).

export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

export type BillingRuntime = ReturnType<typeof tempRuntime>;

export interface NovemberDraft {
  draftId: string;
  problems: unknown[];
}

async function succeed<T>(runtime: BillingRuntime, channel: string, input: unknown): Promise<T> {
  const result = await runtime.table.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Every November draft exported in one 837P; the drafts as they stood before the export. */
export async function exportNovember(): Promise<{ runtime: BillingRuntime; drafts: NovemberDraft[] }> {
  const runtime = tempRuntime('2026-12-02');
  try {
    importInto(runtime, idsaInNovember());
    const { drafts } = await succeed<{ drafts: NovemberDraft[] }>(runtime, 'claims.drafts', NOVEMBER);
    await succeed(runtime, 'claims.export', { ...NOVEMBER, draftIds: drafts.map((d) => d.draftId) });
    return { runtime, drafts };
  } catch (error) {
    runtime.cleanup();
    throw error;
  }
}
