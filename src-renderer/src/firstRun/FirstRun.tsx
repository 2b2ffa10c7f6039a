import { useWrite } from '../api/channelQueries';
import { ImportDataset } from '../dataset/ImportDataset';

/** An empty database: offer the demo pharmacy so a newcomer sees real screens at once. */
export function FirstRun({ databasePath }: { databasePath: string }) {
  const openDemo = useWrite('demo.open');
  return (
    <div className="first-run">
      <div className="first-run-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Dripline
        </div>
        <h1>Welcome</h1>
        <p>
          This pharmacy has no patients yet. Open the demo pharmacy to explore Dripline with payers, a prescriber and patients on several
          therapies, or bring your own records in with the dataset import.
        </p>
        <div className="first-run-actions">
          <button className="primary" onClick={() => openDemo.mutate({})} disabled={openDemo.isPending} autoFocus>
            {openDemo.isPending ? 'Opening the demo…' : 'Open the demo pharmacy'}
          </button>
        </div>
        <p className="hint">Or bring your own pharmacy in: a file in the dataset format, checked whole before anything is written.</p>
        <ImportDataset />
        {openDemo.isError && (
          <p className="field-error" role="alert">
            {openDemo.error.message}
          </p>
        )}
        <p className="db-path">Database: {databasePath}</p>
      </div>
    </div>
  );
}
