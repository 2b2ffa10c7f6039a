import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { withWriteRetry, type WriteTx } from '../store/withWriteRetry';
import { InvalidInputError, type AckClaimResult, type AckView } from '../vocabulary';
import { read277ca, type ClaimAckStatus277 } from '../x12/read277ca';
import { read999, type Ack999Transaction } from '../x12/read999';
import { readSegments, X12ReadError } from '../x12/x12Segments';
import { describeClaimStatus277 } from './codes/describeCode';
import {
  ACK_STATUS_CODE_DESCRIPTIONS,
  ELEMENT_ERROR_CODE_DESCRIPTIONS,
  GROUP_SYNTAX_ERROR_DESCRIPTIONS,
  SEGMENT_ERROR_CODE_DESCRIPTIONS,
  SET_SYNTAX_ERROR_DESCRIPTIONS,
} from './codes/ack999';

const TABLES = {
  status: ACK_STATUS_CODE_DESCRIPTIONS,
  element: ELEMENT_ERROR_CODE_DESCRIPTIONS,
  set: SET_SYNTAX_ERROR_DESCRIPTIONS,
  group: GROUP_SYNTAX_ERROR_DESCRIPTIONS,
} as const;
const describeAckCode = (code: string, table: keyof typeof TABLES = 'status') => {
  const text = TABLES[table][code];
  return text ? `${code}: ${text}` : code;
};
const describeSegmentError = (code: string) => {
  const text = SEGMENT_ERROR_CODE_DESCRIPTIONS[code];
  return text ? `${code}: ${text}` : code;
};

// Acknowledgments from the payer's front door: a 999 says whether our file's transaction set was accepted, a
// 277CA whether each claim was taken into adjudication. A rejected claim goes back to the biller with the
// reason: its lines are released so the claim can be fixed and sent again as a new claim.

function kindOf(text: string): '999' | '277ca' {
  const st = readSegments(text).segments.find((s) => s.id === 'ST');
  const id = st?.elements[1]?.trim();
  if (id === '999') return '999';
  if (id === '277') return '277ca';
  throw new InvalidInputError('This is neither a 999 nor a 277CA acknowledgment.', [
    { path: 'text', message: id ? `the file holds a ${id} transaction (ST01), not a 999 or 277` : 'the file has no ST segment' },
  ]);
}

/** Our 837P file sent under this GS06 (AK102). */
function claimsOfGroup(tx: WriteTx, groupControlNumber: string): { key: number; controlNumber: string; status: string }[] {
  const files = tx
    .select({ key: t.exportFiles.key, group: t.exportFiles.groupControlNumber, content: t.exportFiles.content })
    .from(t.exportFiles)
    .where(eq(t.exportFiles.format, '837p'))
    .all();
  // Files exported before GS06 was kept: read it from the file itself.
  const gs06 = (f: (typeof files)[number]) => {
    if (f.group !== null) return String(f.group);
    const text = f.content.toString('utf8');
    const gs = text.split(/~\s*/).find((s) => s.startsWith('GS*'));
    return gs?.split('*')[6] ?? '';
  };
  const file = files.find((f) => gs06(f) === String(Number(groupControlNumber)));
  if (!file) return [];
  return tx
    .select({ key: t.claims.key, controlNumber: t.claims.controlNumber, status: t.claims.status })
    .from(t.claims)
    .where(eq(t.claims.exportFileKey, file.key))
    .all();
}

function reject(tx: WriteTx, clock: Clock, claim: { key: number; status: string }, reasons: string[], source: string): void {
  if (claim.status !== 'exported' && claim.status !== 'accepted') return;
  const now = clock.now();
  tx.update(t.claims).set({ status: 'rejected' }).where(eq(t.claims.key, claim.key)).run();
  // Never entered adjudication: its lines go back to the claims to bill, to be fixed and sent on a new claim.
  tx.update(t.billingLines).set({ claimId: null, statusChangedAt: now }).where(eq(t.billingLines.claimId, claim.key)).run();
  tx.insert(t.claimEvents)
    .values({ claimKey: claim.key, at: now, kind: 'rejected', note: `${source}: ${reasons.join('; ') || 'rejected'}` })
    .run();
  const open = tx
    .select({ key: t.workItems.key })
    .from(t.workItems)
    .where(and(eq(t.workItems.claimKey, claim.key), eq(t.workItems.kind, 'rejected'), isNull(t.workItems.resolution)))
    .get();
  if (!open)
    tx.insert(t.workItems)
      .values({
        claimKey: claim.key,
        lineNumber: null,
        kind: 'rejected',
        reasons: [],
        remarks: [],
        amountCents: tx.select({ c: t.claims.totalCents }).from(t.claims).where(eq(t.claims.key, claim.key)).get()!.c,
        message: reasons.join('; ') || null,
        openedOn: clock.today(),
      })
      .run();
}

function accept(tx: WriteTx, clock: Clock, claim: { key: number; status: string }, note: string, payerClaimNumber?: string | null): void {
  // A 277CA after the 999 finds the claim accepted already: it still brings the payer's claim number.
  if (claim.status !== 'exported' && !(claim.status === 'accepted' && payerClaimNumber)) return;
  tx.update(t.claims)
    .set({ status: 'accepted', ...(payerClaimNumber ? { payerClaimNumber } : {}) })
    .where(eq(t.claims.key, claim.key))
    .run();
  tx.insert(t.claimEvents).values({ claimKey: claim.key, at: clock.now(), kind: 'accepted', note }).run();
}

const setReasons = (set: Ack999Transaction) => [
  ...set.codes.map((c) => describeAckCode(c, 'set')),
  ...set.errors.map(
    (e) =>
      `${e.segmentId} at position ${e.position}: ${describeSegmentError(e.code)}${e.element ? ` (element ${e.element.position}: ${describeAckCode(e.element.code, 'element')}${e.element.badValue ? ` "${e.element.badValue}"` : ''})` : ''}`,
  ),
];

function post999(tx: WriteTx, clock: Clock, text: string): AckView {
  const ack = read999(text);
  const claims: AckClaimResult[] = [];
  const messages: string[] = [];
  let accepted = 0;
  let rejected = 0;
  for (const group of ack.groups) {
    const ours = claimsOfGroup(tx, group.groupControlNumber);
    if (ours.length === 0) {
      messages.push(`Group ${group.groupControlNumber} (${group.functionalId}) matches no file we sent.`);
      continue;
    }
    const sets = group.transactions.length > 0 ? group.transactions : [];
    const refused = group.status === 'R' || sets.some((s) => s.status === 'R' || s.status === 'M' || s.status === 'W' || s.status === 'X');
    const reasons = [...group.codes.map((c) => describeAckCode(c, 'group')), ...sets.flatMap(setReasons)];
    for (const claim of ours) {
      if (refused) {
        reject(tx, clock, claim, reasons, `999 group ${group.groupControlNumber}`);
        rejected += 1;
      } else {
        accept(
          tx,
          clock,
          claim,
          `999 group ${group.groupControlNumber}: the file was accepted${group.status === 'E' ? ' with errors noted' : ''}`,
        );
        accepted += 1;
      }
      claims.push({
        controlNumber: claim.controlNumber,
        claimKey: claim.key,
        status: refused ? 'rejected' : 'accepted',
        reasons: refused ? reasons : [],
      });
    }
  }
  return {
    kind: '999',
    accepted,
    rejected,
    claims,
    messages: [...messages, ...ack.warnings.map((w) => `Line ${w.line} (${w.segmentId}): ${w.message}`)],
  };
}

const statusText = (s: ClaimAckStatus277) => describeClaimStatus277(s.category, s.code);

function post277(tx: WriteTx, clock: Clock, text: string): AckView {
  const ack = read277ca(text);
  const controlNumbers = ack.claims.map((c) => c.controlNumber);
  const ours = new Map(
    (controlNumbers.length === 0
      ? []
      : tx
          .select({ key: t.claims.key, controlNumber: t.claims.controlNumber, status: t.claims.status })
          .from(t.claims)
          .where(inArray(t.claims.controlNumber, controlNumbers))
          .all()
    ).map((c) => [c.controlNumber, c]),
  );
  const claims: AckClaimResult[] = [];
  for (const c of ack.claims) {
    const claim = ours.get(c.controlNumber);
    const reasons = [...c.statuses, ...c.lines.flatMap((l) => l.statuses)].map(statusText);
    if (!claim) {
      claims.push({ controlNumber: c.controlNumber, claimKey: null, status: 'unmatched', reasons });
      continue;
    }
    if (c.status === 'rejected') reject(tx, clock, claim, reasons, '277CA');
    if (c.status === 'accepted') accept(tx, clock, claim, `277CA: ${reasons.join('; ')}`, c.payerClaimNumber);
    claims.push({ controlNumber: c.controlNumber, claimKey: claim.key, status: c.status, reasons });
  }
  const messages = ack.levels
    .filter((l) => l.statuses.length > 0)
    .map((l) => `${l.level} ${l.name || l.id}: ${l.statuses.map(statusText).join('; ')}`);
  return {
    kind: '277ca',
    accepted: claims.filter((c) => c.status === 'accepted').length,
    rejected: claims.filter((c) => c.status === 'rejected').length,
    claims,
    messages: [...messages, ...ack.warnings.map((w) => `Line ${w.line} (${w.segmentId}): ${w.message}`)],
  };
}

/** Reads a 999 or 277CA and records, in one transaction with the file, which claims the payer accepted or rejected. */
export function readAcknowledgment(opened: OpenedStore, clock: Clock, text: string, originalName?: string): AckView {
  try {
    const kind = kindOf(text);
    return withWriteRetry(opened.store, (tx) => {
      const file = tx
        .insert(t.receivedFiles)
        .values({
          kind,
          originalName: originalName ?? null,
          content: Buffer.from(text, 'utf8'),
          receivedOn: clock.today(),
          receivedAt: clock.now(),
        })
        .returning({ key: t.receivedFiles.key })
        .get();
      const view = kind === '999' ? post999(tx, clock, text) : post277(tx, clock, text);
      tx.insert(t.acknowledgments).values({ fileKey: file.key, kind, summary: view, readOn: clock.today() }).run();
      return view;
    });
  } catch (error) {
    if (error instanceof X12ReadError)
      throw new InvalidInputError(`This acknowledgment cannot be read: ${error.message}`, [{ path: 'text', message: error.message }]);
    throw error;
  }
}
