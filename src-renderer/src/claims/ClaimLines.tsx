import type { ClaimDraftSummary } from '../../../src-main/ipc/contract/records';
import { formatDate, severityBadge } from '../ui/labels';
import { formatCents } from '../ui/money';

/** A claim's service lines as they go out, with the rules each came from and its readiness problems. */
export function ClaimLines({ draft }: { draft: ClaimDraftSummary }) {
  const problemsByLine = new Map<number, string[]>();
  for (const p of draft.problems)
    if (p.line !== undefined) problemsByLine.set(p.line, [...(problemsByLine.get(p.line) ?? []), `${p.rule}: ${p.message}`]);
  const claimProblems = draft.problems.filter((p) => p.line === undefined);
  return (
    <div className="claim-detail">
      <p className="muted">
        Diagnoses{' '}
        {draft.diagnoses.map((d, i) => (
          <code key={d} className="dx">
            {i + 1}. {d.length > 3 ? `${d.slice(0, 3)}.${d.slice(3)}` : d}
          </code>
        ))}{' '}
        · Place of service {draft.placeOfService} (PY-2){draft.priorAuth ? ` · Prior authorization ${draft.priorAuth}` : ''} · Member{' '}
        {draft.memberId}
      </p>
      {claimProblems.length > 0 && (
        <ul className="problems" aria-label="Why this claim is not ready">
          {claimProblems.map((p, i) => (
            <li key={i}>
              <span className="rule-tag">{p.rule}</span> {p.message}
            </li>
          ))}
        </ul>
      )}
      <table className="grid compact" aria-label={`Lines of the claim for ${draft.patientName}`}>
        <thead>
          <tr>
            <th>#</th>
            <th>Dates</th>
            <th>Code</th>
            <th>Units</th>
            <th>Charge</th>
            <th>NDC</th>
            <th>Dx</th>
            <th>Rules</th>
          </tr>
        </thead>
        <tbody>
          {draft.lines.map((l, i) => (
            <tr key={i} className={problemsByLine.has(i) ? 'has-problem' : undefined}>
              <td className="num">{i + 1}</td>
              <td className="nowrap">{l.from === l.to ? formatDate(l.from) : `${formatDate(l.from)} – ${formatDate(l.to)}`}</td>
              <td className="mono nowrap">
                {l.code}
                {l.modifiers.length > 0 ? `-${l.modifiers.join('-')}` : ''}
                {l.order ? <span className="muted"> · {l.order}</span> : null}
              </td>
              <td className="num">{l.units}</td>
              <td className="num">{formatCents(l.chargeCents)}</td>
              <td className="mono">{l.ndc ? `${l.ndc} ${l.ndcQuantity} ${l.ndcUnit}` : ''}</td>
              <td className="mono">{l.pointers.join(',')}</td>
              <td>
                {l.rules.map((r) => (
                  <span key={r} className="rule-tag">
                    {r}
                  </span>
                ))}
                {problemsByLine.get(i)?.map((m) => (
                  <div key={m} className="field-message error">
                    {m}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>Total</td>
            <td className="num">{formatCents(draft.totalCents)}</td>
            <td colSpan={3}></td>
          </tr>
        </tfoot>
      </table>
      {draft.findings.length > 0 && (
        <details className="findings">
          <summary>{draft.findings.length} finding(s) from the billing rules</summary>
          <ul className="plain">
            {draft.findings.map((f, i) => (
              <li key={i}>
                <span className={severityBadge(f.severity)}>{f.severity}</span> <span className="rule-tag">{f.rule}</span>{' '}
                {f.date ? `${formatDate(f.date)} · ` : ''}
                {f.order ? `${f.order} · ` : ''}
                {f.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
