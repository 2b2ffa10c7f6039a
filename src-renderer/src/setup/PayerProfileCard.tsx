import { useState, type FormEvent } from 'react';
import type { PayerView } from '../../../src-main/ipc/contract/records';
import { LINE_SPANS, PAYER_KINDS, PER_DIEM_DAYS, type LineSpan, type PayerKind, type PerDiemDays } from '../../../src-main/vocabulary';
import { useChannel, useWrite } from '../api/channelQueries';
import { Field, NamedOptions, Select, options } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { SavedActions } from '../ui/SaveBar';
import { titleCase } from '../ui/labels';

// A payer and its profile (PF-1..PF-7 of the billing rules): published policies disagree, so these are
// settings per payer. Empty means the rule's default.

const yesNo = [
  { value: '', label: 'Default' },
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];
const toBool = (v: string) => (v === '' ? undefined : v === 'true');
const fromBool = (v: boolean | undefined) => (v === undefined ? '' : String(v));
const toNumber = (v: string) => (v.trim() === '' ? undefined : Number(v));
const LINE_SPAN_LABELS: Record<LineSpan, string> = {
  day: 'One line a day',
  week: 'Spans of up to 7 days',
  month: 'Spans of up to a month',
};

export function PayerProfileCard() {
  const payers = useChannel('payers.list', {});
  const [chosen, setChosen] = useState('');
  const list = payers.data ?? [];
  const payer = list.find((p) => p.id === chosen) ?? list[0];
  return (
    <section className="card" aria-labelledby="payer-profile-title">
      <div className="card-head">
        <h2 id="payer-profile-title">Payer profile</h2>
        <label className="inline-label">
          Payer
          <select value={payer?.id ?? ''} onChange={(e) => setChosen(e.target.value)} aria-label="Payer to edit">
            <NamedOptions items={list} />
          </select>
        </label>
      </div>
      {payer && <PayerForm key={payer.id} payer={payer} />}
    </section>
  );
}

function PayerForm({ payer }: { payer: PayerView }) {
  const save = useWrite('payers.save');
  const p = payer.profile;
  const [draft, setDraft] = useState({
    name: payer.name,
    payerId: payer.payerId,
    kind: payer.kind,
    perDiemDays: p.perDiemDays ?? '',
    second: p.secondTherapyPercent === undefined ? '' : String(p.secondTherapyPercent),
    third: p.thirdTherapyPercent === undefined ? '' : String(p.thirdTherapyPercent),
    recognizesSCodes: fromBool(p.recognizesSCodes),
    modifier59: fromBool(p.modifier59WithConcurrent),
    lineSpan: p.lineSpan ?? '',
    nursingLimits: fromBool(p.nursingLimits),
    requiresPriorAuth: fromBool(p.requiresPriorAuth),
    interimBilling: p.interimBilling === true,
  });
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch });
  const err = (path: string) => fieldError(save.error, `payer.${path}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const profile = Object.fromEntries(
      Object.entries({
        perDiemDays: draft.perDiemDays || undefined,
        secondTherapyPercent: toNumber(draft.second),
        thirdTherapyPercent: toNumber(draft.third),
        recognizesSCodes: toBool(draft.recognizesSCodes),
        modifier59WithConcurrent: toBool(draft.modifier59),
        lineSpan: draft.lineSpan || undefined,
        nursingLimits: toBool(draft.nursingLimits),
        requiresPriorAuth: toBool(draft.requiresPriorAuth),
        // Unticked keeps the default (no interim claims), or an explicit "no" the payer already had.
        interimBilling: draft.interimBilling ? true : p.interimBilling === false ? false : undefined,
      }).filter(([, v]) => v !== undefined),
    );
    save.mutate({ payer: { id: payer.id, name: draft.name, payerId: draft.payerId, kind: draft.kind, profile } });
  };
  return (
    <form onSubmit={submit} aria-label="Payer profile settings" noValidate>
      <div className="form-grid">
        <Field label="Name" error={err('name')}>
          {(c) => <input {...c} value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field label="Payer ID (NM1*PR)" error={err('payerId')}>
          {(c) => <input {...c} value={draft.payerId} onChange={(e) => set({ payerId: e.target.value })} />}
        </Field>
        <Field label="Kind" error={err('kind')}>
          {(c) => (
            <Select {...c} value={draft.kind} onChange={(v) => set({ kind: v as PayerKind })} options={options(PAYER_KINDS, titleCase)} />
          )}
        </Field>
        <Field label="PF-1 per diem days" error={err('profile.perDiemDays')} hint="Dose days (CPCP019) or every day up to q72h (NHIA)">
          {(c) => (
            <Select
              {...c}
              value={draft.perDiemDays}
              onChange={(v) => set({ perDiemDays: v as PerDiemDays })}
              options={[{ value: '', label: 'Default (dose days)' }, ...options(PER_DIEM_DAYS, titleCase)]}
            />
          )}
        </Field>
        <Field label="PF-2 second therapy (SH) %" error={err('profile.secondTherapyPercent')} hint="Default 50">
          {(c) => <input {...c} inputMode="decimal" value={draft.second} onChange={(e) => set({ second: e.target.value })} />}
        </Field>
        <Field label="PF-2 third therapy (SJ) %" error={err('profile.thirdTherapyPercent')} hint="Default 25">
          {(c) => <input {...c} inputMode="decimal" value={draft.third} onChange={(e) => set({ third: e.target.value })} />}
        </Field>
        <Field label="PF-3 modifier 59 with SH/SJ" error={err('profile.modifier59WithConcurrent')}>
          {(c) => <Select {...c} value={draft.modifier59} onChange={(v) => set({ modifier59: v })} options={yesNo} />}
        </Field>
        <Field label="PF-4 line spans" error={err('profile.lineSpan')}>
          {(c) => (
            <Select
              {...c}
              value={draft.lineSpan}
              onChange={(v) => set({ lineSpan: v as LineSpan })}
              options={[{ value: '', label: 'Default (one line a day)' }, ...options(LINE_SPANS, (s) => LINE_SPAN_LABELS[s])]}
            />
          )}
        </Field>
        <Field label="PF-5 nursing limits (4 h/day, 12 h/week)" error={err('profile.nursingLimits')}>
          {(c) => <Select {...c} value={draft.nursingLimits} onChange={(v) => set({ nursingLimits: v })} options={yesNo} />}
        </Field>
        <Field label="PF-6 prior authorization required" error={err('profile.requiresPriorAuth')}>
          {(c) => <Select {...c} value={draft.requiresPriorAuth} onChange={(v) => set({ requiresPriorAuth: v })} options={yesNo} />}
        </Field>
        <Field
          label="PF-7 recognizes S-codes"
          error={err('profile.recognizesSCodes')}
          hint="Default: no for Medicare (PY-1), yes otherwise"
        >
          {(c) => <Select {...c} value={draft.recognizesSCodes} onChange={(v) => set({ recognizesSCodes: v })} options={yesNo} />}
        </Field>
        <Field
          label="Interim claims through yesterday (DS-2)"
          error={err('profile.interimBilling')}
          className="wide"
          hint="Weekly billing: a running month is claimed through yesterday. Unticked, a claim waits until its month has ended or its orders have stopped."
        >
          {(c) => (
            <input
              {...c}
              type="checkbox"
              style={{ alignSelf: 'flex-start' }}
              checked={draft.interimBilling}
              onChange={(e) => set({ interimBilling: e.target.checked })}
            />
          )}
        </Field>
      </div>
      <SavedActions what="payer" pending={save.isPending} saved={save.isSuccess} savedText="Saved: the next lines use it" />
    </form>
  );
}
