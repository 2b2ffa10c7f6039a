import { and, eq } from 'drizzle-orm';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { withWriteRetry, type WriteTx } from '../store/withWriteRetry';
import { dollars, InvalidInputError, type RemitClaimResult, type RemitOutcome, type RemitPostingView } from '../vocabulary';
import { read835 } from '../x12/read835';
import { X12ReadError } from '../x12/x12Segments';
import type { Remittance835, RemitTransaction835 } from '../x12/read835Types';
import { CLAIM_STATUS_CODE_DESCRIPTIONS } from './codes/groupCodes';
import { planClaimPosting, type ClaimPosting, type SentClaim } from './posting/postingPlan';
import { statusFromLedger } from './posting/claimLedger';
import { sentClaimsByControl } from './sentClaims';
import { refreshWorkItems } from './workQueue';

// Posting an 835 (RM-1..RM-5): the whole file is planned first, then written in one transaction together with
// the file itself. A transaction already posted (same payer and trace number) posts nothing again (RM-4).

export function parse835(text: string) {
  try {
    return read835(text);
  } catch (error) {
    if (error instanceof X12ReadError)
      throw new InvalidInputError(`This is not a readable 835: ${error.message}`, [{ path: 'text', message: error.message }]);
    throw error;
  }
}

/** RM-3 in words, without the closing period: it is set inside a sentence. */
const statusWords = (code: string) => (CLAIM_STATUS_CODE_DESCRIPTIONS[code] ?? `CLP02 ${code}`).replace(/\.$/, '');

const IN_THIS_FILE = 'in this file';

/** RM-4: who paid, as the 835 names them. */
const payerKeyOf = (tx: RemitTransaction835) => tx.trace.originatorId || tx.payer.id || tx.payer.name;

interface PlannedTransaction {
  transaction: RemitTransaction835;
  alreadyPostedOn: string | null;
  postings: ClaimPosting[];
}

function planFile(db: Pick<OpenedStore['store'], 'select'>, remittance: Remittance835) {
  const sent = sentClaimsByControl(
    db,
    remittance.transactions.flatMap((tx) => tx.claims.map((c) => c.controlNumber)),
  );
  // RM-4 within the file too: the same payment twice in one file posts once.
  const inThisFile = new Set<string>();
  const planned: PlannedTransaction[] = remittance.transactions.map((transaction) => {
    const key = `${payerKeyOf(transaction)}\u0000${transaction.trace.number}`;
    if (inThisFile.has(key)) return { transaction, alreadyPostedOn: IN_THIS_FILE, postings: [] };
    inThisFile.add(key);
    const earlier = db
      .select({ postedOn: t.remittances.postedOn })
      .from(t.remittances)
      .where(and(eq(t.remittances.payerKey, payerKeyOf(transaction)), eq(t.remittances.traceNumber, transaction.trace.number)))
      .get();
    if (earlier) return { transaction, alreadyPostedOn: earlier.postedOn, postings: [] };
    // Claims answered twice in one file (a reversal, then the new answer) see the earlier posting.
    const postings = transaction.claims.map((claim) => {
      const posting = planClaimPosting(claim, sent.get(claim.controlNumber));
      if (posting.outcome === 'posted') posting.sent.entries = [...posting.sent.entries, ...posting.entries];
      return posting;
    });
    return { transaction, alreadyPostedOn: null, postings };
  });
  return { remittance, planned, sent };
}

function patientNames(db: Pick<OpenedStore['store'], 'select'>, sent: Map<string, SentClaim>): Map<number, string> {
  const names = new Map<number, string>();
  for (const claim of sent.values()) {
    const row = db
      .select({ first: t.patients.firstName, last: t.patients.lastName })
      .from(t.claims)
      .innerJoin(t.patients, eq(t.patients.id, t.claims.patientId))
      .where(eq(t.claims.key, claim.key))
      .get();
    if (row) names.set(claim.key, `${row.last}, ${row.first}`);
  }
  return names;
}

function view(
  planned: PlannedTransaction[],
  names: Map<number, string>,
  statuses: Map<number, string>,
  fileKey: number | null,
  warnings: string[],
): RemitPostingView {
  const counts: Record<RemitOutcome, number> = { posted: 0, held: 0, unmatched: 0, 'already-posted': 0 };
  const transactions = planned.map(({ transaction: tx, alreadyPostedOn, postings }) => {
    const claims: RemitClaimResult[] = alreadyPostedOn
      ? tx.claims.map((c) => ({
          controlNumber: c.controlNumber,
          claimKey: null,
          patientName: null,
          outcome: 'already-posted' as const,
          statusCode: c.statusCode,
          statusText: statusWords(c.statusCode),
          chargeCents: c.chargeCents,
          paidCents: c.paidCents,
          patientResponsibilityCents: c.patientResponsibilityCents,
          problem:
            alreadyPostedOn === IN_THIS_FILE
              ? `This payment (trace ${tx.trace.number}) appears twice in this file: it is posted once.`
              : `This payment (trace ${tx.trace.number}) was posted on ${alreadyPostedOn}; nothing is posted again.`,
          claimStatus: null,
        }))
      : postings.map((p) => {
          const key = p.outcome === 'unmatched' ? null : p.sent.key;
          return {
            controlNumber: p.remit.controlNumber,
            claimKey: key,
            patientName: key === null ? null : (names.get(key) ?? null),
            outcome: p.outcome,
            statusCode: p.remit.statusCode,
            statusText: statusWords(p.remit.statusCode),
            chargeCents: p.remit.chargeCents,
            paidCents: p.remit.paidCents,
            patientResponsibilityCents: p.remit.patientResponsibilityCents,
            problem: p.outcome === 'posted' ? null : p.problem,
            claimStatus: key === null ? null : (statuses.get(key) ?? null),
          };
        });
    for (const c of claims) counts[c.outcome] += 1;
    return {
      payerName: tx.payer.name,
      traceNumber: tx.trace.number,
      paymentCents: tx.payment.totalCents,
      paidOn: tx.payment.date,
      method: tx.payment.method,
      alreadyPosted: alreadyPostedOn !== null,
      claims,
      providerAdjustments: tx.providerAdjustments.map((a) => ({ reason: a.reason, reference: a.reference, cents: a.cents })),
    };
  });
  return { posted: fileKey !== null, fileKey, transactions, counts, warnings };
}

/** What posting this 835 would do, without writing anything (the Remittances screen's preview). */
export function previewRemittance(opened: OpenedStore, text: string): RemitPostingView {
  const db = opened.store;
  const remittance = parse835(text);
  const { planned, sent } = planFile(db, remittance);
  const statuses = projectedStatuses(planned);
  return view(
    planned,
    patientNames(db, sent),
    statuses,
    null,
    remittance.warnings.map((w) => `Line ${w.line} (${w.segmentId}): ${w.message}`),
  );
}

/** Each posted claim's status once the whole file is posted (its last posting decides). */
function projectedStatuses(planned: PlannedTransaction[]): Map<number, string> {
  const statuses = new Map<number, string>();
  for (const { postings } of planned)
    for (const p of postings)
      if (p.outcome === 'posted') statuses.set(p.sent.key, statusFromLedger(p.sent.status, p.sent.lines, p.sent.entries, p.reversal));
  return statuses;
}

function writeTransaction(tx: WriteTx, clock: Clock, fileKey: number, planned: PlannedTransaction, statuses: Map<number, string>) {
  const { transaction } = planned;
  const now = clock.now();
  const today = clock.today();
  const remittance = tx
    .insert(t.remittances)
    .values({
      fileKey,
      payerKey: payerKeyOf(transaction),
      payerName: transaction.payer.name,
      payerId: tx.select({ id: t.payers.id }).from(t.payers).where(eq(t.payers.payerId, transaction.payer.id)).get()?.id ?? null,
      traceNumber: transaction.trace.number,
      paymentCents: transaction.payment.totalCents,
      method: transaction.payment.method,
      paidOn: transaction.payment.date,
      providerAdjustments: transaction.providerAdjustments.map((a) => ({
        providerId: a.providerId,
        fiscalPeriodEnd: a.fiscalPeriodEnd,
        reason: a.reason,
        reference: a.reference,
        cents: a.cents,
      })),
      postedOn: today,
      postedAt: now,
    })
    .returning({ key: t.remittances.key })
    .get();
  for (const posting of planned.postings) {
    const remitClaim = tx
      .insert(t.remitClaims)
      .values({
        remittanceKey: remittance.key,
        claimKey: posting.outcome === 'unmatched' ? null : posting.sent.key,
        controlNumber: posting.remit.controlNumber,
        statusCode: posting.remit.statusCode,
        chargeCents: posting.remit.chargeCents,
        paidCents: posting.remit.paidCents,
        patientResponsibilityCents: posting.remit.patientResponsibilityCents,
        payerClaimNumber: posting.remit.payerClaimNumber,
        outcome: posting.outcome,
        problem: posting.outcome === 'posted' ? null : posting.problem,
        answer: posting.remit,
      })
      .returning({ key: t.remitClaims.key })
      .get();
    if (posting.outcome === 'unmatched') continue;
    const sent = posting.sent;
    const statusText = statusWords(posting.remit.statusCode);
    if (posting.outcome === 'held') {
      tx.insert(t.claimEvents)
        .values({
          claimKey: sent.key,
          at: now,
          kind: 'held',
          note: `835 trace ${transaction.trace.number}: held for review — ${posting.problem}`,
        })
        .run();
      refreshWorkItems(tx, today, sent, {
        held: { remitClaimKey: remitClaim.key, problem: posting.problem, cents: posting.remit.chargeCents },
      });
      continue;
    }
    for (const e of posting.entries)
      tx.insert(t.ledgerEntries)
        .values({
          claimKey: sent.key,
          lineNumber: e.lineNumber,
          remitClaimKey: remitClaim.key,
          kind: e.kind,
          group: e.group ?? null,
          reason: e.reason ?? null,
          cents: e.cents,
          remarks: e.remarks,
          postedOn: today,
          at: now,
        })
        .run();
    const status = statuses.get(sent.key)!;
    const paid = sent.entries.filter((e) => e.kind === 'payment').reduce((s, e) => s + e.cents, 0);
    tx.update(t.claims)
      .set({
        status: status as typeof t.claims.$inferInsert.status,
        paidCents: paid,
        adjudicatedOn: transaction.payment.date ?? today,
        ...(posting.remit.payerClaimNumber ? { payerClaimNumber: posting.remit.payerClaimNumber } : {}),
      })
      .where(eq(t.claims.key, sent.key))
      .run();
    const crossover = posting.remit.crossover ? `; forwarded to ${posting.remit.crossover.name} (crossover)` : '';
    tx.insert(t.claimEvents)
      .values({
        claimKey: sent.key,
        at: now,
        kind: 'posted',
        note: `835 trace ${transaction.trace.number} from ${transaction.payer.name}: ${statusText}, paid ${dollars(posting.remit.paidCents)}${crossover}`,
      })
      .run();
    refreshWorkItems(tx, today, sent, {});
  }
}

/** Posts the 835 in one transaction with the file; posting it again posts nothing (RM-4). */
export function postRemittance(opened: OpenedStore, clock: Clock, text: string, originalName?: string): RemitPostingView {
  const parsed = parse835(text);
  return withWriteRetry(opened.store, (tx) => {
    // Parsed once, outside the write lock; planned inside it, against what is posted now.
    const { planned, sent } = planFile(tx, parsed);
    const statuses = projectedStatuses(planned);
    const fresh = planned.filter((p) => p.alreadyPostedOn === null);
    let fileKey: number | null = null;
    if (fresh.length > 0) {
      fileKey = tx
        .insert(t.receivedFiles)
        .values({
          kind: '835',
          originalName: originalName ?? null,
          content: Buffer.from(text, 'utf8'),
          receivedOn: clock.today(),
          receivedAt: clock.now(),
        })
        .returning({ key: t.receivedFiles.key })
        .get().key;
      for (const p of fresh) writeTransaction(tx, clock, fileKey, p, statuses);
    }
    return view(
      planned,
      patientNames(tx, sent),
      statuses,
      fileKey,
      parsed.warnings.map((w) => `Line ${w.line} (${w.segmentId}): ${w.message}`),
    );
  });
}
