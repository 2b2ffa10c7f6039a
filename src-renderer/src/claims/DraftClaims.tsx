import { useState } from 'react';
import { call, useChannel, useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { download, MIME } from '../ui/download';
import { formatDate } from '../ui/labels';
import { formatCents } from '../ui/money';
import { ExpandButton, RowsWithDetail } from '../ui/RowWithDetail';
import { ClaimLines } from './ClaimLines';

/** Claims to bill for a period: readiness per claim, the lines behind each, and the export of the chosen ones. */
export function DraftClaims({ from, to }: { from: string; to: string }) {
  const drafts = useChannel('claims.drafts', { from, to });
  const exporter = useWrite('claims.export');
  const paper = useWrite('claims.exportPaper');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  if (drafts.isPending) return <p className="muted">Assembling the period’s claims…</p>;
  if (drafts.isError) return <ErrorPanel title="The claims could not be assembled" error={drafts.error} />;
  const list = drafts.data.drafts;
  const ready = list.filter((d) => d.problems.length === 0);
  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const selected = list.filter((d) => chosen.has(d.draftId));

  const exportSelected = () =>
    exporter.mutate(
      { from, to, draftIds: selected.map((d) => d.draftId) },
      {
        onSuccess: (file) => {
          download(file.fileName, file.content, file.encoding, MIME[file.format]);
          setChosen(new Set());
        },
      },
    );

  return (
    <section aria-label="Claims to bill">
      {drafts.data.corrections.length > 0 && (
        <details className="notice warn" role="status">
          <summary>
            {drafts.data.corrections.length} line(s) already sent no longer match the record (an order, hold or fee changed after export):
            open the sent claim and send a corrected claim.
          </summary>
          <ul className="plain" aria-label="Lines to correct">
            {drafts.data.corrections.map((c) => {
              const [patient, order, date, kind, code] = c.lineKey.split('|');
              return (
                <li key={c.lineKey}>
                  Claim {c.claimId}: {patient} {order ? `· ${order} ` : ''}· {date} · {kind} {code} —{' '}
                  {c.change === 'changed' ? 'now different' : 'no longer billable'}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="secondary"
          onClick={() => setChosen(new Set(ready.map((d) => d.draftId)))}
          disabled={ready.length === 0}
        >
          Select all ready ({ready.length})
        </button>
        <button type="button" className="primary" onClick={exportSelected} disabled={selected.length === 0 || exporter.isPending}>
          Export {selected.length || ''} as 837P
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void call('claims.csv', { from, to }).then((f) => download(f.fileName, f.content, f.encoding, MIME.csv))}
        >
          Lines as CSV
        </button>
        {exporter.isSuccess && (
          <span className="badge ok" role="status">
            Exported {exporter.data.claims.length} claim(s) in {exporter.data.fileName}
          </span>
        )}
      </div>
      {exporter.isError && <ErrorPanel title="Nothing was exported" error={exporter.error} />}
      {paper.isError && <ErrorPanel title="Nothing was printed" error={paper.error} />}
      {paper.isSuccess && (
        <span className="badge ok" role="status">
          Printed {paper.data.claims.length} claim(s) in {paper.data.fileName}
        </span>
      )}
      {list.length === 0 ? (
        <p className="empty">
          Nothing left to bill from {formatDate(from)} to {formatDate(to)}.
        </p>
      ) : (
        <table className="grid" aria-label="Claims to bill">
          <thead>
            <tr>
              <th aria-label="Select"></th>
              <th>Patient</th>
              <th>Payer</th>
              <th>Dates</th>
              <th>Lines</th>
              <th>Total</th>
              <th>Readiness</th>
            </tr>
          </thead>
          <RowsWithDetail
            items={list}
            itemKey={(d) => d.draftId}
            open={open}
            columns={7}
            detail={(d) => <ClaimLines draft={d} />}
            row={(d) => (
              <tr data-draft-id={d.draftId}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select the claim for ${d.patientName}, ${d.payerName}${d.part > 1 ? ` part ${d.part}` : ''}`}
                    checked={chosen.has(d.draftId)}
                    onChange={() => toggle(d.draftId)}
                    disabled={d.problems.length > 0}
                  />
                </td>
                <td>
                  <ExpandButton
                    className="row-button"
                    open={open === d.draftId}
                    onToggle={() => setOpen(open === d.draftId ? null : d.draftId)}
                  >
                    {d.patientName}
                    {d.part > 1 ? ` (part ${d.part})` : ''}
                  </ExpandButton>
                </td>
                <td>
                  {d.payerName} <span className="muted">({d.coverageRank})</span>
                </td>
                <td className="nowrap">
                  {formatDate(d.from)} – {formatDate(d.to)}
                </td>
                <td className="num">{d.lines.length}</td>
                <td className="num">{formatCents(d.totalCents)}</td>
                <td>
                  {d.problems.length === 0 ? (
                    <span className="badge ok">Ready</span>
                  ) : d.readyOn ? (
                    <span className="badge info" title={d.problems[0]?.message}>
                      Not billable yet (DS-2) · ready {formatDate(d.readyOn)}
                      {d.problems.length > 1 ? ` · ${d.problems.length - 1} more` : ''}
                    </span>
                  ) : (
                    <span className="badge warn">Not ready · {d.problems.length}</span>
                  )}
                </td>
              </tr>
            )}
          />
        </table>
      )}
    </section>
  );
}
