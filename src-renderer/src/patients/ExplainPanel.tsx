import { useChannel } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { formatDate } from '../ui/labels';

/** Why each line and finding of one order's day exists: the order, the dose day, the rules and their policy sections, the fee. */
export function ExplainPanel({
  patientId,
  date,
  order,
  onClose,
}: {
  patientId: string;
  date: string;
  order?: string;
  onClose: () => void;
}) {
  const explanations = useChannel('lines.explain', { patientId, date, ...(order ? { order } : {}) });
  return (
    <div className="explain-panel" role="region" aria-label="Why these lines">
      <div className="card-head">
        <h3>
          Why: {order ? `order ${order}` : 'nursing'} on {formatDate(date)}
        </h3>
        <button type="button" className="secondary small-button" onClick={onClose}>
          Close
        </button>
      </div>
      {explanations.isError && <ErrorPanel title="This day could not be explained" error={explanations.error} />}
      {explanations.data?.map((e, i) => (
        <div key={i} className="explanation">
          <p className="explanation-subject">{e.subject}</p>
          <ul className="plain">
            {e.facts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <ul className="plain rules-list">
            {e.rules.map((r) => (
              <li key={r.id}>
                <span className="rule-tag">{r.id}</span> {r.title} <span className="muted">({r.source})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
