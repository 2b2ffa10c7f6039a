import { useDeferredValue, useMemo, useState } from 'react';
import { useChannel, useWrite } from '../api/channelQueries';
import { download, MIME } from '../ui/download';
import { ErrorPanel } from '../ui/ErrorPanel';
import { PageHead } from '../ui/PageHead';
import { ExpandButton, RowWithDetail } from '../ui/RowWithDetail';
import { TableHead } from '../ui/TableHead';
import { stampLabel } from './auditLabels';
import { auditCsv, auditRows, filterChoices, filterRows, NO_FILTERS, type AuditFilters, type AuditRow } from './auditTrail';
import { AuditEntryDetail } from './AuditEntryDetail';
import { TrailCheckOutcome, useTrailCheck } from './TrailCheck';

/** The trail can hold thousands of entries; a plain table stays quick at this many rows (no virtualizer in the app). */
export const MAX_ROWS = 500;

const count = (n: number) => n.toLocaleString('en-US');

/** HIPAA 164.312(b) audit controls: who changed or read in bulk what, and when; checked for tampering and exported. */
export function AuditScreen() {
  const trail = useChannel('audit.list', {});
  const recordExport = useWrite('audit.recordExport');
  const { check, run } = useTrailCheck();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const text = useDeferredValue(filters.text);
  const [open, setOpen] = useState<number | null>(null);
  const rows = useMemo(() => auditRows(trail.data ?? []), [trail.data]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = useMemo(() => filterRows(rows, { ...filters, text }), [rows, filters, text]);
  const set = (field: keyof AuditFilters) => (e: { target: { value: string } }) => setFilters({ ...filters, [field]: e.target.value });
  const filtered = Object.values(filters).some((v) => v !== '');

  return (
    <section aria-labelledby="audit-title">
      <PageHead id="audit-title" title="Audit trail">
        <div className="actions">
          <button type="button" className="secondary" onClick={run} disabled={check.state === 'checking'}>
            Check the trail
          </button>
          <button
            type="button"
            className="secondary"
            disabled={shown.length === 0}
            onClick={() => {
              // The export holds patient data: it is recorded in the trail before the file is handed over.
              recordExport.mutate(
                {
                  rows: shown.length,
                  filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '')),
                },
                { onSuccess: () => download('audit-trail.csv', auditCsv(shown), 'utf8', MIME.csv) },
              );
            }}
          >
            Export CSV
          </button>
        </div>
      </PageHead>
      <p className="hint">
        Every change, and every bulk read of patient data, with who made it and when. Times are this computer’s; the CSV keeps them in UTC.
      </p>
      <TrailCheckOutcome check={check} />
      <div className="toolbar audit-filters" role="group" aria-label="Filters">
        <input
          className="search"
          type="search"
          placeholder="Search who, what or about"
          aria-label="Search the trail"
          value={filters.text}
          onChange={set('text')}
        />
        <label className="inline-label">
          What
          <select value={filters.action} onChange={set('action')} aria-label="Filter by action">
            <option value="">All actions</option>
            {choices.actions.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          Who
          <select value={filters.actor} onChange={set('actor')} aria-label="Filter by actor">
            <option value="">Everyone</option>
            {choices.actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          From
          <input type="date" value={filters.from} max={filters.to || undefined} onChange={set('from')} />
        </label>
        <label className="inline-label">
          To
          <input type="date" value={filters.to} min={filters.from || undefined} onChange={set('to')} />
        </label>
        {filtered && (
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </div>
      {trail.isPending && <p className="muted">Reading the audit trail…</p>}
      {trail.isError && <ErrorPanel title="The audit trail could not be read" error={trail.error} />}
      {trail.isSuccess && rows.length === 0 && <p className="empty">The audit trail is empty: nothing has been changed yet.</p>}
      {rows.length > 0 && shown.length === 0 && <p className="empty">No entry with these filters.</p>}
      {shown.length > 0 && (
        <>
          <p className="muted audit-count">
            {shown.length > MAX_ROWS
              ? `Showing the newest ${count(MAX_ROWS)} of ${count(shown.length)} entries: narrow the filters to see the others (Export CSV writes all ${count(shown.length)}).`
              : `${count(shown.length)} of ${count(rows.length)} ${rows.length === 1 ? 'entry' : 'entries'}, newest first.`}
          </p>
          <table className="grid audit-trail" aria-label="Audit trail">
            <TableHead columns={['When', 'Who', 'What', 'About']} />
            <tbody>
              {shown.slice(0, MAX_ROWS).map((row) => (
                <RowWithDetail key={row.key} open={open === row.key} columns={4} detail={<AuditEntryDetail row={row} />}>
                  <EntryRow row={row} open={open === row.key} onToggle={() => setOpen(open === row.key ? null : row.key)} />
                </RowWithDetail>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function EntryRow({ row, open, onToggle }: { row: AuditRow; open: boolean; onToggle: () => void }) {
  return (
    <tr>
      <td className="nowrap">
        <ExpandButton className="row-button" open={open} onToggle={onToggle}>
          <time dateTime={row.entry.at}>{stampLabel(row.stamp)}</time>
        </ExpandButton>
      </td>
      <td>{row.entry.actor}</td>
      <td>{row.what}</td>
      <td>{row.entry.entity}</td>
    </tr>
  );
}
