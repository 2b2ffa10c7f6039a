import type { PatientDetail } from '../../../src-main/ipc/contract/records';
import { formatDate } from '../ui/labels';
import { TableHead } from '../ui/TableHead';
import { DischargeForm } from './RecordForms';

/** Admissions to discharge: each episode holds the plans of care written during it. */
export function EpisodesCard({ patient }: { patient: PatientDetail }) {
  return (
    <section className="card" aria-labelledby="episodes-title">
      <h2 id="episodes-title">Episodes of care</h2>
      {patient.episodes.length === 0 ? (
        <p className="muted">No episode yet: one opens with the first plan of care.</p>
      ) : (
        <table className="grid compact" aria-label="Episodes of care">
          <TableHead columns={['Admitted', 'Discharged', 'Plans of care', '']} />
          <tbody>
            {patient.episodes.map((e) => (
              <tr key={e.key}>
                <td className="nowrap">{formatDate(e.admittedOn)}</td>
                <td>
                  {e.dischargedOn ? (
                    `${formatDate(e.dischargedOn)}${e.dischargeReason ? ` · ${e.dischargeReason}` : ''}`
                  ) : (
                    <span className="badge ok">Active</span>
                  )}
                </td>
                <td className="mono">{e.plans.join(', ') || '—'}</td>
                <td>{e.dischargedOn === null && <DischargeForm patientId={patient.id} episode={e.key} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
