import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import { schemaVersion } from '../store/migrate';
import * as t from '../store/schema';
import { importDataset, isEmptyStore } from '../dataset/importDataset';
import { exportDataset } from '../dataset/exportDataset';
import type { Dataset } from '../dataset/datasetSchema';
import { validateDataset } from '../dataset/validateDataset';
import { openDemoPharmacy } from '../demo/demoPharmacy';
import { getPatient, getPlanOfCare, searchPatients } from '../patients/patientQueries';
import { catalog } from '../patients/catalogQueries';
import { savePatient, savePlanOfCare } from '../patients/intakeService';
import { previewSchedule } from '../schedule/schedulePreview';
import * as reference from '../reference/referenceData';
import type { DrugSaveInput, FeeSetInput, PayerSaveInput, PharmacySaveInput, PrescriberSaveInput } from '../reference/referenceInputs';
import { addDocument, addHold, addPumpEvent, addVisit, dischargeEpisode } from '../patients/careEvents';
import type { DocumentAddInput, EpisodeDischargeInput, HoldAddInput, PumpEventAddInput, VisitAddInput } from '../patients/careEventInputs';
import type { PatientSaveInput, PlanSaveInput } from '../patients/intakeInputs';
import type { Period } from '../billing/billingRecord';
import { computeLines, contractLine, explainDay, type ExplainQuery } from '../lines/lineService';
import { persistLines } from '../lines/persistLines';
import { claimDrafts, exportClaims837, exportFile, listExportFiles, type ExportOptions } from '../claims/claimService';
import { claimDetail, correctClaim, listClaims, recordAdjudication, voidClaim } from '../claims/claimLifecycle';
import { claimsCsv } from '../claims/claimCsv';
import { exportClaimsPaper } from '../claims/paperClaims';
import { revenueByMonth } from '../claims/revenue';
import { claimSettings, saveClaimSettings, type ClaimSettings } from '../claims/claimSettings';
import type { AdjudicationInput, ClaimListInput } from '../claims/claimInputs';
import { postRemittance, previewRemittance } from '../remittance/remitService';
import { ledger } from '../remittance/ledgerView';
import { actOnWorkItem, workQueue } from '../remittance/workQueueActions';
import { agingReport } from '../remittance/agingReport';
import { readAcknowledgment } from '../remittance/ackService';
import { patientStatement } from '../remittance/patientStatement';
import { documentCipher } from '../patients/documentCipher';
import { auditEntries, verifyAudit } from './auditLog';
import { backupDatabase } from './databaseBackup';
import type { WorkItemActionInput, WorkQueueInput } from '../remittance/remitInputs';
import { InvalidInputError, NotFoundError, RefusedError, type AppStatus, type ExportedFileView, type LinesView } from '../vocabulary';

export interface ServiceContext {
  opened: OpenedStore;
  clock: Clock;
  resourcesFolder: string;
}

/** Store + domain wired together. Electron IPC, the web host and the CLI are thin faces over these. */
export function createServices(ctx: ServiceContext) {
  const { store, sqlite } = ctx.opened;
  return {
    status(): AppStatus {
      const pharmacy = store.select({ name: t.pharmacy.name }).from(t.pharmacy).get();
      const count =
        store
          .select({ n: sql<number>`count(*)` })
          .from(t.patients)
          .get()?.n ?? 0;
      return {
        databasePath: ctx.opened.path,
        schemaVersion: schemaVersion(sqlite),
        isEmpty: isEmptyStore(store),
        pharmacyName: pharmacy?.name ?? null,
        patientCount: count,
        today: ctx.clock.today(),
      };
    },
    openDemo() {
      // The demo would merge into a pharmacy's own records and replace its profile: only a new database takes it.
      if (!isEmptyStore(store))
        throw new RefusedError('This database already holds a pharmacy: the demo opens only in a new, empty database.');
      return openDemoPharmacy(store, ctx.resourcesFolder, ctx.clock);
    },
    importDataset: (dataset: Dataset) => importDataset(store, dataset, ctx.clock),
    /** A document from the app's import screen: validated whole; any problem is reported at its JSON path. */
    importDocument(document: unknown) {
      const result = validateDataset(document);
      if (!result.ok) throw new InvalidInputError(`The file was not imported: ${result.problems.length} problem(s).`, result.problems);
      return importDataset(store, result.dataset, ctx.clock);
    },
    exportDataset: () => exportDataset(store),
    searchPatients: (query: string) => searchPatients(store, query, ctx.clock.today()),
    getPatient: (id: string) => getPatient(store, id),
    catalog: () => catalog(store),
    savePatient: (input: PatientSaveInput) => savePatient(store, input, ctx.clock),
    getPlanOfCare: (patientId: string, planId: string) => getPlanOfCare(store, patientId, planId),
    savePlanOfCare: (input: PlanSaveInput) => savePlanOfCare(store, input, ctx.clock),
    reference: {
      getPharmacy: () => reference.getPharmacy(store),
      savePharmacy: (input: PharmacySaveInput) => reference.savePharmacy(store, input, ctx.clock),
      savePrescriber: (input: PrescriberSaveInput) => reference.savePrescriber(store, input, ctx.clock),
      saveDrug: (input: DrugSaveInput) => reference.saveDrug(store, input, ctx.clock),
      loadStarterCatalog: () => reference.loadStarterCatalog(store, ctx.resourcesFolder, ctx.clock),
      savePayer: (input: PayerSaveInput) => reference.savePayer(store, input, ctx.clock),
      listPayers: () => reference.listPayers(store),
      feeSchedule: (payerId: string) => reference.feeSchedule(store, payerId),
      setFee: (input: FeeSetInput) => reference.setFee(store, input),
      hcpcs: () => reference.hcpcsReference(ctx.resourcesFolder),
    },
    addHold: (input: HoldAddInput) => addHold(store, input),
    addVisit: (input: VisitAddInput) => addVisit(store, input),
    addPumpEvent: (input: PumpEventAddInput) => addPumpEvent(store, input),
    addDocument: (input: DocumentAddInput) =>
      addDocument(store, ctx.opened.path, input, input.file ? documentCipher(ctx.opened, store) : null),
    dischargeEpisode: (input: EpisodeDischargeInput) => dischargeEpisode(store, input),
    previewSchedule: (text: string, start: string, stop: string | undefined, days: number) => previewSchedule(text, start, stop, days),
    lines: (period: Period, patientId?: string) => computeLines(store, period, patientId),
    /** DS-1: the period's lines with those dated after today marked scheduled (shown, never billed). */
    linesPreview(period: Period, patientId?: string): LinesView {
      const today = ctx.clock.today();
      const result = computeLines(store, period, patientId);
      return { ...result, today, lines: result.lines.map((l) => ({ ...contractLine(l), scheduled: l.date > today })) };
    },
    explain(query: ExplainQuery) {
      const known = store.select({ id: t.patients.id }).from(t.patients).where(eq(t.patients.id, query.patient)).get();
      if (!known)
        throw new InvalidInputError(`There is no patient "${query.patient}".`, [
          { path: 'patientId', message: `there is no patient "${query.patient}"` },
        ]);
      return explainDay(store, query);
    },
    claimDrafts: (period: Period, patientId?: string) => claimDrafts(ctx.opened, ctx.clock, period, patientId),
    claims: {
      drafts(period: Period) {
        const { drafts, corrections } = claimDrafts(ctx.opened, ctx.clock, period);
        return { drafts, corrections: corrections.map((c) => ({ lineKey: c.lineKey, claimId: c.claimId, change: c.change })) };
      },
      export837: (period: Period, draftIds: string[], options?: ExportOptions): ExportedFileView => ({
        ...exportClaims837(ctx.opened, ctx.clock, period, draftIds, options),
        encoding: 'utf8',
      }),
      exportPaper: (period: Period, draftIds: string[]): Promise<ExportedFileView> =>
        exportClaimsPaper(ctx.opened, ctx.clock, period, draftIds),
      list: (filter: ClaimListInput) => listClaims(ctx.opened, filter),
      revenue: (fromMonth: string, toMonth: string) => revenueByMonth(ctx.opened, ctx.clock.today(), fromMonth, toMonth),
      settings: () => claimSettings(store),
      saveSettings: (settings: ClaimSettings) => saveClaimSettings(store, settings),
      get: (key: number) => claimDetail(ctx.opened, key),
      adjudicate: (input: AdjudicationInput) => recordAdjudication(ctx.opened, ctx.clock, input),
      correct: (key: number, payerClaimNumber: string): ExportedFileView => ({
        ...correctClaim(ctx.opened, ctx.clock, key, payerClaimNumber),
        encoding: 'utf8',
      }),
      void: (key: number, payerClaimNumber: string): ExportedFileView => ({
        ...voidClaim(ctx.opened, ctx.clock, key, payerClaimNumber),
        encoding: 'utf8',
      }),
      file(key: number): ExportedFileView {
        const file = exportFile(ctx.opened, key);
        if (!file) throw new NotFoundError(`There is no exported file ${key}.`);
        const binary = file.format === 'cms1500';
        return {
          fileName: file.fileName,
          format: file.format,
          content: file.content.toString(binary ? 'base64' : 'utf8'),
          encoding: binary ? 'base64' : 'utf8',
          claims: [],
        };
      },
      csv: (period: Period): ExportedFileView => claimsCsv(ctx.opened, ctx.clock, period),
    },
    remittances: {
      preview: (text: string) => previewRemittance(ctx.opened, text),
      post: (text: string, fileName?: string) => postRemittance(ctx.opened, ctx.clock, text, fileName),
      ledger: () => ledger(ctx.opened, ctx.clock),
      workQueue: (filter: WorkQueueInput) => workQueue(ctx.opened, ctx.clock, filter),
      act: (input: WorkItemActionInput) => actOnWorkItem(ctx.opened, ctx.clock, input),
      aging: () => agingReport(ctx.opened, ctx.clock),
      statement: (patientId: string) => patientStatement(ctx.opened, ctx.clock, patientId),
      acknowledge: (text: string, fileName?: string) => readAcknowledgment(ctx.opened, ctx.clock, text, fileName),
    },
    exportClaims837: (period: Period, draftIds: string[], options?: ExportOptions) =>
      exportClaims837(ctx.opened, ctx.clock, period, draftIds, options),
    /** Exported files, newest first: any of them can be written out again. */
    exportedFiles: () => listExportFiles(ctx.opened),
    audit: {
      entries: () => auditEntries(ctx.opened),
      verify: () => verifyAudit(ctx.opened),
    },
    backup: (deliver: (copyPath: string) => void) => backupDatabase(ctx.opened, deliver),
    /** Generates the period's lines and stores them; returns what changed, including corrections to exported lines. */
    generateAndStoreLines(period: Period, patientId?: string) {
      const result = computeLines(store, period, patientId);
      const stored = persistLines(sqlite, period, result.lines, ctx.clock.now(), patientId);
      return { ...result, stored };
    },
  };
}

export type Services = ReturnType<typeof createServices>;
