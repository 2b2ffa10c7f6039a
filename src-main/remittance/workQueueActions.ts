import { and, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { daysBetween } from '../calendar/calendarDate';
import type { Clock } from '../calendar/clock';
import type { OpenedStore } from '../store/openDatabase';
import * as t from '../store/schema';
import { withWriteRetry } from '../store/withWriteRetry';
import { COVERAGE_RANKS, NotFoundError, RefusedError, type WorkItemResolution, type WorkItemView } from '../vocabulary';
import { describeAdjustment, describeRemark } from './codes/describeCode';
import type { WorkItemActionInput, WorkQueueInput } from './remitInputs';
import { sentLines } from './sentClaims';

// RM-5: the denials and follow-up work queue: each item with its reasons in words; a biller assigns it, notes
// what was done, appeals, bills the next payer or writes it off, and each action goes into the claim's history.

type Reader = Pick<OpenedStore['store'], 'select'>;

/** CB-1: the payer ranked after the claim's own, on the claim's dates, if the patient has one. */
function nextPayerName(db: Reader, patientId: string, rank: string, from: string, to: string): string | null {
  const after = COVERAGE_RANKS.slice(COVERAGE_RANKS.indexOf(rank as (typeof COVERAGE_RANKS)[number]) + 1);
  const next = db
    .select({ rank: t.coverages.rank, name: t.payers.name, from: t.coverages.fromDate, to: t.coverages.toDate })
    .from(t.coverages)
    .innerJoin(t.payers, eq(t.payers.id, t.coverages.payerId))
    .where(eq(t.coverages.patientId, patientId))
    .all()
    .filter((c) => after.includes(c.rank) && c.from <= to && (c.to === null || c.to >= from))
    .sort((a, b) => COVERAGE_RANKS.indexOf(a.rank) - COVERAGE_RANKS.indexOf(b.rank));
  return next[0]?.name ?? null;
}

function itemViews(db: Reader, today: string, where: SQL | undefined): WorkItemView[] {
  return db
    .select({ item: t.workItems, claim: t.claims, patient: t.patients, payer: t.payers })
    .from(t.workItems)
    .innerJoin(t.claims, eq(t.claims.key, t.workItems.claimKey))
    .innerJoin(t.patients, eq(t.patients.id, t.claims.patientId))
    .innerJoin(t.payers, eq(t.payers.id, t.claims.payerId))
    .where(where)
    .orderBy(desc(t.workItems.amountCents), desc(t.workItems.key))
    .all()
    .map(({ item, claim, patient, payer }) => {
      const line = item.lineNumber === null ? undefined : sentLines(claim.snapshot)[item.lineNumber - 1];
      return {
        key: item.key,
        claimKey: claim.key,
        controlNumber: claim.controlNumber,
        patientId: patient.id,
        patientName: `${patient.lastName}, ${patient.firstName}`,
        payerName: payer.name,
        lineNumber: item.lineNumber,
        line: line ? { code: line.code, modifiers: line.modifiers, from: line.from, to: line.to } : null,
        kind: item.kind,
        reasons: item.reasons.map((r) => ({ code: `${r.group}-${r.reason}`, text: describeAdjustment(r.group, r.reason), cents: r.cents })),
        remarks: item.remarks.map((code) => ({ code, text: describeRemark(code) })),
        message: item.message,
        amountCents: item.amountCents,
        openedOn: item.openedOn,
        ageDays: Math.max(0, daysBetween(item.openedOn, today)),
        assignee: item.assignee,
        resolution: item.resolution,
        resolvedOn: item.resolvedOn,
        nextPayer: nextPayerName(db, patient.id, claim.coverageRank, claim.fromDate, claim.toDate),
      };
    });
}

export function workQueue(opened: OpenedStore, clock: Clock, filter: WorkQueueInput): WorkItemView[] {
  const state =
    filter.state === 'open' ? isNull(t.workItems.resolution) : filter.state === 'resolved' ? isNotNull(t.workItems.resolution) : undefined;
  return itemViews(
    opened.store,
    clock.today(),
    and(
      state,
      filter.kind === undefined ? undefined : eq(t.workItems.kind, filter.kind),
      filter.assignee === undefined ? undefined : eq(t.workItems.assignee, filter.assignee),
    ),
  );
}

const RESOLUTION: Partial<Record<WorkItemActionInput['action'], WorkItemResolution>> = {
  appeal: 'appealed',
  'write-off': 'written-off',
  'next-payer': 'next-payer',
  dismiss: 'dismissed',
};
const EVENT = {
  assign: 'assigned',
  note: 'note',
  appeal: 'appealed',
  'write-off': 'written-off',
  'next-payer': 'next-payer',
  dismiss: 'note',
} as const;

export function actOnWorkItem(opened: OpenedStore, clock: Clock, input: WorkItemActionInput): WorkItemView {
  const today = clock.today();
  return withWriteRetry(opened.store, (tx) => {
    const view = itemViews(tx, today, eq(t.workItems.key, input.item))[0];
    if (!view) throw new NotFoundError(`There is no work item ${input.item}.`);
    const resolution = RESOLUTION[input.action];
    if (view.resolution !== null && input.action !== 'note')
      throw new RefusedError(
        `This item was resolved (${view.resolution}) on ${view.resolvedOn}; add a note, or work the claim's newer items.`,
      );
    if (input.action === 'next-payer' && view.nextPayer === null)
      throw new RefusedError(
        `${view.patientName} has no coverage ranked after ${view.payerName} on these dates: there is no next payer to bill.`,
      );
    if (input.action === 'assign') tx.update(t.workItems).set({ assignee: input.assignee }).where(eq(t.workItems.key, view.key)).run();
    if (resolution) tx.update(t.workItems).set({ resolution, resolvedOn: today }).where(eq(t.workItems.key, view.key)).run();
    const what = view.line ? `line ${view.lineNumber} (${view.line.code})` : 'the claim';
    const said =
      input.action === 'assign'
        ? `Work item ${view.key} (${view.kind}, ${what}) assigned to ${input.assignee}`
        : input.action === 'next-payer'
          ? `Work item ${view.key} (${view.kind}, ${what}): bill ${view.nextPayer} next${input.note ? ` — ${input.note}` : ''}`
          : `Work item ${view.key} (${view.kind}, ${what}): ${input.note}`;
    tx.insert(t.claimEvents).values({ claimKey: view.claimKey, at: clock.now(), kind: EVENT[input.action], note: said }).run();
    return itemViews(tx, today, eq(t.workItems.key, view.key))[0]!;
  });
}

/** A corrected or resent claim settles the original's open items. */
export function resolveOpenItems(
  tx: Parameters<Parameters<OpenedStore['store']['transaction']>[0]>[0],
  claimKey: number,
  resolution: WorkItemResolution,
  today: string,
): void {
  tx.update(t.workItems)
    .set({ resolution, resolvedOn: today })
    .where(and(eq(t.workItems.claimKey, claimKey), isNull(t.workItems.resolution)))
    .run();
}
