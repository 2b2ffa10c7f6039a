import { ForbiddenError, RefusedError } from '../vocabulary';
import { WRITE_OFF_ROLES } from './contract/channelRoles';
import { buildChannelTable, handle, handleAsync, type ChannelTable, type ChannelTableOptions } from './channelTable';

/** The handler table: one line per channel of the contract, each a call into the services of the request. */
export function createChannelTable(options: ChannelTableOptions): ChannelTable {
  return buildChannelTable(
    [
      handle('app.status', (_input, { services }) => services.status()),
      handle('demo.open', (_input, { services }) => services.openDemo()),
      handle('patients.search', ({ query }, { services }) => services.searchPatients(query)),
      handle('patients.get', ({ id }, { services }) => services.getPatient(id)),
      handle('catalog.get', (_input, { services }) => services.catalog()),
      handle('patients.save', (input, { services }) => services.savePatient(input)),
      handle('plans.get', ({ patientId, planId }, { services }) => services.getPlanOfCare(patientId, planId)),
      handle('plans.save', (input, { services }) => services.savePlanOfCare(input)),
      handle('holds.add', (input, { services }) => services.addHold(input)),
      handle('visits.add', (input, { services }) => services.addVisit(input)),
      handle('pumpEvents.add', (input, { services }) => services.addPumpEvent(input)),
      handle('documents.add', (input, { services }) => services.addDocument(input)),
      handle('episodes.discharge', (input, { services }) => services.dischargeEpisode(input)),
      handle('dataset.import', ({ document }, { services }) => services.importDocument(document)),
      handle('dataset.export', (_input, { services }) => services.exportDataset()),
      handle('pharmacy.get', (_input, { services }) => services.reference.getPharmacy()),
      handle('pharmacy.save', (input, { services }) => services.reference.savePharmacy(input)),
      handle('prescribers.save', (input, { services }) => services.reference.savePrescriber(input)),
      handle('drugs.save', (input, { services }) => services.reference.saveDrug(input)),
      handle('drugs.loadStarterCatalog', (_input, { services }) => services.reference.loadStarterCatalog()),
      handle('payers.list', (_input, { services }) => services.reference.listPayers()),
      handle('payers.save', (input, { services }) => services.reference.savePayer(input)),
      handle('payers.fees', ({ payerId }, { services }) => services.reference.feeSchedule(payerId)),
      handle('payers.setFee', (input, { services }) => services.reference.setFee(input)),
      handle('reference.hcpcs', (_input, { services }) => services.reference.hcpcs()),
      handle('claims.drafts', (period, { services }) => services.claims.drafts(period)),
      handle('claims.export', ({ from, to, draftIds }, { services, context }) =>
        services.claims.export837({ from, to }, draftIds, context.deliver ? { deliver: context.deliver } : {}),
      ),
      handle('audit.list', (_input, { services }) => services.audit.entries()),
      handle('audit.verify', (_input, { services }) => services.audit.verify()),
      handle('audit.recordExport', ({ rows }) => ({ rows })),
      handleAsync('database.backup', (_input, { services, context }) => {
        const deliver = context.deliverFile;
        if (!deliver) throw new RefusedError('A backup needs a place to go: this face gives none.');
        return services.backup(deliver);
      }),
      handleAsync('patients.statement', ({ patientId }, { services }) => services.remittances.statement(patientId)),
      handleAsync('claims.exportPaper', ({ from, to, draftIds }, { services }) => services.claims.exportPaper({ from, to }, draftIds)),
      handle('claims.settings', (_input, { services }) => services.claims.settings()),
      handle('claims.saveSettings', ({ settings }, { services }) => services.claims.saveSettings(settings)),
      handle('lines.preview', ({ patientId, from, to }, { services }) => services.linesPreview({ from, to }, patientId)),
      handle('lines.explain', ({ patientId, date, order, code }, { services }) =>
        services.explain({ patient: patientId, date, order, code }),
      ),
      handle('revenue.byMonth', ({ from, to }, { services }) => services.claims.revenue(from, to)),
      handle('claims.list', (filter, { services }) => services.claims.list(filter)),
      handle('claims.get', ({ claim }, { services }) => services.claims.get(claim)),
      handle('claims.adjudicate', (input, { services }) => services.claims.adjudicate(input)),
      handle('claims.correct', ({ claim, payerClaimNumber }, { services }) => services.claims.correct(claim, payerClaimNumber)),
      handle('claims.void', ({ claim, payerClaimNumber }, { services }) => services.claims.void(claim, payerClaimNumber)),
      handle('claims.file', ({ exportFile }, { services }) => services.claims.file(exportFile)),
      handle('claims.csv', (period, { services }) => services.claims.csv(period)),
      handle('remittances.preview', ({ text }, { services }) => services.remittances.preview(text)),
      handle('remittances.post', ({ text, fileName }, { services }) => services.remittances.post(text, fileName)),
      handle('ledger.claims', (_input, { services }) => services.remittances.ledger()),
      handle('workQueue.list', (filter, { services }) => services.remittances.workQueue(filter)),
      handle('workQueue.act', (input, { services, context }) => {
        if (input.action === 'write-off' && !WRITE_OFF_ROLES.includes(context.role))
          throw new ForbiddenError(`Writing a balance off is a manager's decision: your role (${context.role}) cannot.`);
        return services.remittances.act(input);
      }),
      handle('aging.report', (_input, { services }) => services.remittances.aging()),
      handle('acknowledgments.read', ({ text, fileName }, { services }) => services.remittances.acknowledge(text, fileName)),
      handle('schedule.preview', ({ text, start, stop, days }, { services }) => services.previewSchedule(text, start, stop, days)),
      handle('lines.list', ({ from, to, patientId }, { services }) => services.linesPreview({ from, to }, patientId)),
      handle('claims.files', (_input, { services }) => services.exportedFiles()),
    ],
    options,
  );
}
