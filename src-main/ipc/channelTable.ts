import type { z } from 'zod';
import { formatPath } from '../dataset/validateDataset';
import { channels, type ChannelName, type ChannelOutput, type Channels, type ChannelKind } from './contract/channels';
import type { IpcError, IpcResult } from './contract/result';
import { InvalidInputError, NotFoundError, RefusedError } from './errors';

export interface ChannelEntry {
  name: ChannelName;
  kind: ChannelKind;
  input: z.ZodType;
  handler: (input: unknown) => unknown;
}

export type Handler<N extends ChannelName> = (input: z.output<Channels[N]['input']>) => ChannelOutput<N> | Promise<ChannelOutput<N>>;

/** Binds one handler to a channel of the contract; its input type comes from the channel's schema. */
export function handle<N extends ChannelName>(name: N, handler: Handler<N>): ChannelEntry {
  const spec = channels[name];
  return { name, kind: spec.kind, input: spec.input, handler: handler as (input: unknown) => unknown };
}

export interface ChannelTable {
  readonly entries: ReadonlyMap<string, ChannelEntry>;
  /** Validates the payload, runs the handler, and always resolves to a typed result. */
  dispatch(name: string, payload: unknown): Promise<IpcResult<unknown>>;
}

export interface ChannelTableOptions {
  /** Called after each write that succeeded: the hook for the audit trail. */
  onWrite?: (name: ChannelName, input: unknown) => void;
  onInternalError?: (name: string, error: unknown) => void;
  /** Runs a read channel's handler so that it cannot write (the runtime sets SQLite's query_only). */
  whileReading?: <T>(read: () => T) => T;
}

/** One table for Electron's ipcMain, the web host and tests. Rejects duplicates and missing handlers. */
export function buildChannelTable(entries: ChannelEntry[], options: ChannelTableOptions = {}): ChannelTable {
  const map = new Map<string, ChannelEntry>();
  for (const entry of entries) {
    if (map.has(entry.name)) throw new Error(`IPC channel "${entry.name}" is registered twice`);
    map.set(entry.name, entry);
  }
  const missing = Object.keys(channels).filter((name) => !map.has(name));
  if (missing.length > 0) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);

  return {
    entries: map,
    async dispatch(name, payload) {
      const entry = map.get(name);
      if (!entry) return { ok: false, error: { kind: 'unknown-channel', message: `There is no channel "${name}".` } };
      const parsed = entry.input.safeParse(payload ?? {});
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
        return {
          ok: false,
          error: { kind: 'invalid', message: fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields },
        };
      }
      try {
        const run = () => entry.handler(parsed.data);
        const value = await (entry.kind === 'read' && options.whileReading ? options.whileReading(run) : run());
        if (entry.kind === 'write') options.onWrite?.(entry.name, parsed.data);
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toIpcError(name, error, options) };
      }
    },
  };
}

function toIpcError(name: string, error: unknown, options: ChannelTableOptions): IpcError {
  if (error instanceof InvalidInputError) return { kind: 'invalid', message: error.message, fields: error.fields };
  if (error instanceof NotFoundError) return { kind: 'not-found', message: error.message };
  if (error instanceof RefusedError) return { kind: 'refused', message: error.message };
  options.onInternalError?.(name, error);
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
