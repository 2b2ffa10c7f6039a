import { basename } from 'node:path';
import { UsageError } from './cliArgs';
import { readTextFile, withSession, type Invocation } from './cliSession';
import type { CliIo } from './dripline';
import { dollars, type RemitPostingView } from '../vocabulary';

// `dripline remit`, `ack` and `ledger` (docs/command-line.md): what came back from the payers.

function oneFile(inv: Invocation, verb: string): string {
  const [file, ...extra] = inv.args.positionals;
  if (!file || extra.length > 0) throw new UsageError(`${verb} takes one FILE`);
  return file;
}

export function formatPosting(view: RemitPostingView): string {
  const out: string[] = [];
  for (const tx of view.transactions) {
    out.push(
      `${tx.payerName} trace ${tx.traceNumber}: ${dollars(tx.paymentCents)} ${tx.method}${tx.paidOn ? ` on ${tx.paidOn}` : ''}` +
        (tx.alreadyPosted ? ' (posted before: nothing posted again)' : ''),
    );
    for (const c of tx.claims) {
      const who = c.patientName ? ` ${c.patientName}` : '';
      const status = c.claimStatus ? ` -> ${c.claimStatus}` : '';
      out.push(
        `  ${c.outcome}\t${c.controlNumber}${who}: ${c.statusText}, billed ${dollars(c.chargeCents)}, paid ${dollars(c.paidCents)}${status}`,
      );
      if (c.problem && c.outcome !== 'already-posted') out.push(`\t\t${c.problem}`);
    }
    for (const a of tx.providerAdjustments)
      out.push(`  provider adjustment ${a.reason}${a.reference ? ` ${a.reference}` : ''}: ${dollars(a.cents)}`);
  }
  const n = view.counts;
  out.push(`posted ${n.posted}, held for review ${n.held}, unmatched ${n.unmatched}, already posted ${n['already-posted']}`);
  for (const w of view.warnings) out.push(`warning: ${w}`);
  return `${out.join('\n')}\n`;
}

export const REMITTANCE_VERBS: Record<string, (inv: Invocation, io: CliIo) => void> = {
  remit(inv, io) {
    const file = oneFile(inv, 'remit');
    const text = readTextFile(file);
    const view = withSession(inv, { create: false }, (s) => s.call('remittances.post', { text, fileName: basename(file) }));
    if (inv.args.flags.has('json')) io.stdout(`${JSON.stringify(view, null, 2)}\n`);
    else io.stdout(formatPosting(view));
  },
  ack(inv, io) {
    const file = oneFile(inv, 'ack');
    const text = readTextFile(file);
    const view = withSession(inv, { create: false }, (s) => s.call('acknowledgments.read', { text, fileName: basename(file) }));
    if (inv.args.flags.has('json')) {
      io.stdout(`${JSON.stringify(view, null, 2)}\n`);
      return;
    }
    const lines = [`${view.kind.toUpperCase()}: ${view.accepted} accepted, ${view.rejected} rejected`];
    for (const c of view.claims) lines.push(`  ${c.status}\t${c.controlNumber}${c.reasons.length > 0 ? `: ${c.reasons.join('; ')}` : ''}`);
    for (const m of view.messages) lines.push(`  ${m}`);
    io.stdout(`${lines.join('\n')}\n`);
  },
  ledger(inv, io) {
    if (inv.args.positionals.length > 0) throw new UsageError('ledger takes no arguments');
    if (!inv.args.flags.has('json')) throw new UsageError('ledger prints JSON: add --json');
    const view = withSession(inv, { create: false }, (s) => s.call('ledger.claims', {}));
    const claims = view.claims.map((c) => ({
      id: c.id,
      patient: c.patient,
      payer: c.payer,
      rank: c.rank,
      from: c.from,
      to: c.to,
      frequency: c.frequency,
      status: c.status,
      billedCents: c.billedCents,
      paidCents: c.paidCents,
      patientResponsibilityCents: c.patientResponsibilityCents,
      balanceCents: c.balanceCents,
      adjustments: c.adjustments.map(({ group, reason, cents }) => ({ group, reason, cents })),
      lines: c.lines.map((l) => ({
        date: l.date,
        code: l.code,
        modifiers: l.modifiers,
        units: l.units,
        billedCents: l.billedCents,
        paidCents: l.paidCents,
        adjustments: l.adjustments.map(({ group, reason, cents }) => ({ group, reason, cents })),
      })),
    }));
    io.stdout(`${JSON.stringify({ claims }, null, 2)}\n`);
  },
};
