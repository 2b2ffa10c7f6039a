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
      handle('catalog.get', () => services.catalog()),
      handle('patients.save', (input) => services.savePatient(input)),
      handle('plans.get', ({ patientId, planId }) => services.getPlanOfCare(patientId, planId)),
      handle('plans.save', (input) => services.savePlanOfCare(input)),
      handle('holds.add', (input) => services.addHold(input)),
      handle('visits.add', (input) => services.addVisit(input)),
      handle('pumpEvents.add', (input) => services.addPumpEvent(input)),
      handle('documents.add', (input) => services.addDocument(input)),
      handle('episodes.discharge', (input) => services.dischargeEpisode(input)),
      handle('dataset.import', ({ document }) => services.importDocument(document)),
      handle('dataset.export', () => services.exportDataset()),
      handle('pharmacy.get', () => services.reference.getPharmacy()),
      handle('pharmacy.save', (input) => services.reference.savePharmacy(input)),
      handle('prescribers.save', (input) => services.reference.savePrescriber(input)),
      handle('drugs.save', (input) => services.reference.saveDrug(input)),
      handle('drugs.loadStarterCatalog', () => services.reference.loadStarterCatalog()),
      handle('payers.save', (input) => services.reference.savePayer(input)),
      handle('payers.fees', ({ payerId }) => services.reference.feeSchedule(payerId)),
      handle('payers.setFee', (input) => services.reference.setFee(input)),
      handle('reference.hcpcs', () => services.reference.hcpcs()),
      handle('claims.drafts', (period) => services.claims.drafts(period)),
      handle('claims.export', ({ from, to, draftIds }) => services.claims.export837({ from, to }, draftIds)),
      handle('claims.exportPaper', ({ from, to, draftIds }) => services.claims.exportPaper({ from, to }, draftIds)),
      handle('claims.settings', () => services.claims.settings()),
      handle('claims.saveSettings', ({ settings }) => services.claims.saveSettings(settings)),
      handle('lines.preview', ({ patientId, from, to }) => services.lines({ from, to }, patientId)),
      handle('claims.list', (filter) => services.claims.list(filter)),
      handle('claims.get', ({ claim }) => services.claims.get(claim)),
      handle('claims.adjudicate', (input) => services.claims.adjudicate(input)),
      handle('claims.correct', ({ claim, payerClaimNumber }) => services.claims.correct(claim, payerClaimNumber)),
      handle('claims.void', ({ claim, payerClaimNumber }) => services.claims.void(claim, payerClaimNumber)),
      handle('claims.file', ({ exportFile }) => services.claims.file(exportFile)),
      handle('claims.csv', (period) => services.claims.csv(period)),
      handle('schedule.preview', ({ text, start, stop, days }) => services.previewSchedule(text, start, stop, days)),
    ],
    options,
  );
}
