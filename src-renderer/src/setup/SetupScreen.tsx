import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useChannel, useWrite } from '../api/channelQueries';
import { Field } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { drugClassLabel, titleCase } from '../ui/labels';
import { formatCents } from '../ui/money';
import { TableHead } from '../ui/TableHead';
import { ClaimSettingsCard } from './ClaimSettingsCard';
import { AddDrugForm } from './AddDrugForm';
import { PayerProfileCard } from './PayerProfileCard';
import { PharmacyProfileCard } from './PharmacyProfileCard';

/** The pharmacy's reference data: payers and their dated fee schedules, prescribers, the drug catalog. */
export function SetupScreen() {
  const catalog = useChannel('catalog.get', {});
  const [payerId, setPayerId] = useState<string>('');
  const payer = payerId || catalog.data?.payers[0]?.id || '';
  return (
    <section aria-labelledby="setup-title" className="editor">
      <h1 id="setup-title">Pharmacy setup</h1>
      <PharmacyProfileCard />
      <PayerProfileCard />
      <div className="card">
        <div className="card-head">
          <h2>Fee schedule</h2>
          <label className="inline-label">
            Payer{' '}
            <select value={payer} onChange={(e) => setPayerId(e.target.value)} aria-label="Payer">
              {(catalog.data?.payers ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.kind})
                </option>
              ))}
            </select>
          </label>
        </div>
        {payer && <FeeSchedule payerId={payer} />}
      </div>
      <ClaimSettingsCard />
      <div className="two-up">
        <Prescribers />
        <Drugs />
      </div>
    </section>
  );
}

function FeeSchedule({ payerId }: { payerId: string }) {
  const fees = useChannel('payers.fees', { payerId });
  const hcpcs = useChannel('reference.hcpcs', {});
  const setFee = useWrite('payers.setFee');
  const [draft, setDraft] = useState({ hcpcs: '', dollars: '', effectiveFrom: '' });
  const describe = (code: string) => hcpcs.data?.find((h) => h.code === code)?.description ?? '';
  // Each input shows its draft field and writes it back.
  const bind = (key: keyof typeof draft) => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = Math.round(Number(draft.dollars) * 100);
    setFee.mutate(
      { payerId, hcpcs: draft.hcpcs.trim().toUpperCase(), cents: Number.isFinite(cents) ? cents : -1, effectiveFrom: draft.effectiveFrom },
      { onSuccess: () => setDraft({ hcpcs: '', dollars: '', effectiveFrom: '' }) },
    );
  };
  return (
    <>
      <form className="inline-form" onSubmit={submit} aria-label="Set a fee" noValidate>
        <div className="form-grid">
          <Field
            label="HCPCS code"
            error={fieldError(setFee.error, 'hcpcs')}
            hint={describe(draft.hcpcs.trim().toUpperCase()).slice(0, 80) || undefined}
          >
            {(c) => <input {...c} list="hcpcs-codes" {...bind('hcpcs')} spellCheck={false} />}
          </Field>
          <Field label="Fee per unit ($)" error={fieldError(setFee.error, 'cents')}>
            {(c) => <input {...c} inputMode="decimal" {...bind('dollars')} />}
          </Field>
          <Field label="Effective from" error={fieldError(setFee.error, 'effectiveFrom')}>
            {(c) => <input {...c} type="date" {...bind('effectiveFrom')} />}
          </Field>
        </div>
        <button className="primary" type="submit" disabled={setFee.isPending}>
          Set fee
        </button>
        <datalist id="hcpcs-codes">
          {(hcpcs.data ?? []).map((h) => (
            <option key={h.code} value={h.code}>
              {h.description.slice(0, 90)}
            </option>
          ))}
        </datalist>
      </form>
      <table className="grid compact" aria-label="Fees">
        <TableHead columns={['Code', 'Description', 'Fee per unit', 'Effective from']} />
        <tbody>
          {(fees.data?.fees ?? []).map((f) => (
            <tr key={`${f.hcpcs}-${f.effectiveFrom}`}>
              <td className="mono">{f.hcpcs}</td>
              <td className="muted">{describe(f.hcpcs).slice(0, 110)}</td>
              <td className="num">{formatCents(f.cents)}</td>
              <td className="nowrap">{f.effectiveFrom === '1900-01-01' ? 'standing' : f.effectiveFrom}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Prescribers() {
  const catalog = useChannel('catalog.get', {});
  const save = useWrite('prescribers.save');
  const [draft, setDraft] = useState({ firstName: '', lastName: '', npi: '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ prescriber: draft }, { onSuccess: () => setDraft({ firstName: '', lastName: '', npi: '' }) });
  };
  return (
    <section className="card" aria-labelledby="prescribers-title">
      <h2 id="prescribers-title">Prescribers</h2>
      <ul className="plain">
        {(catalog.data?.prescribers ?? []).map((p) => (
          <li key={p.id}>
            {p.name} · NPI <span className="mono">{p.npi}</span>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit} aria-label="Add prescriber" noValidate>
        <div className="form-grid">
          <Field label="First name" error={fieldError(save.error, 'prescriber.firstName')}>
            {(c) => <input {...c} value={draft.firstName} onChange={(e) => setDraft({ ...draft, firstName: e.target.value })} />}
          </Field>
          <Field label="Last name" error={fieldError(save.error, 'prescriber.lastName')}>
            {(c) => <input {...c} value={draft.lastName} onChange={(e) => setDraft({ ...draft, lastName: e.target.value })} />}
          </Field>
          <Field label="NPI" error={fieldError(save.error, 'prescriber.npi')}>
            {(c) => (
              <input {...c} inputMode="numeric" value={draft.npi} onChange={(e) => setDraft({ ...draft, npi: e.target.value.trim() })} />
            )}
          </Field>
        </div>
        <button className="primary" type="submit" disabled={save.isPending}>
          Add prescriber
        </button>
      </form>
    </section>
  );
}

function Drugs() {
  const catalog = useChannel('catalog.get', {});
  const starter = useWrite('drugs.loadStarterCatalog');
  return (
    <section className="card" aria-labelledby="drugs-title">
      <div className="card-head">
        <h2 id="drugs-title">Drug catalog</h2>
        <button type="button" className="secondary" onClick={() => starter.mutate({})} disabled={starter.isPending}>
          Add the starter catalog
        </button>
      </div>
      <AddDrugForm />
      {starter.isSuccess && (
        <p className="badge ok">
          {starter.data.added.length === 0 ? 'Every starter drug is already in the catalog.' : `Added ${starter.data.added.length} drugs.`}
        </p>
      )}
      <table className="grid compact" aria-label="Drugs">
        <thead>
          <tr>
            <th>Drug</th>
            <th>HCPCS</th>
            <th>Billing unit</th>
            <th>Form</th>
            <th>Class</th>
          </tr>
        </thead>
        <tbody>
          {(catalog.data?.drugs ?? []).map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td className="mono">{d.hcpcs}</td>
              <td className="nowrap">{d.billingUnit}</td>
              <td>{d.form ? titleCase(d.form) : '—'}</td>
              <td>{drugClassLabel(d.class)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
