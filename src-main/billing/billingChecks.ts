import type { BillingLine } from './billingLine';
import type { BillingRecord, OrderRecord } from './billingRecord';
import type { FindingLog } from './findingLog';
import { feeOn, resolveProfile } from './payerProfile';

// Checks over the finished lines: fees (FS-1), prior authorization (PF-6) and documentation (PY-3).

const DOCUMENT_KINDS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'] as const;

export function billingChecks(record: BillingRecord, lines: BillingLine[], findings: FindingLog): void {
  const payers = new Map(record.payers.map((p) => [p.id, p]));
  const orders = new Map<string, OrderRecord>(record.patients.flatMap((p) => p.orders.map((o) => [`${p.id}\u0000${o.id}`, o] as const)));
  const perDiemUnits = new Map<string, number>();

  for (const line of lines) {
    const payer = payers.get(line.payer);
    if (!payer) continue;
    if (line.kind !== 'nursing' && feeOn(payer, line.code, line.date) === undefined) {
      findings.add({
        patient: line.patient,
        order: line.order,
        date: line.date,
        rule: 'FS-1',
        severity: 'error',
        message: `${payer.name} has no fee for ${line.code}: the line is charged at 0.`,
      });
    }
    const order = line.order === undefined ? undefined : orders.get(`${line.patient}\u0000${line.order}`);
    if (!order || line.kind === 'nursing' || !resolveProfile(payer).requiresPriorAuth) continue;
    const auth = order.priorAuth;
    if (!auth) {
      findings.add({
        patient: line.patient,
        order: order.id,
        date: line.date,
        rule: 'PF-6',
        severity: 'error',
        message: `${payer.name} requires a prior authorization and the order has none.`,
      });
    } else if (line.date < auth.from || line.date > auth.to) {
      findings.add({
        patient: line.patient,
        order: order.id,
        date: line.date,
        rule: 'PF-6',
        severity: 'error',
        message: `Billed outside authorization ${auth.number} (${auth.from} to ${auth.to}).`,
      });
    } else if (line.kind === 'per-diem' && auth.units !== undefined) {
      const key = `${line.patient}\u0000${order.id}`;
      const used = (perDiemUnits.get(key) ?? 0) + line.units;
      perDiemUnits.set(key, used);
      if (used > auth.units) {
        findings.add({
          patient: line.patient,
          order: order.id,
          date: line.date,
          rule: 'PF-6',
          severity: 'error',
          message: `Per diem units exceed authorization ${auth.number} (${auth.units} units).`,
        });
      }
    }
  }

  // PY-3: each billed order keeps five kinds of documentation; a claim missing any is not ready.
  const billedOrders = new Set(
    lines.filter((l) => l.order !== undefined && l.kind !== 'nursing').map((l) => `${l.patient}\u0000${l.order}`),
  );
  for (const key of [...billedOrders].sort()) {
    const order = orders.get(key);
    if (!order) continue;
    const have = new Set((order.documents ?? []).map((d) => d.kind));
    const missing = DOCUMENT_KINDS.filter((k) => !have.has(k));
    if (missing.length > 0) {
      findings.add({
        patient: key.split('\u0000')[0]!,
        order: order.id,
        rule: 'PY-3',
        severity: 'warning',
        message: `Documentation missing: ${missing.join(', ')}.`,
      });
    }
  }
}
