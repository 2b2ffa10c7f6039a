import { and, eq, isNull } from 'drizzle-orm';
import type { CalendarDate } from '../calendar/calendarDate';
import * as t from '../store/schema';
import type { WriteTx } from '../store/withWriteRetry';
import type { Adjustment, WorkItemKind } from '../vocabulary';
import { figures, isAnswered, isDenied, lineLedgers } from './posting/claimLedger';
import type { SentClaim } from './posting/postingPlan';

// RM-5: after each posting, the claim's work items follow its ledger: a denied line (or claim) and a line paid
// short open an item with the payer's reasons; an item whose cause a later answer removed closes by itself.

interface WantedItem {
  kind: WorkItemKind;
  lineNumber: number | null;
  reasons: Adjustment[];
  remarks: string[];
  amountCents: number;
}

const SHORT_PAY_GROUPS = new Set(['CO', 'OA', 'PI']);

function wantedItems(sent: SentClaim): WantedItem[] {
  const wanted: WantedItem[] = [];
  const remarksOf = (line: number | null) => [...new Set(sent.entries.filter((e) => e.lineNumber === line).flatMap((e) => e.remarks))];
  for (const line of lineLedgers(sent.lines, sent.entries)) {
    if (!line.answered) continue;
    if (isDenied(line)) {
      wanted.push({
        kind: 'denied',
        lineNumber: line.number,
        reasons: line.adjustments,
        remarks: remarksOf(line.number),
        amountCents: line.billedCents,
      });
      continue;
    }
    const short = line.adjustments.filter((a) => SHORT_PAY_GROUPS.has(a.group));
    const shortCents = short.reduce((s, a) => s + a.cents, 0);
    if (line.paidCents > 0 && shortCents > 0)
      wanted.push({ kind: 'underpaid', lineNumber: line.number, reasons: short, remarks: remarksOf(line.number), amountCents: shortCents });
  }
  const claimLevel = sent.entries.filter((e) => e.lineNumber === null);
  const anyLine = lineLedgers(sent.lines, sent.entries).some((l) => l.answered);
  if (!anyLine && isAnswered(claimLevel)) {
    const f = figures(sent.totalCents, claimLevel);
    if (isDenied(f))
      wanted.push({ kind: 'denied', lineNumber: null, reasons: f.adjustments, remarks: remarksOf(null), amountCents: f.billedCents });
  }
  return wanted;
}

export function refreshWorkItems(
  tx: WriteTx,
  today: CalendarDate,
  sent: SentClaim,
  options: { held?: { remitClaimKey: number; problem: string; cents: number } },
): void {
  if (options.held) {
    tx.insert(t.workItems)
      .values({
        claimKey: sent.key,
        lineNumber: null,
        kind: 'held',
        reasons: [],
        remarks: [],
        amountCents: options.held.cents,
        message: options.held.problem,
        openedOn: today,
      })
      .run();
    return;
  }
  const open = tx
    .select()
    .from(t.workItems)
    .where(and(eq(t.workItems.claimKey, sent.key), isNull(t.workItems.resolution)))
    .all()
    .filter((i) => i.kind === 'denied' || i.kind === 'underpaid');
  const wanted = wantedItems(sent);
  const same = (a: { kind: string; lineNumber: number | null }, b: { kind: string; lineNumber: number | null }) =>
    a.kind === b.kind && a.lineNumber === b.lineNumber;
  const ledger = lineLedgers(sent.lines, sent.entries);
  for (const item of open) {
    if (wanted.some((w) => same(w, item))) continue;
    const line = ledger.find((l) => l.number === item.lineNumber);
    const settled = line ? line.answered && line.paidCents > 0 : figures(sent.totalCents, sent.entries).paidCents > 0;
    tx.update(t.workItems)
      .set({ resolution: settled ? 'paid' : 'dismissed', resolvedOn: today })
      .where(eq(t.workItems.key, item.key))
      .run();
  }
  for (const w of wanted) {
    if (open.some((item) => same(w, item))) continue;
    tx.insert(t.workItems)
      .values({ claimKey: sent.key, ...w, message: null, openedOn: today })
      .run();
  }
}
