import { useId } from 'react';
import type { AuditRow } from './auditTrail';

/** An entry opened: the record as it was before and what the call returned after, side by side, as JSON. */
export function AuditEntryDetail({ row }: { row: AuditRow }) {
  const { entry } = row;
  return (
    <div className="audit-detail">
      <p className="muted small">
        Recorded <span className="mono">{entry.at}</span> (UTC) · <span className="mono">{entry.action}</span>
      </p>
      <div className="two-up">
        <JsonPane title="Before" value={entry.before} nothing="Nothing recorded before: a new record, or a read." />
        <JsonPane title="After" value={entry.after} nothing="Nothing recorded after." />
      </div>
    </div>
  );
}

function JsonPane({ title, value, nothing }: { title: string; value: unknown; nothing: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {value === undefined ? (
        <p className="muted">{nothing}</p>
      ) : (
        // Focusable so a keyboard can scroll a long record (WCAG 2.1.1).
        <pre className="audit-json" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}
