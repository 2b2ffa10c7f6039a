import { useState } from 'react';
import { useChannel, useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { fieldError } from '../ui/fieldErrors';
import { RemitPosting, outcomeSummary } from './RemitPosting';

interface PickedFile {
  text: string;
  fileName: string;
}

/** Reads a file the user chose as text, in the page: the main process never opens a path from the page. */
export async function readPicked(file: File): Promise<PickedFile> {
  return { text: await file.text(), fileName: file.name };
}

/** An 835 chosen, previewed (nothing written) and then posted in one go (RM-1..RM-5). */
export function RemitFile() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const post = useWrite('remittances.post');
  // Once posted, the preview is not read again: the posting's own answer is what the biller sees.
  const preview = useChannel('remittances.preview', file ?? { text: '' }, { enabled: file !== null && !post.isSuccess });

  const pick = async (chosen: File | undefined) => {
    post.reset();
    setReadError(null);
    setFile(null);
    if (!chosen) return;
    try {
      setFile(await readPicked(chosen));
    } catch (error) {
      setReadError(`${chosen.name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const fileProblem = readError ?? fieldError(preview.error, 'text');
  const shown = post.data ?? (file ? preview.data : undefined);
  // RM-4: a file whose every payment was posted before has nothing left to post.
  const nothingNew = preview.data !== undefined && preview.data.transactions.every((tx) => tx.alreadyPosted);
  return (
    <section className="card" aria-labelledby="remit-file-title">
      <h2 id="remit-file-title">Payments (835)</h2>
      <p className="hint">
        Choose the payer’s electronic remittance advice. Dripline shows what posting it would do, claim by claim; nothing is written until
        you post it.
      </p>
      <div className="toolbar">
        <label className="button secondary file-button">
          Choose an 835 file…
          <input
            type="file"
            aria-label="835 remittance file"
            aria-invalid={Boolean(fileProblem)}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {file && <span className="mono">{file.fileName}</span>}
        {file && preview.isFetching && <span className="muted">Reading the remittance…</span>}
      </div>
      {fileProblem && (
        <p className="field-message error" role="alert">
          {fileProblem}
        </p>
      )}
      {preview.isError && !fieldError(preview.error, 'text') && (
        <ErrorPanel title="The remittance could not be read" error={preview.error} />
      )}
      {shown && (
        <>
          {post.isSuccess ? (
            <p className={`notice ${post.data.posted ? 'done' : 'warn'}`} role="status">
              {post.data.posted
                ? `Posted ${file?.fileName ?? 'the remittance'}: ${outcomeSummary(post.data, false)}.`
                : `Nothing was posted: every payment in ${file?.fileName ?? 'this file'} was posted before (RM-4).`}
            </p>
          ) : (
            <p className="notice info" role="status">
              Preview · {outcomeSummary(shown, true)}.
            </p>
          )}
          <RemitPosting view={shown} preview={!post.isSuccess} />
        </>
      )}
      {preview.data && file && !post.isSuccess && (
        <div className="remit-actions">
          <button type="button" className="primary" disabled={post.isPending || nothingNew} onClick={() => post.mutate(file)}>
            {post.isPending ? 'Posting…' : 'Post this remittance'}
          </button>
          {nothingNew && <span className="muted">Every payment in this file was posted before (RM-4).</span>}
        </div>
      )}
      {post.isError && <ErrorPanel title="Nothing was posted" error={post.error} />}
    </section>
  );
}
