import type { Clock } from '../calendar/clock';
import { openDatabase, type OpenedStore } from '../store/openDatabase';
import { migrationsFolder, resourcesFolder } from '../paths/appRoot';
import { createServices, type Services } from './services';
import { createChannelTable } from '../ipc/handlers';
import type { ChannelTable, ChannelTableOptions } from '../ipc/channelTable';
import { recordWrite } from './auditLog';
import { tightenDocumentsFolder } from '../patients/documentStore';

export interface Runtime {
  opened: OpenedStore;
  services: Services;
  table: ChannelTable;
  close(): void;
}

/** Opens (and migrates) the database, then wires services and the channel table: shared by every face. */
export function openRuntime(options: { databasePath: string; clock: Clock; create?: boolean; table?: ChannelTableOptions }): Runtime {
  const opened = openDatabase({ path: options.databasePath, migrationsFolder: migrationsFolder(), create: options.create ?? true });
  try {
    tightenDocumentsFolder(options.databasePath); // documents attached before the owner-only rule
  } catch (error) {
    opened.close();
    throw error;
  }
  const services = createServices({ opened, clock: options.clock, resourcesFolder: resourcesFolder() });
  const table = createChannelTable(services, {
    // A read never writes: SQLite itself refuses any write while a read channel runs.
    whileReading(read) {
      opened.sqlite.pragma('query_only = ON');
      try {
        return read();
      } finally {
        opened.sqlite.pragma('query_only = OFF');
      }
    },
    ...options.table,
    onWrite(name, input) {
      recordWrite(opened, options.clock, name, input);
      options.table?.onWrite?.(name, input);
    },
  });
  return { opened, services, table, close: () => opened.close() };
}
