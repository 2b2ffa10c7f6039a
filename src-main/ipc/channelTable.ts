import { CHANNEL_ROLES } from './contract/channelRoles';
import type { z } from 'zod';
import { formatPath } from '../dataset/validateDataset';
import type { Services } from '../app/services';
import { channels, type ChannelName, type ChannelOutput, type Channels, type ChannelKind } from './contract/channels';
import type { IpcError, IpcResult } from './contract/result';
import { InvalidInputError, NotFoundError, ForbiddenError, RefusedError } from '../vocabulary';
import type { RequestContext } from './requestContext';

export type { RequestContext };

/** What a handler gets besides its validated input: the services for this request's day, and who asks. */
export interface HandlerScope {
  services: Services;
  context: RequestContext;
}

export interface ChannelEntry {
  name: ChannelName;
  kind: ChannelKind;
  input: z.ZodType;
  /** An asynchronous handler cannot run inside the write's transaction; its audit row follows it. */
  async: boolean;
  handler: (input: unknown, scope: HandlerScope) => unknown;
}

export type Handler<N extends ChannelName> = (input: z.output<Channels[N]['input']>, scope: HandlerScope) => ChannelOutput<N>;
export type AsyncHandler<N extends ChannelName> = (input: z.output<Channels[N]['input']>, scope: HandlerScope) => Promise<ChannelOutput<N>>;

/** Binds one synchronous handler to a channel of the contract; its input type comes from the channel's schema. */
export function handle<N extends ChannelName>(name: N, handler: Handler<N>): ChannelEntry {
  const spec = channels[name];
  return { name, kind: spec.kind, input: spec.input, async: false, handler: handler as ChannelEntry['handler'] };
}

/** Binds an asynchronous handler (a PDF is drawn asynchronously). */
export function handleAsync<N extends ChannelName>(name: N, handler: AsyncHandler<N>): ChannelEntry {
  const spec = channels[name];
  return { name, kind: spec.kind, input: spec.input, async: true, handler: handler as ChannelEntry['handler'] };
}

export interface ChannelTable {
  readonly entries: ReadonlyMap<string, ChannelEntry>;
  /** Validates the payload, runs the handler, and always resolves to a typed result. */
  dispatch(name: string, payload: unknown, context?: RequestContext): Promise<IpcResult<unknown>>;
  /** The same for a synchronous channel, for the command line. */
  dispatchSync(name: string, payload: unknown, context?: RequestContext): IpcResult<unknown>;
}

export interface ChannelTableOptions {
  /** The services a request works with, for its day (the context's today). */
  servicesFor: (context: RequestContext) => Services;
  /** The context of a call that brings none (tests, internal calls). */
  defaultContext: () => RequestContext;
  /**
   * Runs a synchronous write and its audit row in one transaction; `audit` is called with the handler's result
   * inside it. An asynchronous write's audit row is written after it, by `audit` alone.
   */
  inWriteTransaction?: <T>(work: () => T) => T;
  /** Records a successful write (the audit trail): who, which channel, the input, what it changed and what was there before. */
  onWrite?: (
    name: ChannelName,
    input: unknown,
    result: unknown,
    context: RequestContext,
    snapshots?: { before: unknown; after: unknown },
  ) => void;
  /** Inside the write's transaction, before its handler runs: the entity it is about, as it is (the audit's "before"). */
  snapshotBefore?: (name: ChannelName, input: unknown, services: Services) => unknown;
  /** Inside the write's transaction, after its handler ran: the entity as the write left it (the audit's "after"). */
  snapshotAfter?: (name: ChannelName, input: unknown, result: unknown, services: Services) => unknown;
  /** A read of patient data in bulk (a dataset export, a claim file): audited like a write, after it ran. */
  onBulkRead?: (name: ChannelName, input: unknown, result: unknown, context: RequestContext) => void;
  onInternalError?: (name: string, error: unknown) => void;
  /** Runs a read channel's handler so that it cannot write (the runtime sets SQLite's query_only). */
  whileReading?: <T>(read: () => T) => T;
}

type Prepared = { ok: false; result: IpcResult<unknown> } | { ok: true; entry: ChannelEntry; input: unknown; scope: HandlerScope };

/** One table for Electron's ipcMain, the web host, the CLI and tests. Rejects duplicates and missing handlers. */
export function buildChannelTable(entries: ChannelEntry[], options: ChannelTableOptions): ChannelTable {
  const map = new Map<string, ChannelEntry>();
  for (const entry of entries) {
    if (map.has(entry.name)) throw new Error(`IPC channel "${entry.name}" is registered twice`);
    map.set(entry.name, entry);
  }
  const missing = Object.keys(channels).filter((name) => !map.has(name));
  if (missing.length > 0) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);

  function prepare(name: string, payload: unknown, context: RequestContext | undefined): Prepared {
    const entry = map.get(name);
    if (!entry) return { ok: false, result: { ok: false, error: { kind: 'unknown-channel', message: `There is no channel "${name}".` } } };
    const ctx = context ?? options.defaultContext();
    // Access control in the main process, whatever face the call came through, before the input is even read.
    if (!CHANNEL_ROLES[entry.name].includes(ctx.role)) {
      const message = `Your role (${ctx.role}) does not allow this (${entry.name}); ask a ${CHANNEL_ROLES[entry.name].join(' or ')}.`;
      return { ok: false, result: { ok: false, error: { kind: 'forbidden', message } } };
    }
    const parsed = entry.input.safeParse(payload ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
      const message = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
      return { ok: false, result: { ok: false, error: { kind: 'invalid', message, fields } } };
    }
    return { ok: true, entry, input: parsed.data, scope: { services: options.servicesFor(ctx), context: ctx } };
  }

  const fail = (name: string, error: unknown): IpcResult<unknown> => ({ ok: false, error: toIpcError(name, error, options) });

  function runSync({ entry, input, scope }: Extract<Prepared, { ok: true }>): unknown {
    const run = () => entry.handler(input, scope);
    if (entry.kind === 'read') {
      const value = options.whileReading ? options.whileReading(run) : run();
      options.onBulkRead?.(entry.name, input, value, scope.context);
      return value;
    }
    const withAudit = () => {
      const before = options.snapshotBefore?.(entry.name, input, scope.services);
      const value = run();
      const after = options.snapshotAfter?.(entry.name, input, value, scope.services);
      options.onWrite?.(entry.name, input, value, scope.context, { before, after });
      return value;
    };
    return options.inWriteTransaction ? options.inWriteTransaction(withAudit) : withAudit();
  }

  return {
    entries: map,
    async dispatch(name, payload, context) {
      const prepared = prepare(name, payload, context);
      if (!prepared.ok) return prepared.result;
      try {
        if (!prepared.entry.async) return { ok: true, value: runSync(prepared) };
        const value = await prepared.entry.handler(prepared.input, prepared.scope);
        if (prepared.entry.kind === 'write') options.onWrite?.(prepared.entry.name, prepared.input, value, prepared.scope.context);
        else options.onBulkRead?.(prepared.entry.name, prepared.input, value, prepared.scope.context);
        return { ok: true, value };
      } catch (error) {
        return fail(name, error);
      }
    },
    dispatchSync(name, payload, context) {
      const prepared = prepare(name, payload, context);
      if (!prepared.ok) return prepared.result;
      if (prepared.entry.async) return fail(name, new Error(`Channel "${name}" answers asynchronously: use dispatch.`));
      try {
        return { ok: true, value: runSync(prepared) };
      } catch (error) {
        return fail(name, error);
      }
    },
  };
}

function toIpcError(name: string, error: unknown, options: Pick<ChannelTableOptions, 'onInternalError'>): IpcError {
  if (error instanceof InvalidInputError) return { kind: 'invalid', message: error.message, fields: error.fields };
  if (error instanceof NotFoundError) return { kind: 'not-found', message: error.message };
  if (error instanceof RefusedError) return { kind: 'refused', message: error.message };
  if (error instanceof ForbiddenError) return { kind: 'forbidden', message: error.message };
  options.onInternalError?.(name, error);
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
