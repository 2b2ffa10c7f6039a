import { useState, type FormEvent, type ReactNode } from 'react';
import {
  DOCUMENT_KINDS,
  HOLD_REASONS,
  PUMP_EVENT_KINDS,
  type DocumentKind,
  type HoldReason,
  type PumpEventKind,
} from '../../../src-main/vocabulary';
import type { ChannelInput, ChannelName } from '../../../src-main/ipc/contract/channels';
import { useWrite, type ChannelError } from '../api/channelQueries';
import { Field, Select, options } from '../ui/Field';
import { fieldError, otherErrors } from '../ui/fieldErrors';
import { titleCase } from '../ui/labels';

// Small forms on the patient page: each opens from a button, saves through one write channel, shows
// problems at their fields, and closes on success (the page refetches).

function InlineForm<N extends ChannelName>({
  channel,
  title,
  build,
  fields,
  known,
}: {
  channel: N;
  title: string;
  build: () => ChannelInput<N>;
  fields: (error: ChannelError | null) => ReactNode;
  known: string[];
}) {
  const [open, setOpen] = useState(false);
  const save = useWrite(channel);
  if (!open) {
    return (
      <button type="button" className="secondary small-button" onClick={() => setOpen(true)}>
        {title}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(build(), { onSuccess: () => setOpen(false) });
  };
  const leftovers = otherErrors(save.error, (path) => known.includes(path));
  return (
    <form className="inline-form" onSubmit={submit} aria-label={title} noValidate>
      <div className="form-grid">{fields(save.error)}</div>
      {leftovers.map((m) => (
        <p key={m} className="field-message error" role="alert">
          {m}
        </p>
      ))}
      <div className="actions">
        <button className="primary" type="submit" disabled={save.isPending}>
          Save
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function AddHoldForm({ patientId }: { patientId: string }) {
  const [v, setV] = useState({ from: '', to: '', reason: 'inpatient' as HoldReason });
  return (
    <InlineForm
      channel="holds.add"
      title="Add hold"
      known={['from', 'to', 'reason']}
      build={() => ({ patientId, ...v })}
      fields={(e) => (
        <>
          <Field label="Hold from" error={fieldError(e, 'from')}>
            {(c) => <input {...c} type="date" value={v.from} onChange={(x) => setV({ ...v, from: x.target.value })} />}
          </Field>
          <Field label="Hold to" error={fieldError(e, 'to')}>
            {(c) => <input {...c} type="date" value={v.to} onChange={(x) => setV({ ...v, to: x.target.value })} />}
          </Field>
          <Field label="Reason" error={fieldError(e, 'reason')}>
            {(c) => (
              <Select
                {...c}
                value={v.reason}
                onChange={(r) => setV({ ...v, reason: r as HoldReason })}
                options={options(HOLD_REASONS, titleCase)}
              />
            )}
          </Field>
        </>
      )}
    />
  );
}

export function AddVisitForm({ patientId, orders }: { patientId: string; orders: string[] }) {
  const [v, setV] = useState({ date: '', minutes: '', order: '', nurse: '' });
  return (
    <InlineForm
      channel="visits.add"
      title="Add nursing visit"
      known={['date', 'minutes', 'order', 'nurse']}
      build={() => ({
        patientId,
        date: v.date,
        minutes: Number(v.minutes),
        ...(v.order ? { order: v.order } : {}),
        ...(v.nurse.trim() ? { nurse: v.nurse } : {}),
      })}
      fields={(e) => (
        <>
          <Field label="Visit date" error={fieldError(e, 'date')}>
            {(c) => <input {...c} type="date" value={v.date} onChange={(x) => setV({ ...v, date: x.target.value })} />}
          </Field>
          <Field label="Minutes" error={fieldError(e, 'minutes')} hint="99601 covers 2 h; 99602 each hour after (NU-1)">
            {(c) => <input {...c} inputMode="numeric" value={v.minutes} onChange={(x) => setV({ ...v, minutes: x.target.value })} />}
          </Field>
          <Field label="For order" error={fieldError(e, 'order')}>
            {(c) => <Select {...c} value={v.order} onChange={(o) => setV({ ...v, order: o })} options={options(orders)} placeholder="—" />}
          </Field>
          <Field label="Nurse" error={fieldError(e, 'nurse')}>
            {(c) => <input {...c} value={v.nurse} onChange={(x) => setV({ ...v, nurse: x.target.value })} />}
          </Field>
        </>
      )}
    />
  );
}

export function AddPumpEventForm({ patientId, orders }: { patientId: string; orders: string[] }) {
  const [v, setV] = useState({ date: '', order: orders[0] ?? '', kind: 'cassette-change' as PumpEventKind });
  return (
    <InlineForm
      channel="pumpEvents.add"
      title="Add pump event"
      known={['date', 'order', 'kind']}
      build={() => ({ patientId, ...v })}
      fields={(e) => (
        <>
          <Field label="Event date" error={fieldError(e, 'date')}>
            {(c) => <input {...c} type="date" value={v.date} onChange={(x) => setV({ ...v, date: x.target.value })} />}
          </Field>
          <Field label="Pump order" error={fieldError(e, 'order')}>
            {(c) => <Select {...c} value={v.order} onChange={(o) => setV({ ...v, order: o })} options={options(orders)} />}
          </Field>
          <Field label="Event" error={fieldError(e, 'kind')} hint="Per diem only on these days (PU-3, PU-4)">
            {(c) => (
              <Select
                {...c}
                value={v.kind}
                onChange={(k) => setV({ ...v, kind: k as PumpEventKind })}
                options={options(PUMP_EVENT_KINDS, titleCase)}
              />
            )}
          </Field>
        </>
      )}
    />
  );
}

export function AddDocumentForm({ patientId, order }: { patientId: string; order: string }) {
  const [v, setV] = useState({ kind: 'medication-order' as DocumentKind, date: '', reference: '' });
  const [file, setFile] = useState<{ name: string; contentBase64: string } | undefined>();
  const readFile = async (picked: File | undefined) => {
    if (!picked) return setFile(undefined);
    const bytes = new Uint8Array(await picked.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    setFile({ name: picked.name, contentBase64: btoa(binary) });
  };
  return (
    <InlineForm
      channel="documents.add"
      title={`Add document to ${order}`}
      known={['kind', 'date', 'reference', 'file.contentBase64']}
      build={() => ({ patientId, order, ...v, ...(file ? { file } : {}) })}
      fields={(e) => (
        <>
          <Field label="Document" error={fieldError(e, 'kind')}>
            {(c) => (
              <Select
                {...c}
                value={v.kind}
                onChange={(k) => setV({ ...v, kind: k as DocumentKind })}
                options={options(DOCUMENT_KINDS, titleCase)}
              />
            )}
          </Field>
          <Field label="Document date" error={fieldError(e, 'date')}>
            {(c) => <input {...c} type="date" value={v.date} onChange={(x) => setV({ ...v, date: x.target.value })} />}
          </Field>
          <Field label="Reference" error={fieldError(e, 'reference')}>
            {(c) => <input {...c} value={v.reference} onChange={(x) => setV({ ...v, reference: x.target.value })} />}
          </Field>
          <Field label="File (optional)" error={fieldError(e, 'file.contentBase64')}>
            {(c) => <input {...c} type="file" onChange={(x) => void readFile(x.target.files?.[0])} />}
          </Field>
        </>
      )}
    />
  );
}

export function DischargeForm({ patientId, episode }: { patientId: string; episode: number }) {
  const [v, setV] = useState({ dischargedOn: '', reason: '' });
  return (
    <InlineForm
      channel="episodes.discharge"
      title="Discharge"
      known={['dischargedOn', 'reason']}
      build={() => ({ patientId, episode, dischargedOn: v.dischargedOn, ...(v.reason.trim() ? { reason: v.reason } : {}) })}
      fields={(e) => (
        <>
          <Field label="Discharged on" error={fieldError(e, 'dischargedOn')}>
            {(c) => <input {...c} type="date" value={v.dischargedOn} onChange={(x) => setV({ ...v, dischargedOn: x.target.value })} />}
          </Field>
          <Field label="Discharge reason" error={fieldError(e, 'reason')}>
            {(c) => <input {...c} value={v.reason} onChange={(x) => setV({ ...v, reason: x.target.value })} />}
          </Field>
        </>
      )}
    />
  );
}
