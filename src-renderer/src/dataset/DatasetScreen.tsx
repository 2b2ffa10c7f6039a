import { useState } from 'react';
import { call, useChannel, useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { download } from '../ui/download';

/** Import a pharmacy dataset file (validated whole, nothing written on any problem) or export the database. */
export function DatasetScreen() {
  const status = useChannel('app.status', {});
  const importFile = useWrite('dataset.import');
  const [fileError, setFileError] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    setFileError(null);
    importFile.reset();
    if (!file) return;
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      setFileError(`${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    importFile.mutate({ document });
  };

  const exportNow = async () => {
    setExportError(null);
    try {
      const dataset = await call('dataset.export', {});
      download(
        `dripline-dataset-${status.data?.today ?? 'export'}.json`,
        `${JSON.stringify(dataset, null, 2)}\n`,
        'utf8',
        'application/json',
      );
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  const problems = importFile.error?.error.kind === 'invalid' ? importFile.error.error.fields : [];
  return (
    <section aria-labelledby="dataset-title" className="editor">
      <h1 id="dataset-title">Import and export</h1>
      <div className="card">
        <h2>Import a dataset</h2>
        <p className="muted">
          A file in the pharmacy dataset format (home-infusion-dataset/1). The whole file is checked first: if anything is wrong, nothing is
          imported and each problem is listed with its place in the file. Records with the same ids are updated.
        </p>
        <label className="button secondary file-button">
          Choose a file…
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Dataset file to import"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {importFile.isPending && <p>Importing…</p>}
        {fileError && (
          <p className="field-message error" role="alert">
            {fileError}
          </p>
        )}
        {importFile.isSuccess && (
          <p className="badge ok" role="status">
            Imported {importFile.data.patients} patients, {importFile.data.plansOfCare} plans of care, {importFile.data.orders} orders,{' '}
            {importFile.data.payers} payers, {importFile.data.prescribers} prescribers and {importFile.data.drugs} drugs.
          </p>
        )}
        {problems.length > 0 && (
          <div className="error-panel" role="alert">
            <h2>Nothing was imported: {problems.length} problem(s)</h2>
            <table className="grid compact" aria-label="Import problems">
              <tbody>
                {problems.map((p, i) => (
                  <tr key={i}>
                    <td className="mono">{p.path}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {importFile.error && problems.length === 0 && <ErrorPanel title="The file was not imported" error={importFile.error} />}
      </div>
      <div className="card">
        <h2>Export the database</h2>
        <p className="muted">Every record as one dataset file; importing it again gives the same records.</p>
        <button type="button" className="primary" onClick={() => void exportNow()}>
          Export dataset
        </button>
        {exportError && (
          <p className="field-message error" role="alert">
            {exportError}
          </p>
        )}
      </div>
    </section>
  );
}
