import { useState } from 'react';
import { useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';

/** Picks a dataset file and imports it; a file with any problem writes nothing and lists each by JSON path. */
export function ImportDataset() {
  const importFile = useWrite('dataset.import');
  const [fileError, setFileError] = useState<string | null>(null);

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

  const problems = importFile.error?.error.kind === 'invalid' ? importFile.error.error.fields : [];
  return (
    <>
      <label className="button secondary file-button">
        Choose a dataset file…
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
    </>
  );
}
