import { and, asc, eq, isNotNull, max, min, sql } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { addDays, type CalendarDate } from '../calendar/calendarDate';
import type { FieldProblem } from '../vocabulary';
import type { PlanSaveInput } from './intakeInputs';
import {
  billingFieldsOfInput,
  billingFieldsOfRow,
  changedBillingFields,
  revisionsByOrder,
  type OrderBillingFields,
} from '../lines/orderVersions';
import type { Tx } from './patientWriters';

// OR-2 on the intake side: an edit to an order's billing fields (therapy, drug, dose, schedule, route,
// delivery, liters per day, administered by, purpose, part of) takes effect from a date. Once the order has
// days on a claim already sent, the date is required and must come after the last of them: the earlier
// version is kept as a revision, so nothing billed is repriced. Start and stop changes are not versioned.

/** An order's days on claims already sent: the last of them, and the claims that carry them. */
export interface BilledDays {
  lastDay: CalendarDate;
  claims: { controlNumber: string; from: CalendarDate; to: CalendarDate }[];
}

/** Billed days by order id for one patient: current lines locked on a claim (a voided claim's lines are not). */
export function billedDaysByOrder(store: Pick<Store, 'select'>, patientId: string): Map<string, BilledDays> {
  const rows = store
    .select({
      orderId: t.billingLines.orderId,
      controlNumber: t.claims.controlNumber,
      from: min(t.billingLines.date),
      to: max(t.billingLines.date),
    })
    .from(t.billingLines)
    .innerJoin(t.claims, eq(t.claims.key, t.billingLines.claimId))
    .where(
      and(
        eq(t.billingLines.patientId, patientId),
        eq(t.billingLines.status, 'current'),
        isNotNull(t.billingLines.claimId),
        isNotNull(t.billingLines.orderId),
      ),
    )
    .groupBy(t.billingLines.orderId, t.claims.controlNumber)
    .orderBy(asc(sql`min(${t.billingLines.date})`))
    .all();
  const map = new Map<string, BilledDays>();
  for (const r of rows) {
    if (r.orderId === null || r.from === null || r.to === null) continue;
    const entry = map.get(r.orderId) ?? { lastDay: r.to, claims: [] };
    entry.claims.push({ controlNumber: r.controlNumber, from: r.from, to: r.to });
    if (r.to > entry.lastDay) entry.lastDay = r.to;
    map.set(r.orderId, entry);
  }
  return map;
}

export interface RevisionToWrite {
  orderKey: number;
  lastDay: CalendarDate;
  fields: OrderBillingFields;
}

type OrderInput = PlanSaveInput['plan']['orders'][number];

const claimList = (claims: BilledDays['claims']) => {
  const numbers = claims.map((c) => c.controlNumber);
  return `${numbers.length === 1 ? 'claim' : 'claims'} ${numbers.join(', ')}`;
};

/**
 * Works out the revisions a plan save records, and the problems that refuse it (at each order's field).
 * Only orders of this plan that already exist are considered (`id` undefined: not one, e.g. a collision
 * with another plan); `effectiveFrom` on a new order, or on an order whose billing fields did not change,
 * is ignored.
 */
export function planOrderRevisions(
  store: Pick<Store, 'select'>,
  patientId: string,
  orders: { input: OrderInput; id: string | undefined }[],
  problems: FieldProblem[],
): RevisionToWrite[] {
  const rows = new Map(
    store
      .select()
      .from(t.therapyOrders)
      .where(eq(t.therapyOrders.patientId, patientId))
      .all()
      .map((r) => [r.id, r]),
  );
  const revisions = revisionsByOrder(
    store,
    [...rows.values()].map((r) => r.key),
  );
  const billed = billedDaysByOrder(store, patientId);
  const toWrite: RevisionToWrite[] = [];
  orders.forEach(({ input, id }, i) => {
    const row = id === undefined ? undefined : rows.get(id);
    if (id === undefined || !row) return;
    const at = (field: string, message: string) => problems.push({ path: `plan.orders[${i}].${field}`, message });
    const earlier = revisions.get(row.key) ?? [];
    const firstLastDay = earlier[0]?.lastDay;
    if (firstLastDay !== undefined && input.start > firstLastDay)
      at('start', `An earlier version of this order applies through ${firstLastDay}: the start cannot move past it`);
    const before = billingFieldsOfRow(row);
    if (changedBillingFields(before, billingFieldsOfInput(input)).length === 0) return;
    const days = billed.get(id);
    const from = input.effectiveFrom;
    if (from === undefined) {
      if (days)
        at(
          'effectiveFrom',
          `Lines of this order through ${days.lastDay} are on ${claimList(days.claims)}, already sent: enter the date this change takes effect, after ${days.lastDay}.`,
        );
      return;
    }
    const previousLastDay = earlier.at(-1)?.lastDay;
    if (days && from <= days.lastDay) {
      const covering = days.claims.filter((c) => c.to >= from);
      at(
        'effectiveFrom',
        `${from} is already billed: lines of this order from ${from} through ${days.lastDay} are on ${claimList(covering)}. ` +
          `Choose a date after ${days.lastDay}; to change what was billed, send a corrected claim.`,
      );
    } else if (from <= input.start) {
      at(
        'effectiveFrom',
        `The change must take effect after the order's start (${input.start}); to change the whole order, leave this empty.`,
      );
    } else if (previousLastDay !== undefined && from <= previousLastDay) {
      at(
        'effectiveFrom',
        `An earlier version of this order applies through ${previousLastDay}: the change must take effect after that day.`,
      );
    } else if (input.stop !== undefined && from > input.stop) {
      at('effectiveFrom', `The order stops on ${input.stop}: the change must take effect on or before that day.`);
    } else if (previousLastDay !== undefined && from === addDays(previousLastDay, 1)) {
      // The current version has not applied to any day yet: it is replaced, not kept as a version of no days.
      return;
    } else {
      toWrite.push({ orderKey: row.key, lastDay: addDays(from, -1), fields: before });
    }
  });
  return toWrite;
}

/** Inside the caller's transaction: keeps each earlier version, before the order row is overwritten. */
export function writeOrderRevisions(tx: Tx, revisions: RevisionToWrite[], recordedAt: string): void {
  for (const r of revisions) {
    tx.insert(t.orderRevisions)
      .values({ orderKey: r.orderKey, lastDay: r.lastDay, fields: { ...r.fields }, recordedAt })
      .run();
  }
}
