import { useState } from 'react';
import { call, useChannel } from '../api/channelQueries';
import { ImportDataset } from './ImportDataset';
import { download } from '../ui/download';

/** Import a pharmacy dataset file (validated whole, nothing written on any problem) or export the database. */
export function DatasetScreen() {
  const status = useChannel('app.status', {});
  const [exportError, setExportError] = useState<string | null>(null);

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

  return (
    <section aria-labelledby="dataset-title" className="editor">
      <h1 id="dataset-title">Import and export</h1>
      <div className="card">
        <h2>Import a dataset</h2>
        <p className="muted">
          A file in the pharmacy dataset format (home-infusion-dataset/1). The whole file is checked first: if anything is wrong, nothing is
          imported and each problem is listed with its place in the file. Records with the same ids are updated.
        </p>
        <ImportDataset />
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
