import { useState } from 'react';
import type { AckView } from '../../../src-main/vocabulary';
import { useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { fieldError } from '../ui/fieldErrors';
import { TableHead } from '../ui/TableHead';
import { readPicked } from './RemitFile';
import { ACK_BADGES, ACK_LABELS } from './remitLabels';

/** "277CA: 3 claims accepted, 1 rejected" — a 999 counts transaction sets, a 277CA claims. */
export function ackSummary(view: AckView): string {
  const what = view.kind === '999' ? 'transaction set' : 'claim';
  const plural = (n: number) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `${view.kind === '999' ? '999' : '277CA'}: ${plural(view.accepted)} accepted, ${view.rejected} rejected`;
}

/** A 999 or 277CA read at once: claims accepted or rejected at the payer's front door, with the reasons. */
export function AckFile() {
  const read = useWrite('acknowledgments.read');
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const pick = async (chosen: File | undefined) => {
    read.reset();
    setReadError(null);
    setFileName(chosen?.name ?? null);
    if (!chosen) return;
    try {
      read.mutate(await readPicked(chosen));
    } catch (error) {
      setReadError(`${chosen.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const fileProblem = readError ?? fieldError(read.error, 'text');
  return (
    <section className="card" aria-labelledby="ack-file-title">
      <h2 id="ack-file-title">Acknowledgments (999 or 277CA)</h2>
      <p className="hint">
        A 999 says whether the payer took our file; a 277CA whether each claim went into adjudication. A rejected claim goes to the work
        queue with its reasons.
      </p>
      <div className="toolbar">
        <label className="button secondary file-button">
          Choose a 999 or 277CA file…
          <input
            type="file"
            aria-label="Acknowledgment file"
            aria-invalid={Boolean(fileProblem)}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {fileName && <span className="mono">{fileName}</span>}
        {read.isPending && <span className="muted">Reading the acknowledgment…</span>}
      </div>
      {fileProblem && (
        <p className="field-message error" role="alert">
          {fileProblem}
        </p>
      )}
      {read.isError && !fieldError(read.error, 'text') && <ErrorPanel title="The acknowledgment was not read" error={read.error} />}
      {read.data && <AckResult view={read.data} />}
    </section>
  );
}

function AckResult({ view }: { view: AckView }) {
  return (
    <>
      <p className={`notice ${view.rejected > 0 ? 'warn' : 'done'}`} role="status">
        {ackSummary(view)}.
      </p>
      {view.messages.length > 0 && (
        <ul className="problems" aria-label="Messages in the acknowledgment">
          {view.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {view.claims.length > 0 && (
        <table className="grid compact" aria-label="Acknowledged claims">
          <TableHead columns={['Claim', 'Result', 'Reasons']} />
          <tbody>
            {view.claims.map((c, i) => (
              <tr key={`${c.controlNumber}-${i}`} className={c.status === 'rejected' ? 'has-problem' : undefined}>
                <td className="mono">{c.controlNumber}</td>
                <td>
                  <span className={`badge ${ACK_BADGES[c.status]}`}>{ACK_LABELS[c.status]}</span>
                </td>
                <td>
                  {c.reasons.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="plain">
                      {c.reasons.map((r, j) => (
                        <li key={j}>{r}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
