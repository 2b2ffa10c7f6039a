import { sql } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';

// Control numbers (ISA13, GS06, CLM01) come from counters that never go back and are never shared.

export type CounterName = 'isa' | 'gs' | 'claim';

/**
 * The next value of a counter, drawn in one statement (insert at 1 or add 1, returning the value): no read
 * before the write, so two connections can never draw the same number even outside an IMMEDIATE transaction.
 */
export function nextCounter(store: Pick<Store, 'insert'>, name: CounterName): number {
  const row = store
    .insert(t.counters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: t.counters.name, set: { value: sql`${t.counters.value} + 1` } })
    .returning({ value: t.counters.value })
    .get();
  return row.value;
}

/** CLM01 / box 26: DL and eight digits from a counter that never goes back. */
export function claimControlNumber(store: Pick<Store, 'insert'>): string {
  return `DL${String(nextCounter(store, 'claim')).padStart(8, '0')}`;
}

/** ISA13 and GS06 of a new interchange. */
export function envelopeControlNumbers(store: Pick<Store, 'insert'>): { interchange: number; group: number } {
  return { interchange: nextCounter(store, 'isa'), group: nextCounter(store, 'gs') };
}
