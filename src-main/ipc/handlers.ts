import type { Services } from '../app/services';
import { buildChannelTable, handle, type ChannelTable, type ChannelTableOptions } from './channelTable';

/** The handler table: one line per channel of the contract, each a call into the services. */
export function createChannelTable(services: Services, options?: ChannelTableOptions): ChannelTable {
  return buildChannelTable(
    [
      handle('app.status', () => services.status()),
      handle('demo.open', () => services.openDemo()),
      handle('patients.search', ({ query }) => services.searchPatients(query)),
      handle('patients.get', ({ id }) => services.getPatient(id)),
    ],
    options,
  );
}
