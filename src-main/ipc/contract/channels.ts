import { z } from 'zod';
import type {
  AppStatus,
  CatalogView,
  RevenueRow,
  ExplanationView,
  PayerView,
  LinesPreview,
  ClaimDetailView,
  ClaimDraftsView,
  ClaimSummaryView,
  ExportedFileView,
  FeeScheduleView,
  HcpcsEntry,
  PharmacyView,
  ImportSummaryView,
  PatientDetail,
  PatientSummary,
  PlanOfCareEdit,
  SchedulePreview,
  ExportFileSummary,
  LinesView,
  RemitPostingView,
  LedgerView,
  WorkItemView,
  AgingView,
  AckView,
  AuditEntryView,
  AuditVerificationView,
  BackupView,
} from './records';
import { calendarDate } from '../../dataset/datasetSchema';
import { claimSettingsSchema } from '../../claims/assembly/claimSettingsSchema';
import { adjudicationInput, claimAmendInput, claimExportInput, claimListInput, periodInput } from '../../claims/claimInputs';
import { drugSaveInput, feeSetInput, payerSaveInput, pharmacySaveInput, prescriberSaveInput } from '../../reference/referenceInputs';
import { patientSaveInput, planSaveInput, schedulePreviewInput } from '../../patients/intakeInputs';
import { remitFileInput, workItemActionInput, workQueueInput } from '../../remittance/remitInputs';
import { documentAddInput, episodeDischargeInput, holdAddInput, pumpEventAddInput, visitAddInput } from '../../patients/careEventInputs';

// The IPC contract: every channel's name, whether it reads or writes, its input schema and its output type.
// The main process binds a handler to each (src-main/ipc/channelTable.ts); the preload and the web client
// expose exactly these names. Kept free of Node imports: the renderer compiles it for its types.

export type ChannelKind = 'read' | 'write';

/**
 * What a channel reads, or what a write changes: the page refetches only the reads a write can have changed.
 * pharmacy: profile, payers and fees, drugs, prescribers, claim settings; patients: patients, coverage, plans,
 * orders, care events, documents; claims: claims, stored lines, exported files.
 */
export type Topic = 'pharmacy' | 'patients' | 'claims';
const ALL: Topic[] = ['pharmacy', 'patients', 'claims'];

export interface ChannelSpec<I extends z.ZodType, O> {
  kind: ChannelKind;
  input: I;
  /** For a read, what it reads; for a write, what it changes. */
  topics: readonly Topic[];
  /** Phantom: carries the output type only. */
  output?: O;
}

const returns = <O>() => undefined as O | undefined;
const read = <I extends z.ZodType, O>(input: I, output: O | undefined, topics: Topic[]): ChannelSpec<I, O> => ({
  kind: 'read',
  input,
  topics,
  output,
});
const write = <I extends z.ZodType, O>(input: I, output: O | undefined, topics: Topic[]): ChannelSpec<I, O> => ({
  kind: 'write',
  input,
  topics,
  output,
});

const none = z.object({}).strict();

export const channels = {
  'app.status': read(none, returns<AppStatus>(), ['pharmacy', 'patients']),
  'demo.open': write(none, returns<ImportSummaryView>(), ALL),
  'patients.search': read(
    z.object({ query: z.string().max(100, 'Search text is too long (100 characters at most)').default('') }).strict(),
    returns<PatientSummary[]>(),
    ['patients'],
  ),
  'patients.get': read(z.object({ id: z.string().min(1, 'A patient id is required').max(64) }).strict(), returns<PatientDetail>(), [
    'patients',
  ]),
  'catalog.get': read(none, returns<CatalogView>(), ['pharmacy']),
  'patients.save': write(patientSaveInput, returns<{ id: string }>(), ['patients']),
  'plans.get': read(z.object({ patientId: z.string().min(1), planId: z.string().min(1) }).strict(), returns<PlanOfCareEdit>(), [
    'patients',
    'claims',
  ]),
  'plans.save': write(planSaveInput, returns<{ id: string }>(), ['patients']),
  'schedule.preview': read(schedulePreviewInput, returns<SchedulePreview>(), []),
  'holds.add': write(holdAddInput, returns<{ key: number }>(), ['patients']),
  'visits.add': write(visitAddInput, returns<{ key: number }>(), ['patients']),
  'pumpEvents.add': write(pumpEventAddInput, returns<{ key: number }>(), ['patients']),
  'documents.add': write(documentAddInput, returns<{ key: number; file: string | null }>(), ['patients']),
  'episodes.discharge': write(episodeDischargeInput, returns<{ key: number }>(), ['patients']),
  // The whole document is validated by the dataset schema in the service, with JSON paths in the errors.
  'dataset.import': write(z.object({ document: z.unknown() }).strict(), returns<ImportSummaryView>(), ALL),
  'dataset.export': read(none, returns<unknown>(), ALL),
  'pharmacy.get': read(none, returns<PharmacyView | null>(), ['pharmacy']),
  'pharmacy.save': write(pharmacySaveInput, returns<PharmacyView>(), ['pharmacy']),
  'prescribers.save': write(prescriberSaveInput, returns<{ id: string }>(), ['pharmacy']),
  'drugs.save': write(drugSaveInput, returns<{ id: string }>(), ['pharmacy']),
  'drugs.loadStarterCatalog': write(none, returns<{ added: string[] }>(), ['pharmacy']),
  'payers.list': read(none, returns<PayerView[]>(), ['pharmacy']),
  'payers.save': write(payerSaveInput, returns<{ id: string }>(), ['pharmacy']),
  'payers.fees': read(z.object({ payerId: z.string().min(1) }).strict(), returns<FeeScheduleView>(), ['pharmacy']),
  'payers.setFee': write(feeSetInput, returns<FeeScheduleView>(), ['pharmacy']),
  'reference.hcpcs': read(none, returns<HcpcsEntry[]>(), []),
  // The period's claims to bill as of today, assembled from the engine's lines: a read, nothing is stored.
  'claims.drafts': read(periodInput, returns<ClaimDraftsView>(), ALL),
  'claims.export': write(claimExportInput, returns<ExportedFileView>(), ['claims']),
  'claims.exportPaper': write(claimExportInput, returns<ExportedFileView>(), ['claims']),
  'claims.settings': read(none, returns<z.output<typeof claimSettingsSchema>>(), ['pharmacy']),
  'claims.saveSettings': write(z.object({ settings: claimSettingsSchema }).strict(), returns<z.output<typeof claimSettingsSchema>>(), [
    'pharmacy',
  ]),
  // The engine's lines and findings for one patient and period, computed and not stored: the billing calendar.
  'lines.preview': read(
    z
      .object({ patientId: z.string().min(1), from: calendarDate, to: calendarDate })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'The period ends before it starts', path: ['to'] }),
    returns<LinesPreview>(),
    ['pharmacy', 'patients'],
  ),
  'lines.explain': read(
    z
      .object({ patientId: z.string().min(1), date: calendarDate, order: z.string().min(1).optional(), code: z.string().min(1).optional() })
      .strict(),
    returns<ExplanationView[]>(),
    ['pharmacy', 'patients'],
  ),
  'revenue.byMonth': read(
    z
      .object({ from: z.string().regex(/^\d{4}-\d{2}$/, 'A month, YYYY-MM'), to: z.string().regex(/^\d{4}-\d{2}$/, 'A month, YYYY-MM') })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'The last month is before the first', path: ['to'] }),
    returns<RevenueRow[]>(),
    ALL,
  ),
  'claims.list': read(claimListInput, returns<ClaimSummaryView[]>(), ['claims']),
  'claims.get': read(z.object({ claim: z.number().int().positive() }).strict(), returns<ClaimDetailView>(), ['claims']),
  'claims.adjudicate': write(adjudicationInput, returns<ClaimDetailView>(), ['claims']),
  'claims.correct': write(claimAmendInput, returns<ExportedFileView>(), ['claims']),
  'claims.void': write(claimAmendInput, returns<ExportedFileView>(), ['claims']),
  'claims.file': read(z.object({ exportFile: z.number().int().positive() }).strict(), returns<ExportedFileView>(), ['claims']),
  'claims.csv': read(periodInput, returns<ExportedFileView>(), ALL),
  // Every file exported so far (837P, CMS-1500, CSV), newest first: any can be written out again.
  'claims.files': read(none, returns<ExportFileSummary[]>(), ['claims']),
  // RM-1..RM-5: an 835 previewed (nothing written), then posted with its file in one transaction.
  'remittances.preview': read(remitFileInput, returns<RemitPostingView>(), ['claims']),
  'remittances.post': write(remitFileInput, returns<RemitPostingView>(), ['claims']),
  // A 999 or 277CA: claims accepted or rejected at the payer's front door.
  'acknowledgments.read': write(remitFileInput, returns<AckView>(), ['claims']),
  'ledger.claims': read(none, returns<LedgerView>(), ['claims']),
  'workQueue.list': read(workQueueInput, returns<WorkItemView[]>(), ['claims']),
  'workQueue.act': write(workItemActionInput, returns<WorkItemView>(), ['claims']),
  'aging.report': read(none, returns<AgingView>(), ['claims']),
  // The audit trail (oldest first), and the check of its hash chain.
  'audit.list': read(none, returns<AuditEntryView[]>(), ALL),
  'audit.verify': read(none, returns<AuditVerificationView>(), ALL),
  // The page's CSV of the trail holds patient data: its export is itself an audited act.
  'audit.recordExport': write(
    z.object({ rows: z.number().int().nonnegative(), filters: z.record(z.string(), z.string().max(200)).default({}) }).strict(),
    returns<{ rows: number }>(),
    // It adds to the trail only; the trail is read under every topic.
    ['pharmacy'],
  ),
  // An online, consistent copy of the database (SQLite backup API), checked, handed to the face that asked.
  'database.backup': read(none, returns<BackupView>(), []),
  // CB-2: what a patient owes after the last payer, as a PDF statement (base64).
  'patients.statement': read(z.object({ patientId: z.string().min(1).max(64) }).strict(), returns<ExportedFileView>(), [
    'claims',
    'patients',
  ]),
  // The engine's lines and findings for a period (all patients, or one): the command line's `lines`.
  'lines.list': read(
    z
      .object({ from: calendarDate, to: calendarDate, patientId: z.string().min(1).optional() })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'The period ends before it starts', path: ['to'] }),
    returns<LinesView>(),
    ['pharmacy', 'patients'],
  ),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>;
export type ChannelOutput<N extends ChannelName> = Exclude<Channels[N]['output'], undefined>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

/** Whether a write on `written` can change what a read on `read` shows. */
export function writeAffects(written: ChannelName, read: ChannelName): boolean {
  const changes = channels[written].topics;
  return channels[read].topics.some((t) => changes.includes(t));
}
