import { daysBetween } from '../../calendar/calendarDate';
import type { ResolvedProfile } from '../../billing/payerProfile';
import type { DraftLine, StoredBillingLine } from './claimDraft';

// PF-4: one line per date of service, or from-through spans of identical consecutive days (at most 7 days,
// Blue Cross of Idaho; at most one calendar month, BCBS North Dakota) with units = days x daily units.

const sameService = (a: StoredBillingLine, b: StoredBillingLine) =>
  a.kind === b.kind &&
  a.order === b.order &&
  a.code === b.code &&
  a.modifiers.join(':') === b.modifiers.join(':') &&
  a.units === b.units &&
  a.chargeCents === b.chargeCents &&
  a.ndc === b.ndc &&
  a.ndcQuantity === b.ndcQuantity;

export function toDraftLines(lines: StoredBillingLine[], span: ResolvedProfile['lineSpan']): DraftLine[] {
  const maxDays = span === 'week' ? 7 : span === 'month' ? 31 : 1;
  const out: { first: StoredBillingLine; to: string; ids: number[]; days: number }[] = [];
  const open = new Map<string, (typeof out)[number]>();
  for (const line of lines) {
    const key = `${line.kind}|${line.order ?? ''}|${line.code}|${line.modifiers.join(':')}`;
    const run = open.get(key);
    // The month is the claim's: spans never cross it because a claim holds one month.
    if (run && sameService(run.first, line) && daysBetween(run.to, line.date) === 1 && run.days < maxDays) {
      run.to = line.date;
      run.ids.push(line.id);
      run.days++;
      continue;
    }
    const next = { first: line, to: line.date, ids: [line.id], days: 1 };
    open.set(key, next);
    out.push(next);
  }
  return out.map(({ first, to, ids, days }) => ({
    kind: first.kind,
    order: first.order,
    ...(first.anchorOrder !== undefined ? { anchorOrder: first.anchorOrder } : {}),
    code: first.code,
    modifiers: first.modifiers,
    units: first.units * days,
    chargeCents: first.chargeCents * days,
    from: first.date,
    to,
    pointers: [],
    ...(first.ndc !== undefined ? { ndc: first.ndc, ndcQuantity: (first.ndcQuantity ?? 0) * days, ndcUnit: first.ndcUnit } : {}),
    rules: span === 'day' ? first.rules : [...first.rules, 'PF-4'],
    billingLineIds: ids,
  }));
}
