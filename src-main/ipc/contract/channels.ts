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
} from './records';
import { calendarDate } from '../../dataset/datasetSchema';
import { claimSettingsSchema } from '../../claims/claimSettingsSchema';
import { adjudicationInput, claimAmendInput, claimExportInput, claimListInput, periodInput } from './claimInputs';
import { drugSaveInput, feeSetInput, payerSaveInput, pharmacySaveInput, prescriberSaveInput } from './referenceInputs';
import { patientSaveInput, planSaveInput, schedulePreviewInput } from './intakeInputs';
import { documentAddInput, episodeDischargeInput, holdAddInput, pumpEventAddInput, visitAddInput } from './careEventInputs';

// The IPC contract: every channel's name, whether it reads or writes, its input schema and its output type.
// The main process binds a handler to each (src-main/ipc/channelTable.ts); the preload and the web client
// expose exactly these names. Kept free of Node imports: the renderer compiles it for its types.

export type ChannelKind = 'read' | 'write';

export interface ChannelSpec<I extends z.ZodType, O> {
  kind: ChannelKind;
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

const returns = <O>() => undefined as O | undefined;
const read = <I extends z.ZodType, O>(input: I, output: O | undefined): ChannelSpec<I, O> => ({ kind: 'read', input, output });
const write = <I extends z.ZodType, O>(input: I, output: O | undefined): ChannelSpec<I, O> => ({ kind: 'write', input, output });

const none = z.object({}).strict();

export const channels = {
  'app.status': read(none, returns<AppStatus>()),
  'demo.open': write(none, returns<ImportSummaryView>()),
  'patients.search': read(
    z.object({ query: z.string().max(100, 'Search text is too long (100 characters at most)').default('') }).strict(),
    returns<PatientSummary[]>(),
  ),
  'patients.get': read(z.object({ id: z.string().min(1, 'A patient id is required').max(64) }).strict(), returns<PatientDetail>()),
  'catalog.get': read(none, returns<CatalogView>()),
  'patients.save': write(patientSaveInput, returns<{ id: string }>()),
  'plans.get': read(z.object({ patientId: z.string().min(1), planId: z.string().min(1) }).strict(), returns<PlanOfCareEdit>()),
  'plans.save': write(planSaveInput, returns<{ id: string }>()),
  'schedule.preview': read(schedulePreviewInput, returns<SchedulePreview>()),
  'holds.add': write(holdAddInput, returns<{ key: number }>()),
  'visits.add': write(visitAddInput, returns<{ key: number }>()),
  'pumpEvents.add': write(pumpEventAddInput, returns<{ key: number }>()),
  'documents.add': write(documentAddInput, returns<{ key: number; file: string | null }>()),
  'episodes.discharge': write(episodeDischargeInput, returns<{ key: number }>()),
  // The whole document is validated by the dataset schema in the service, with JSON paths in the errors.
  'dataset.import': write(z.object({ document: z.unknown() }).strict(), returns<ImportSummaryView>()),
  'dataset.export': read(none, returns<unknown>()),
  'pharmacy.get': read(none, returns<PharmacyView | null>()),
  'pharmacy.save': write(pharmacySaveInput, returns<PharmacyView>()),
  'prescribers.save': write(prescriberSaveInput, returns<{ id: string }>()),
  'drugs.save': write(drugSaveInput, returns<{ id: string }>()),
  'drugs.loadStarterCatalog': write(none, returns<{ added: string[] }>()),
  'payers.list': read(none, returns<PayerView[]>()),
  'payers.save': write(payerSaveInput, returns<{ id: string }>()),
  'payers.fees': read(z.object({ payerId: z.string().min(1) }).strict(), returns<FeeScheduleView>()),
  'payers.setFee': write(feeSetInput, returns<FeeScheduleView>()),
  'reference.hcpcs': read(none, returns<HcpcsEntry[]>()),
  // The period's claims to bill as of today, assembled from the engine's lines: a read, nothing is stored.
  'claims.drafts': read(periodInput, returns<ClaimDraftsView>()),
  'claims.export': write(claimExportInput, returns<ExportedFileView>()),
  'claims.exportPaper': write(claimExportInput, returns<ExportedFileView>()),
  'claims.settings': read(none, returns<z.output<typeof claimSettingsSchema>>()),
  'claims.saveSettings': write(z.object({ settings: claimSettingsSchema }).strict(), returns<z.output<typeof claimSettingsSchema>>()),
  // The engine's lines and findings for one patient and period, computed and not stored: the billing calendar.
  'lines.preview': read(
    z
      .object({ patientId: z.string().min(1), from: calendarDate, to: calendarDate })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'The period ends before it starts', path: ['to'] }),
    returns<LinesPreview>(),
  ),
  'lines.explain': read(
    z
      .object({ patientId: z.string().min(1), date: calendarDate, order: z.string().min(1).optional(), code: z.string().min(1).optional() })
      .strict(),
    returns<ExplanationView[]>(),
  ),
  'revenue.byMonth': read(
    z
      .object({ from: z.string().regex(/^\d{4}-\d{2}$/, 'A month, YYYY-MM'), to: z.string().regex(/^\d{4}-\d{2}$/, 'A month, YYYY-MM') })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'The last month is before the first', path: ['to'] }),
    returns<RevenueRow[]>(),
  ),
  'claims.list': read(claimListInput, returns<ClaimSummaryView[]>()),
  'claims.get': read(z.object({ claim: z.number().int().positive() }).strict(), returns<ClaimDetailView>()),
  'claims.adjudicate': write(adjudicationInput, returns<ClaimDetailView>()),
  'claims.correct': write(claimAmendInput, returns<ExportedFileView>()),
  'claims.void': write(claimAmendInput, returns<ExportedFileView>()),
  'claims.file': read(z.object({ exportFile: z.number().int().positive() }).strict(), returns<ExportedFileView>()),
  'claims.csv': read(periodInput, returns<ExportedFileView>()),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<N extends ChannelName> = z.input<Channels[N]['input']>;
export type ChannelOutput<N extends ChannelName> = Exclude<Channels[N]['output'], undefined>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
