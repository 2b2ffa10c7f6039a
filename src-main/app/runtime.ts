import { userInfo } from 'node:os';
import { onDay, type Clock } from '../calendar/clock';
import { openDatabase, type OpenedStore } from '../store/openDatabase';
import { migrationsFolder, resourcesFolder } from '../paths/appRoot';
import { createServices, type Services } from './services';
import { createChannelTable } from '../ipc/handlers';
import type { ChannelTable, ChannelTableOptions } from '../ipc/channelTable';
import type { Face, RequestContext } from '../ipc/requestContext';
import { recordWrite } from './auditLog';
import type { Role } from '../vocabulary';
import { dailyBackup } from './dailyBackup';
import { BULK_READS, snapshotAfter, snapshotBefore } from './auditSubjects';
import { withWriteRetry } from '../store/withWriteRetry';
import { tightenDocumentsFolder } from '../patients/documentStore';

export interface Runtime {
  opened: OpenedStore;
  services: Services;
  table: ChannelTable;
  /** The context of this face's requests: its actor and face, on the clock's today. */
  context(): RequestContext;
  close(): void;
}

export interface RuntimeOptions {
  databasePath: string;
  clock: Clock;
  create?: boolean;
  /** The face the requests come through, and who makes them (default: the operating-system user). */
  face?: Face;
  actor?: string;
  /** The role of this face's requests (CHANNEL_ROLES); admin by default. */
  role?: Role | undefined;
  /** The database's key (encryption at rest), when it is encrypted. */
  key?: string | undefined;
  table?: Pick<ChannelTableOptions, 'onWrite' | 'onInternalError'>;
}

/** The operating-system user: who acts until Dripline has its own sign-in. */
export function operatingSystemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
  }
}

const APP_WRITE_WAIT_MS = 5_000;

/** Opens (and migrates) the database, then wires services and the channel table: shared by every face. */
export function openRuntime(options: RuntimeOptions): Runtime {
  const opened = openDatabase({
    path: options.databasePath,
    migrationsFolder: migrationsFolder(),
    create: options.create ?? true,
    key: options.key,
  });
  try {
    tightenDocumentsFolder(options.databasePath); // documents attached before the owner-only rule
  } catch (error) {
    opened.close();
    throw error;
  }
  // The app's faces keep a copy a day (the command line and tests do not).
  if (options.face === 'desktop' || options.face === 'web') {
    try {
      dailyBackup(opened, options.clock.today());
    } catch (error) {
      // A full disk must not keep the pharmacy out of its records: the app opens, and says why in its log.
      console.error(`Dripline could not make today's backup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const services = createServices({ opened, clock: options.clock, resourcesFolder: resourcesFolder() });
  const actor = options.actor ?? operatingSystemUser();
  const face = options.face ?? 'internal';
  // Until Dripline has its own sign-in, whoever runs it is its administrator (the OS user who owns the file).
  const context = (): RequestContext => ({ actor, face, role: options.role ?? 'admin', today: options.clock.today() });
  const table = createChannelTable({
    defaultContext: context,
    servicesFor: (ctx) =>
      ctx.today === options.clock.today()
        ? services
        : createServices({ opened, clock: onDay(options.clock, ctx.today), resourcesFolder: resourcesFolder() }),
    // A read never writes: SQLite itself refuses any write while a read channel runs.
    whileReading(read) {
      opened.sqlite.pragma('query_only = ON');
      try {
        return read();
      } finally {
        opened.sqlite.pragma('query_only = OFF');
      }
    },
    // A write and its audit row commit together or not at all; a second writer waits for the first.
    // The app's faces serve a window from one event loop: they wait 5 s for another writer, then say so, rather
    // than freeze the window for the command line's 30 s.
    inWriteTransaction: (work) =>
      withWriteRetry(opened.store, () => work(), face === 'desktop' || face === 'web' ? { limitMs: APP_WRITE_WAIT_MS } : {}),
    snapshotBefore: (channel, input, scopeServices) => snapshotBefore(channel, input, scopeServices),
    snapshotAfter: (channel, input, result, scopeServices) => snapshotAfter(channel, input, result, scopeServices),
    onWrite(channel, input, result, ctx, snapshots) {
      recordWrite(opened, options.clock, { channel, input, result, context: ctx, before: snapshots?.before, after: snapshots?.after });
      options.table?.onWrite?.(channel, input, result, ctx);
    },
    // Bulk reads of patient data are audited too (HIPAA 164.312(b)): the entry is the only thing written.
    onBulkRead(channel, input, result, ctx) {
      if (!BULK_READS.has(channel)) return;
      withWriteRetry(opened.store, () => recordWrite(opened, options.clock, { channel, input, result: summaryOf(result), context: ctx }));
    },
    ...(options.table?.onInternalError ? { onInternalError: options.table.onInternalError } : {}),
  });
  return { opened, services, table, context, close: () => opened.close() };
}

/** What a bulk read handed out, without the data itself: the file's name and size, or how many records. */
function summaryOf(result: unknown): unknown {
  if (!result || typeof result !== 'object') return result;
  const r = result as Record<string, unknown>;
  if (typeof r.fileName === 'string' && typeof r.content === 'string')
    return { fileName: r.fileName, format: r.format, characters: r.content.length };
  if (Array.isArray(r.patients)) return { patients: r.patients.length };
  return { keys: Object.keys(r) };
}
