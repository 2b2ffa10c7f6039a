import type { RemitOutcome, RemitPostingView, RemitTransactionResult } from '../../../src-main/vocabulary';
import { formatDate, titleCase } from '../ui/labels';
import { formatCents } from '../ui/money';
import { TableHead } from '../ui/TableHead';
import { OUTCOME_BADGES, OUTCOME_LABELS, paymentMethodLabel } from './remitLabels';

/** "3 claims in 1 payment: 2 posted, 1 held for review" — only the outcomes that occur. */
export function outcomeSummary(view: RemitPostingView, preview: boolean): string {
  const claims = view.transactions.reduce((s, tx) => s + tx.claims.length, 0);
  const payments = view.transactions.length;
  const parts = (Object.keys(OUTCOME_LABELS) as RemitOutcome[])
    .filter((o) => view.counts[o] > 0)
    .map((o) => `${view.counts[o]} ${o === 'posted' && preview ? 'to post' : OUTCOME_LABELS[o].toLowerCase()}`);
  const head = `${claims} claim${claims === 1 ? '' : 's'} in ${payments} payment${payments === 1 ? '' : 's'}`;
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}

/** An 835 as it posts (or would post): each payment with each claim's outcome, in words (RM-1..RM-4). */
export function RemitPosting({ view, preview }: { view: RemitPostingView; preview: boolean }) {
  return (
    <div className="remit-posting">
      {view.warnings.length > 0 && (
        <ul className="problems" aria-label="Warnings about this file">
          {view.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {view.transactions.map((tx, i) => (
        <RemitPayment key={`${tx.traceNumber}-${i}`} tx={tx} preview={preview} />
      ))}
    </div>
  );
}

function RemitPayment({ tx, preview }: { tx: RemitTransactionResult; preview: boolean }) {
  return (
    <div className="remit-payment">
      <div className="remit-payment-head">
        <strong>{tx.payerName}</strong>
        <span>
          Trace <span className="mono">{tx.traceNumber}</span>
        </span>
        <span>
          <strong className="num">{formatCents(tx.paymentCents)}</strong> by {paymentMethodLabel(tx.method)}
          {tx.paidOn ? ` on ${formatDate(tx.paidOn)}` : ''}
        </span>
        {tx.alreadyPosted && <span className="badge info">Already posted</span>}
      </div>
      <table className="grid compact" aria-label={`Claims in payment ${tx.traceNumber}`}>
        <TableHead
          columns={[
            'Claim',
            'Patient',
            'Outcome',
            'Payer’s answer',
            'Billed',
            'Paid',
            'Patient owes',
            preview ? 'Claim becomes' : 'Claim status',
          ]}
        />
        <tbody>
          {tx.claims.map((c, i) => (
            <tr key={`${c.controlNumber}-${i}`} className={c.outcome === 'posted' ? undefined : 'has-problem'}>
              <td className="mono">{c.controlNumber}</td>
              <td>{c.patientName ?? <span className="muted">Not found</span>}</td>
              <td>
                <span className={`badge ${OUTCOME_BADGES[c.outcome]}`}>{OUTCOME_LABELS[c.outcome]}</span>
                {c.problem && <div className="remit-problem">{c.problem}</div>}
              </td>
              <td>
                <div>{c.statusText}</div>
                <span className="code-tag">CLP02 {c.statusCode}</span>
              </td>
              <td className="num">{formatCents(c.chargeCents)}</td>
              <td className="num">{formatCents(c.paidCents)}</td>
              <td className="num">{formatCents(c.patientResponsibilityCents)}</td>
              <td>{c.claimStatus ? <span className={`badge status-${c.claimStatus}`}>{titleCase(c.claimStatus)}</span> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {tx.providerAdjustments.length > 0 && (
        <table className="grid compact remit-plb" aria-label={`Provider adjustments in payment ${tx.traceNumber}`}>
          <TableHead columns={['Provider adjustment (PLB)', 'Reference', 'Amount']} />
          <tbody>
            {tx.providerAdjustments.map((a, i) => (
              <tr key={i}>
                <td className="mono">{a.reason}</td>
                <td className="mono">{a.reference ?? '—'}</td>
                <td className="num">{formatCents(a.cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
