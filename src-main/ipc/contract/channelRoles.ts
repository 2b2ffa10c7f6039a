import type { Role } from '../../vocabulary';
import type { ChannelName } from './channels';

// Who may call each channel, enforced by dispatch in the main process for every face. Intake keeps the clinical
// record; billers bill, post the payers' answers and work the queue; managers see everything, set up the pharmacy
// and write balances off; admins do all of it and hold the keys (whole-pharmacy import, demo, backups).
// A Record over every channel name: a new channel does not compile until its roles are written here.

const EVERYONE: readonly Role[] = ['intake', 'biller', 'manager', 'admin'];
const RECORD: readonly Role[] = ['intake', 'manager', 'admin'];
const BILLING: readonly Role[] = ['biller', 'manager', 'admin'];
const SETUP: readonly Role[] = ['manager', 'admin'];
const ADMIN: readonly Role[] = ['admin'];

export const CHANNEL_ROLES: Readonly<Record<ChannelName, readonly Role[]>> = {
  'app.status': EVERYONE,
  'demo.open': ADMIN,
  'patients.search': EVERYONE,
  'patients.get': EVERYONE,
  'catalog.get': EVERYONE,
  'patients.save': RECORD,
  'plans.get': EVERYONE,
  // A biller cannot change an order: what is billed follows the record, never the other way round.
  'plans.save': RECORD,
  'schedule.preview': EVERYONE,
  'holds.add': RECORD,
  'visits.add': RECORD,
  'pumpEvents.add': RECORD,
  'documents.add': RECORD,
  'episodes.discharge': RECORD,
  'dataset.import': ADMIN,
  'dataset.export': SETUP,
  'pharmacy.get': EVERYONE,
  'pharmacy.save': SETUP,
  'prescribers.save': RECORD,
  'drugs.save': SETUP,
  'drugs.loadStarterCatalog': SETUP,
  'payers.list': EVERYONE,
  'payers.save': SETUP,
  'payers.fees': EVERYONE,
  'payers.setFee': SETUP,
  'reference.hcpcs': EVERYONE,
  'claims.drafts': BILLING,
  // Intake cannot export claims.
  'claims.export': BILLING,
  'claims.exportPaper': BILLING,
  'claims.settings': BILLING,
  'claims.saveSettings': SETUP,
  'lines.preview': EVERYONE,
  'lines.explain': EVERYONE,
  'revenue.byMonth': SETUP,
  'claims.list': BILLING,
  'claims.get': BILLING,
  'claims.adjudicate': BILLING,
  'claims.correct': BILLING,
  'claims.void': BILLING,
  'claims.file': BILLING,
  'claims.csv': BILLING,
  'claims.files': BILLING,
  'remittances.preview': BILLING,
  'remittances.post': BILLING,
  'acknowledgments.read': BILLING,
  'ledger.claims': BILLING,
  'workQueue.list': BILLING,
  // Writing a balance off is a manager's decision: checked again for that action (workQueueActions.ts).
  'workQueue.act': BILLING,
  'aging.report': BILLING,
  'audit.list': SETUP,
  'audit.verify': SETUP,
  'audit.recordExport': SETUP,
  'database.backup': ADMIN,
  'patients.statement': BILLING,
  'lines.list': EVERYONE,
};

/** Roles allowed to write a balance off (RM-5). */
export const WRITE_OFF_ROLES: readonly Role[] = ['manager', 'admin'];
