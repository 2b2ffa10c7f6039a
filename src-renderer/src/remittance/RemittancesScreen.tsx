import { hrefFor } from '../app/route';
import { PageHead } from '../ui/PageHead';
import { AckFile } from './AckFile';
import { RemitFile } from './RemitFile';

/** The payers' files coming back: 835 payments to preview and post, 999/277CA acknowledgments to read. */
export function RemittancesScreen() {
  return (
    <section aria-labelledby="remittances-title">
      <PageHead id="remittances-title" title="Remittances">
        <a className="button secondary" href={hrefFor({ screen: 'work-queue' })}>
          Open the work queue
        </a>
      </PageHead>
      <RemitFile />
      <AckFile />
    </section>
  );
}
