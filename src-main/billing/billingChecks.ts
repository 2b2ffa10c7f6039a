import type { BillingLine } from './billingLine';
import type { BillingRecord, OrderRecord, PayerRecord } from './billingRecord';
import type { FindingLog } from './findingLog';
import { versionOn, versionsOf } from './orderVersions';
import { feeOn, resolveProfile } from './payerProfile';
import { DOCUMENT_KINDS } from '../vocabulary';

// Checks over the finished lines: fees (FS-1), prior authorization (PF-6) and documentation (PY-3).

/** MT-2: an SH/SJ per diem whose payer pays 0 % for its rank; it stays on the claim at 0 and never holds it back. */
function zeroRatePerDiem(line: BillingLine, payer: PayerRecord): boolean {
  const rank = line.concurrencyRank ?? 1;
  if (line.kind !== 'per-diem' || rank < 2) return false;
  const profile = resolveProfile(payer);
  return (rank === 2 ? profile.secondTherapyPercent : profile.thirdTherapyPercent) === 0;
}

export function billingChecks(record: BillingRecord, lines: BillingLine[], findings: FindingLog): void {
  const payers = new Map(record.payers.map((p) => [p.id, p]));
  // OR-2: every version of an order id, per patient; lines look up the version in force on their date.
  const ordersOf = new Map(record.patients.map((p) => [p.id, p.orders]));
  const perDiemUnits = new Map<string, number>();

  for (const line of lines) {
    const payer = payers.get(line.payer);
    if (!payer) continue;
    const zeroRate = zeroRatePerDiem(line, payer);
    if (line.kind !== 'nursing' && feeOn(payer, line.code, line.date) === undefined) {
      findings.add({
        patient: line.patient,
        order: line.order,
        date: line.date,
        rule: 'FS-1',
        // MT-2: at a 0 % rate the missing fee changes no charge; it only ranks the code last (MT-1), so warn, never hold.
        severity: zeroRate ? 'warning' : 'error',
        message: zeroRate
          ? `${payer.name} has no fee for ${line.code}; it pays this therapy at 0 %, so the line stays on the claim at 0 (MT-2).`
          : `${payer.name} has no fee for ${line.code}: the line is charged at 0.`,
      });
    }
    const orders = ordersOf.get(line.patient) ?? [];
    const order = line.order === undefined ? undefined : versionOn(orders, line.order, line.date);
    if (!order || line.kind === 'nursing' || !resolveProfile(payer).requiresPriorAuth) continue;
    // OR-1: a component is covered by its parent's authorization unless it has its own.
    const parent = order.partOf === undefined ? undefined : versionOn(orders, order.partOf, line.date);
    const auth = order.priorAuth ?? parent?.priorAuth;
    // MT-2: a zero-charge line never makes a claim not ready: its authorization problems are warnings, its units not counted.
    const severity = zeroRate ? 'warning' : 'error';
    // Every PF-6 finding of this line names its patient, order and date.
    const pf6 = (message: string, level: 'warning' | 'error' = severity) =>
      findings.add({ patient: line.patient, order: order.id, date: line.date, rule: 'PF-6', severity: level, message });
    if (!auth) {
      pf6(`${payer.name} requires a prior authorization and the order has none.`);
    } else if (line.date < auth.from || line.date > auth.to) {
      pf6(`Billed outside authorization ${auth.number} (${auth.from} to ${auth.to}).`);
    } else if (line.kind === 'per-diem' && auth.units !== undefined && !zeroRate) {
      const key = `${line.patient}\u0000${order.id}`;
      const used = (perDiemUnits.get(key) ?? 0) + line.units;
      perDiemUnits.set(key, used);
      if (used > auth.units) {
        pf6(`Per diem units exceed authorization ${auth.number} (${auth.units} units).`, 'error');
      }
    }
  }

  // PY-3: each billed order keeps five kinds of documentation; a claim missing any is not ready. One finding per
  // order id: an edited order (OR-2) keeps the documents of all its versions, a component (OR-1) its parent's too.
  const billedOrders = new Set(
    lines.filter((l) => l.order !== undefined && l.kind !== 'nursing').map((l) => `${l.patient}\u0000${l.order}`),
  );
  for (const key of [...billedOrders].sort()) {
    const [patient, id] = key.split('\u0000') as [string, string];
    const orders = ordersOf.get(patient) ?? [];
    const versions = versionsOf(orders, id);
    if (versions.length === 0) continue;
    const parents = new Set(versions.flatMap((v) => (v.partOf === undefined ? [] : [v.partOf])));
    const kept: OrderRecord[] = [...versions, ...[...parents].flatMap((p) => versionsOf(orders, p))];
    const have = new Set(kept.flatMap((o) => (o.documents ?? []).map((d) => d.kind)));
    const missing = DOCUMENT_KINDS.filter((k) => !have.has(k));
    if (missing.length > 0) {
      findings.add({
        patient,
        order: id,
        rule: 'PY-3',
        severity: 'warning',
        message: `Documentation missing: ${missing.join(', ')}.`,
      });
    }
  }
}
