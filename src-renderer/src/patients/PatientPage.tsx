import type { PatientDetail, PlanOfCareView } from '../../../src-main/ipc/contract/records';
import { useChannel } from '../api/channelQueries';
import { hrefFor } from '../app/route';
import { ErrorPanel } from '../ui/ErrorPanel';
import { EpisodesCard } from './EpisodesCard';
import { StatementButton } from './StatementButton';
import { BillingCalendar } from './BillingCalendar';
import { AddDocumentForm, AddHoldForm, AddPumpEventForm, AddVisitForm } from './RecordForms';
import { ageOn, formatDate, formatPeriod, minutesLabel, sexLabel, therapyLabel, titleCase, zipLabel } from '../ui/labels';

export function PatientPage({ id }: { id: string }) {
  const patient = useChannel('patients.get', { id });
  const status = useChannel('app.status', {});
  if (patient.isPending) return <p className="muted">Loading…</p>;
  if (patient.isError) return <ErrorPanel title="This patient could not be opened" error={patient.error} />;
  const p = patient.data;
  const today = status.data?.today;
  const allOrders = p.plansOfCare.flatMap((plan) => plan.orders.map((o) => o.id));
  const pumpOrders = p.plansOfCare.flatMap((plan) =>
    plan.orders.filter((o) => o.delivery === 'cassette' || o.delivery === 'implanted-pump').map((o) => o.id),
  );

  return (
    <article aria-labelledby="patient-name">
      <a className="back" href={hrefFor({ screen: 'patients' })}>
        ← Patients
      </a>
      <div className="patient-head">
        <div className="card-head">
          <h1 id="patient-name">
            {p.lastName}, {p.firstName}
          </h1>
          <div className="actions">
            <StatementButton patientId={p.id} />
            <a className="button secondary" href={hrefFor({ screen: 'patient-edit', id: p.id })}>
              Edit patient
            </a>
            <a className="button primary" href={hrefFor({ screen: 'plan-edit', patientId: p.id })}>
              New plan of care
            </a>
          </div>
        </div>
        <dl className="facts">
          <Fact label="Birth date" value={`${formatDate(p.birthDate)}${today ? ` (${ageOn(p.birthDate, today)} y)` : ''}`} />
          <Fact label="Sex" value={sexLabel(p.sex)} />
          <Fact label="Residence" value={p.residence ? titleCase(p.residence) : 'Home'} />
          <Fact
            label="Address"
            value={`${p.address.line1}${p.address.line2 ? `, ${p.address.line2}` : ''}, ${p.address.city}, ${p.address.state} ${zipLabel(p.address.zip)}`}
          />
          <Fact label="Patient ID" value={p.id} />
        </dl>
      </div>

      <Coverages patient={p} />
      <EpisodesCard patient={p} />
      {p.plansOfCare.map((plan) => (
        <PlanOfCare key={plan.id} plan={plan} patientId={p.id} />
      ))}
      {p.plansOfCare.length === 0 && <p className="empty">No plan of care yet.</p>}

      {today && <BillingCalendar patientId={p.id} today={today} />}

      <div className="two-up">
        <section className="card" aria-labelledby="holds-title">
          <h2 id="holds-title">Holds</h2>
          <AddHoldForm patientId={p.id} />
          {p.holds.length === 0 ? (
            <p className="muted">No holds.</p>
          ) : (
            <ul className="plain">
              {p.holds.map((h) => (
                <li key={`${h.from}-${h.to}`}>
                  {formatPeriod(h.from, h.to)} · {titleCase(h.reason)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="visits-title">
          <h2 id="visits-title">Nursing visits</h2>
          <AddVisitForm patientId={p.id} orders={allOrders} />
          {p.nursingVisits.length === 0 ? (
            <p className="muted">No visits.</p>
          ) : (
            <table className="grid compact" aria-label="Nursing visits">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Length</th>
                  <th>Order</th>
                  <th>Nurse</th>
                </tr>
              </thead>
              <tbody>
                {p.nursingVisits.map((v, i) => (
                  <tr key={i}>
                    <td>{formatDate(v.date)}</td>
                    <td>{minutesLabel(v.minutes)}</td>
                    <td>{v.order ?? '—'}</td>
                    <td>{v.nurse ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pumpOrders.length > 0 && (
            <>
              <h3>Pump events</h3>
              <AddPumpEventForm patientId={p.id} orders={pumpOrders} />
              <ul className="plain">
                {p.pumpEvents.map((e, i) => (
                  <li key={i}>
                    {formatDate(e.date)} · {titleCase(e.kind)} · order {e.order}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Coverages({ patient }: { patient: PatientDetail }) {
  return (
    <section className="card" aria-labelledby="coverages-title">
      <h2 id="coverages-title">Coverage</h2>
      {patient.coverages.length === 0 ? (
        <p className="muted">No coverage on file.</p>
      ) : (
        <table className="grid compact" aria-label="Coverage">
          <thead>
            <tr>
              <th>Rank</th>
              <th>Payer</th>
              <th>Kind</th>
              <th>Member ID</th>
              <th>Group</th>
              <th>Effective</th>
            </tr>
          </thead>
          <tbody>
            {patient.coverages.map((c) => (
              <tr key={`${c.rank}-${c.payerId}-${c.from}`}>
                <td>{titleCase(c.rank)}</td>
                <td>{c.payerName}</td>
                <td>{titleCase(c.payerKind)}</td>
                <td className="mono">{c.memberId}</td>
                <td className="mono">{c.group ?? '—'}</td>
                <td>{formatPeriod(c.from, c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PlanOfCare({ plan, patientId }: { plan: PlanOfCareView; patientId: string }) {
  return (
    <section className="card" aria-label={`Plan of care ${plan.id}`}>
      <div className="card-head">
        <h2>Plan of care {formatPeriod(plan.from, plan.to)}</h2>
        <div className="actions">
          {plan.signedOn ? (
            <span className="badge ok">Signed {formatDate(plan.signedOn)}</span>
          ) : (
            <span className="badge warn">Not signed</span>
          )}
          <a
            className="button secondary small"
            href={hrefFor({ screen: 'plan-edit', patientId, planId: plan.id })}
            aria-label={`Edit plan of care ${plan.id}`}
          >
            Edit
          </a>
        </div>
      </div>
      <p className="muted">
        {plan.prescriberName} · NPI {plan.prescriberNpi} · Diagnoses{' '}
        {plan.diagnoses.map((d) => (
          <code key={d} className="dx">
            {d}
          </code>
        ))}
      </p>
      <table className="grid" aria-label={`Orders of plan ${plan.id}`}>
        <thead>
          <tr>
            <th>Order</th>
            <th>Therapy</th>
            <th>Drug</th>
            <th>Dose</th>
            <th>Schedule</th>
            <th>Route</th>
            <th>Dates</th>
            <th>Documents</th>
          </tr>
        </thead>
        <tbody>
          {plan.orders.map((o) => (
            <tr key={o.id} data-order-id={o.id}>
              <td className="mono">
                {o.id}
                {o.partOf && <span className="muted"> · part of {o.partOf}</span>}
              </td>
              <td>{therapyLabel(o.therapy)}</td>
              <td>
                {o.drugName ?? '—'}
                {o.hcpcs && <span className="code-tag">{o.hcpcs}</span>}
              </td>
              <td className="nowrap">{o.dose ?? (o.litersPerDay !== null ? `${o.litersPerDay} L/day` : '—')}</td>
              <td className="mono">{o.schedule}</td>
              <td>
                {o.route}
                {o.delivery ? ` · ${o.delivery}` : ''}
              </td>
              <td className="nowrap">{formatPeriod(o.start, o.stop)}</td>
              <td>
                <DocumentCount kinds={o.documents.map((d) => d.kind)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions wrap">
        {plan.orders.map((o) => (
          <AddDocumentForm key={o.id} patientId={patientId} order={o.id} />
        ))}
      </div>
    </section>
  );
}

// PY-3: five kinds of documentation are kept with each claim.
function DocumentCount({ kinds }: { kinds: string[] }) {
  const distinct = new Set(kinds).size;
  return (
    <span
      className={distinct >= 5 ? 'badge ok' : 'badge warn'}
      title={`PY-3 documentation on file: ${[...new Set(kinds)].map(titleCase).join(', ') || 'none'}`}
    >
      {distinct} of 5
    </span>
  );
}
