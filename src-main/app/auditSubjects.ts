import type { Services } from './services';

// What each audited channel is about, in words ("patient lindqvist", "claim 12"), and how that entity was before
// a write changed it: the audit trail's entity and "before" (HIPAA 164.312(b) audit controls).

type Loose = Record<string, unknown> | undefined;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The entity a channel call is about; for a new record, the id the write gave it. */
export function auditSubject(channel: string, input: unknown, result: unknown): string {
  const i = obj(input);
  const r = obj(result);
  const patientOf = () => str(obj(i?.patient)?.id) ?? str(i?.patientId) ?? str(r?.id);
  switch (channel) {
    case 'patients.save':
      return `patient ${patientOf() ?? '(new)'}`;
    case 'plans.save':
      return `plan of care ${str(obj(i?.plan)?.id) ?? str(r?.id) ?? '(new)'} of patient ${str(i?.patientId) ?? '?'}`;
    case 'holds.add':
    case 'visits.add':
    case 'pumpEvents.add':
    case 'documents.add':
    case 'episodes.discharge':
    case 'patients.statement':
      return `patient ${str(i?.patientId) ?? '?'}`;
    case 'pharmacy.save':
    case 'claims.saveSettings':
      return 'pharmacy profile';
    case 'prescribers.save':
      return `prescriber ${str(obj(i?.prescriber)?.id) ?? str(r?.id) ?? '(new)'}`;
    case 'drugs.save':
      return `drug ${str(obj(i?.drug)?.id) ?? str(r?.id) ?? '(new)'}`;
    case 'payers.save':
      return `payer ${str(obj(i?.payer)?.id) ?? str(r?.id) ?? '(new)'}`;
    case 'payers.setFee':
      return `payer ${str(i?.payerId) ?? '?'} fee ${str(i?.hcpcs) ?? ''}`.trim();
    case 'claims.adjudicate':
    case 'claims.correct':
    case 'claims.void':
      return `claim ${num(i?.claim) ?? '?'}`;
    case 'claims.export':
    case 'claims.exportPaper':
    case 'claims.csv':
    case 'claims.drafts':
      return `claims ${str(i?.from) ?? ''} to ${str(i?.to) ?? ''}`;
    case 'claims.file':
      return `exported file ${num(i?.exportFile) ?? '?'}`;
    case 'workQueue.act':
      return `work item ${num(i?.item) ?? '?'}`;
    case 'remittances.post':
      return `remittance ${str(i?.fileName) ?? '(file)'}`;
    case 'acknowledgments.read':
      return `acknowledgment ${str(i?.fileName) ?? '(file)'}`;
    case 'dataset.import':
    case 'dataset.export':
    case 'demo.open':
      return 'the whole pharmacy';
    case 'database.backup':
      return 'the whole database';
    case 'audit.recordExport':
      return 'the audit trail';
    case 'drugs.loadStarterCatalog':
      return 'drug catalog';
    default:
      return channel;
  }
}

/** Reads of patient data in bulk, audited like writes: the whole dataset, claim files, the CSV of lines. */
export const BULK_READS: ReadonlySet<string> = new Set([
  'dataset.export',
  'claims.file',
  'claims.csv',
  'patients.statement',
  'database.backup',
]);

/** The entity before the write, for the channels that change one known record. */
export function snapshotBefore(channel: string, input: unknown, services: Services): unknown {
  return snapshotOf(channel, input, undefined, services);
}

/** The entity as the write left it: for a new record, found by the id the write returned. */
export function snapshotAfter(channel: string, input: unknown, result: unknown, services: Services): unknown {
  return snapshotOf(channel, input, result, services);
}

function snapshotOf(channel: string, input: unknown, result: unknown, services: Services): unknown {
  const i = obj(input);
  try {
    switch (channel) {
      case 'patients.save': {
        const id = str(obj(i?.patient)?.id) ?? str(obj(result)?.id);
        return id ? services.getPatient(id) : undefined;
      }
      case 'claims.adjudicate':
      case 'claims.correct':
      case 'claims.void': {
        const claim = num(i?.claim);
        if (claim === undefined) return undefined;
        const { draft: _draft, ...rest } = services.claims.get(claim);
        return rest;
      }
      case 'pharmacy.save':
        return services.reference.getPharmacy() ?? undefined;
      default:
        return undefined;
    }
  } catch {
    return undefined; // a new record: nothing before it
  }
}
