import type { LedgerClaim } from '../../../src-main/vocabulary';
import { Fact } from '../ui/Fact';
import { formatCents } from '../ui/money';
import { TableHead } from '../ui/TableHead';
import { adjustmentLabel, codeLabel, daysLabel } from './remitLabels';

/** RM-2: what the payers paid and adjusted on a claim, line by line, with the claim's totals (the ledger). */
export function LinePayments({ ledger }: { ledger: LedgerClaim }) {
  const answered = ledger.paidCents !== 0 || ledger.adjustments.length > 0;
  // Claim-level adjustments: what the lines' own adjustments do not account for (835 CLP-level CAS).
  const lineAdjusted = ledger.lines.reduce((s, l) => s + l.adjustments.reduce((a, x) => a + x.cents, 0), 0);
  const claimAdjusted = ledger.adjustments.reduce((s, a) => s + a.cents, 0) - lineAdjusted;
  return (
    <div className="line-payments">
      <h3>Line payments</h3>
      {!answered && <p className="muted">No remittance is posted on this claim yet.</p>}
      <table className="grid compact" aria-label="Line payments">
        <TableHead columns={['Date', 'Code', 'Units', 'Billed', 'Paid', 'Adjustments', 'Remarks']} />
        <tbody>
          {ledger.lines.map((l, i) => (
            <tr key={i}>
              <td className="nowrap">{daysLabel(l.date, l.to)}</td>
              <td className="mono">{codeLabel(l.code, l.modifiers)}</td>
              <td className="num">{l.units}</td>
              <td className="num">{formatCents(l.billedCents)}</td>
              <td className="num">{formatCents(l.paidCents)}</td>
              <td>
                {l.adjustments.map((a, j) => (
                  <span key={j} className={`adjustment-chip group-${a.group.toLowerCase()}`}>
                    {adjustmentLabel(a)}
                  </span>
                ))}
              </td>
              <td className="mono">{l.remarks.join(' ')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>Total</td>
            <td className="num">{formatCents(ledger.billedCents)}</td>
            <td className="num">{formatCents(ledger.paidCents)}</td>
            <td colSpan={2}>
              {claimAdjusted !== 0 && <span className="muted">Claim-level adjustments {formatCents(claimAdjusted)}</span>}
            </td>
          </tr>
        </tfoot>
      </table>
      <dl className="facts" aria-label="Claim totals">
        <Fact term="Billed" className="num" value={formatCents(ledger.billedCents)} />
        <Fact term="Paid" className="num" value={formatCents(ledger.paidCents)} />
        <Fact term="Patient responsibility" className="num" value={formatCents(ledger.patientResponsibilityCents)} />
        <Fact term="Balance" className="num" value={formatCents(ledger.balanceCents)} />
      </dl>
    </div>
  );
}
