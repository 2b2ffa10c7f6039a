import type { OpenedStore } from '../store/openDatabase';
import type { Clock } from '../calendar/clock';
import type { Period } from '../billing/billingRecord';
import type { ExportedFileView } from '../vocabulary';
import { listClaims, claimDetail } from './claimLifecycle';
import { claimDrafts } from './claimService';
import type { DraftLine } from './assembly/claimDraft';

// A CSV of the period's lines: those on claims (with the claim's control number and status) and those in
// drafts not yet sent. A report: it changes nothing.

const HEADER = [
  'claim',
  'status',
  'patient',
  'payer',
  'order',
  'from',
  'to',
  'kind',
  'code',
  'modifiers',
  'units',
  'charge',
  'ndc',
  'ndc_quantity',
  'ndc_unit',
  'rules',
];

function csvField(value: string | number | undefined | null): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

function csvRow(claim: string, status: string, patient: string, payer: string, l: DraftLine): string[] {
  return [
    claim,
    status,
    patient,
    payer,
    l.order ?? '',
    l.from,
    l.to,
    l.kind,
    l.code,
    l.modifiers.join(':'),
    String(l.units),
    dollars(l.chargeCents),
    l.ndc ?? '',
    l.ndcQuantity === undefined ? '' : String(l.ndcQuantity),
    l.ndcUnit ?? '',
    l.rules.join(' '),
  ];
}

export function claimsCsv(opened: OpenedStore, clock: Clock, period: Period): ExportedFileView {
  const rows: string[][] = [];
  for (const summary of listClaims(opened, { from: period.from, to: period.to }).reverse()) {
    const claim = claimDetail(opened, summary.key);
    for (const l of claim.draft.lines) rows.push(csvRow(claim.controlNumber, claim.status, claim.patientId, claim.payerId, l));
  }
  for (const draft of claimDrafts(opened, clock, period).drafts) {
    const status = draft.problems.length > 0 ? 'draft, not ready' : 'draft, ready';
    for (const l of draft.lines) rows.push(csvRow('', status, draft.patientId, draft.payerId, l));
  }
  const content = [HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  return { fileName: `dripline-lines-${period.from}-to-${period.to}.csv`, format: 'csv', content, encoding: 'utf8', claims: [] };
}
