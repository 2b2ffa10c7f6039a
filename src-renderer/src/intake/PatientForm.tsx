import { useState, type FormEvent } from 'react';
import { COVERAGE_RANKS, RESIDENCES, SEXES, type CoverageRank, type Residence, type Sex } from '../../../src-main/vocabulary';
import type { PatientDetail } from '../../../src-main/ipc/contract/records';
import { useChannel, useWrite } from '../api/channelQueries';
import { hrefFor } from '../app/route';
import { Field, Select, options } from '../ui/Field';
import { fieldError, otherErrors } from '../ui/fieldErrors';
import { SaveBar } from '../ui/SaveBar';
import { addressDraft } from '../ui/addressDraft';
import { sexLabel, titleCase } from '../ui/labels';
import { ErrorPanel } from '../ui/ErrorPanel';

interface CoverageDraft {
  payer: string;
  memberId: string;
  group: string;
  rank: CoverageRank;
  from: string;
  to: string;
}

const blankCoverage = (rank: CoverageDraft['rank']): CoverageDraft => ({ payer: '', memberId: '', group: '', rank, from: '', to: '' });

function draftFrom(p: PatientDetail | undefined) {
  return {
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    birthDate: p?.birthDate ?? '',
    sex: p?.sex ?? 'F',
    ...addressDraft(p?.address),
    residence: p?.residence ?? 'home',
    coverages: p
      ? p.coverages.map((c) => ({
          payer: c.payerId,
          memberId: c.memberId,
          group: c.group ?? '',
          rank: c.rank,
          from: c.from,
          to: c.to ?? '',
        }))
      : [blankCoverage('primary')],
  };
}

/** New patient (no id) or the demographics and coverage of an existing one. */
export function PatientForm({ id }: { id?: string }) {
  const existing = useChannel('patients.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (id !== undefined && existing.isPending) return <p className="muted">Loading…</p>;
  if (id !== undefined && existing.isError) return <ErrorPanel title="This patient could not be opened" error={existing.error} />;
  return <PatientFormBody key={id ?? 'new'} id={id} initial={existing.data} />;
}

function PatientFormBody({ id, initial }: { id: string | undefined; initial: PatientDetail | undefined }) {
  const catalog = useChannel('catalog.get', {});
  const save = useWrite('patients.save');
  const [draft, setDraft] = useState(() => draftFrom(initial));
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setCoverage = (i: number, patch: Partial<CoverageDraft>) =>
    setDraft((d) => ({ ...d, coverages: d.coverages.map((c, k) => (k === i ? { ...c, ...patch } : c)) }));
  const err = (path: string) => fieldError(save.error, `patient.${path}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());
    save.mutate(
      {
        isNew: id === undefined,
        patient: {
          ...(id !== undefined ? { id } : {}),
          firstName: draft.firstName,
          lastName: draft.lastName,
          birthDate: draft.birthDate,
          sex: draft.sex,
          address: {
            line1: draft.line1,
            line2: opt(draft.line2),
            city: draft.city,
            state: draft.state.toUpperCase(),
            zip: draft.zip.replace('-', ''),
          },
          residence: draft.residence as Residence,
          coverages: draft.coverages.map((c) => ({
            payer: c.payer,
            memberId: c.memberId,
            group: opt(c.group),
            rank: c.rank,
            from: c.from,
            to: opt(c.to),
          })),
        },
      },
      { onSuccess: (saved) => (window.location.hash = hrefFor({ screen: 'patient', id: saved.id })) },
    );
  };

  const leftovers = otherErrors(save.error, (path) =>
    /^patient\.(firstName|lastName|birthDate|sex|address\.\w+|residence|coverages\[\d+\]\.\w+|id)$/.test(path),
  );
  const payerOptions = (catalog.data?.payers ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.kind})` }));

  return (
    <form className="editor" onSubmit={submit} aria-labelledby="patient-form-title" noValidate>
      <a className="back" href={id ? hrefFor({ screen: 'patient', id }) : hrefFor({ screen: 'patients' })}>
        ← {id ? 'Back to the patient' : 'Patients'}
      </a>
      <h1 id="patient-form-title">{id ? `Edit ${initial?.lastName}, ${initial?.firstName}` : 'New patient'}</h1>
      <section className="card">
        <h2>Demographics</h2>
        <div className="form-grid">
          <Field label="First name" error={err('firstName')}>
            {(c) => <input {...c} value={draft.firstName} onChange={(e) => set('firstName', e.target.value)} autoFocus />}
          </Field>
          <Field label="Last name" error={err('lastName')}>
            {(c) => <input {...c} value={draft.lastName} onChange={(e) => set('lastName', e.target.value)} />}
          </Field>
          <Field label="Birth date" error={err('birthDate')}>
            {(c) => <input {...c} type="date" value={draft.birthDate} onChange={(e) => set('birthDate', e.target.value)} />}
          </Field>
          <Field label="Sex" error={err('sex')}>
            {(c) => <Select {...c} value={draft.sex} onChange={(v) => set('sex', v as Sex)} options={options(SEXES, sexLabel)} />}
          </Field>
          <Field label="Residence" error={err('residence')} hint="A skilled nursing facility is not a home setting (PY-2)">
            {(c) => (
              <Select {...c} value={draft.residence} onChange={(v) => set('residence', v)} options={options(RESIDENCES, titleCase)} />
            )}
          </Field>
        </div>
        <div className="form-grid">
          <Field label="Street" error={err('address.line1')} className="wide">
            {(c) => <input {...c} value={draft.line1} onChange={(e) => set('line1', e.target.value)} />}
          </Field>
          <Field label="Apartment, suite" error={err('address.line2')}>
            {(c) => <input {...c} value={draft.line2} onChange={(e) => set('line2', e.target.value)} />}
          </Field>
          <Field label="City" error={err('address.city')}>
            {(c) => <input {...c} value={draft.city} onChange={(e) => set('city', e.target.value)} />}
          </Field>
          <Field label="State" error={err('address.state')}>
            {(c) => <input {...c} value={draft.state} maxLength={2} onChange={(e) => set('state', e.target.value)} />}
          </Field>
          <Field label="ZIP" error={err('address.zip')}>
            {(c) => <input {...c} value={draft.zip} inputMode="numeric" onChange={(e) => set('zip', e.target.value)} />}
          </Field>
        </div>
      </section>

      <section className="card" aria-label="Coverage">
        <div className="card-head">
          <h2>Coverage</h2>
          {draft.coverages.length < 3 && (
            <button
              type="button"
              className="secondary"
              onClick={() => set('coverages', [...draft.coverages, blankCoverage(COVERAGE_RANKS[draft.coverages.length] ?? 'tertiary')])}
            >
              Add coverage
            </button>
          )}
        </div>
        {draft.coverages.length === 0 && <p className="muted">No coverage: lines cannot be billed without one (CV-1).</p>}
        {draft.coverages.map((c, i) => (
          <fieldset key={i} className="form-grid coverage-row">
            <legend>{titleCase(c.rank)} coverage</legend>
            <Field label="Payer" error={err(`coverages[${i}].payer`)}>
              {(ctl) => (
                <Select
                  {...ctl}
                  value={c.payer}
                  onChange={(v) => setCoverage(i, { payer: v })}
                  options={payerOptions}
                  placeholder="Choose a payer"
                />
              )}
            </Field>
            <Field label="Member ID" error={err(`coverages[${i}].memberId`)}>
              {(ctl) => <input {...ctl} value={c.memberId} onChange={(e) => setCoverage(i, { memberId: e.target.value })} />}
            </Field>
            <Field label="Group" error={err(`coverages[${i}].group`)}>
              {(ctl) => <input {...ctl} value={c.group} onChange={(e) => setCoverage(i, { group: e.target.value })} />}
            </Field>
            <Field label="Rank" error={err(`coverages[${i}].rank`)}>
              {(ctl) => (
                <Select
                  {...ctl}
                  value={c.rank}
                  onChange={(v) => setCoverage(i, { rank: v as CoverageDraft['rank'] })}
                  options={options(COVERAGE_RANKS, titleCase)}
                />
              )}
            </Field>
            <Field label="Effective from" error={err(`coverages[${i}].from`)}>
              {(ctl) => <input {...ctl} type="date" value={c.from} onChange={(e) => setCoverage(i, { from: e.target.value })} />}
            </Field>
            <Field label="Until" error={err(`coverages[${i}].to`)} hint="Leave empty while active">
              {(ctl) => <input {...ctl} type="date" value={c.to} onChange={(e) => setCoverage(i, { to: e.target.value })} />}
            </Field>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                set(
                  'coverages',
                  draft.coverages.filter((_, k) => k !== i),
                )
              }
              aria-label={`Remove ${c.rank} coverage`}
            >
              Remove
            </button>
          </fieldset>
        ))}
      </section>

      <SaveBar what="patient" leftovers={leftovers} pending={save.isPending} failed={save.isError} />
    </form>
  );
}
