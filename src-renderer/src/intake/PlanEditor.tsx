import { useState, type FormEvent } from 'react';
import type { PlanOfCareEdit } from '../../../src-main/ipc/contract/records';
import { fromPharmacistNotation } from '../../../src-main/schedule/pharmacistNotation';
import { useChannel, useWrite } from '../api/channelQueries';
import { hrefFor } from '../app/route';
import { ErrorPanel } from '../ui/ErrorPanel';
import { Field, Select } from '../ui/Field';
import { fieldError, otherErrors } from '../ui/fieldErrors';
import { SaveBar } from '../ui/SaveBar';
import { billingChanged, blankOrder, OrderEditor, type OrderDraft } from './OrderEditor';
import { billingKey } from './OrderHistory';
import { addDays } from '../../../src-main/calendar/calendarDate';
import type { AdministeredBy, Delivery, OrderPurpose, QuantityUnit, Route, Therapy } from '../../../src-main/vocabulary';
import { therapyLabel } from '../ui/labels';

type ChannelInputPlan = Parameters<ReturnType<typeof useWrite<'plans.save'>>['mutate']>[0]['plan'];

function toDrafts(plan: PlanOfCareEdit): OrderDraft[] {
  const drafts = plan.orders.map((o) => ({
    id: o.id,
    saved: true,
    therapy: o.therapy,
    drug: o.drug ?? '',
    doseAmount: o.dose ? String(o.dose.amount) : '',
    doseUnit: o.dose?.unit ?? 'mg',
    schedule: o.schedule,
    start: o.start,
    stop: o.stop ?? '',
    route: o.route,
    delivery: o.delivery ?? '',
    litersPerDay: o.litersPerDay === undefined ? '' : String(o.litersPerDay),
    // Absent stays absent: saving the plan back must not change an order's billing fields.
    administeredBy: o.administeredBy ?? '',
    purpose: o.purpose ?? '',
    authNumber: o.priorAuth?.number ?? '',
    authFrom: o.priorAuth?.from ?? '',
    authTo: o.priorAuth?.to ?? '',
    authUnits: o.priorAuth?.units === undefined ? '' : String(o.priorAuth.units),
    ...(o.documents ? { documents: o.documents } : {}),
    partOf: o.partOf ?? '',
    // OR-2: a change to an order with billed days applies, by default, from the day after the last of them.
    effectiveFrom: o.billed ? addDays(o.billed.lastDay, 1) : '',
    loaded: { billingKey: '', versions: o.versions, billed: o.billed },
  }));
  // The billing fields as loaded, to tell later whether the user changed them (OR-2).
  return drafts.map((d) => ({ ...d, loaded: { ...d.loaded, billingKey: billingKey(d) } }));
}

/** OR-1: the plan's other orders this one may be part of: saved ones, not itself, not components themselves. */
function partOfOptions(orders: OrderDraft[], index: number, drugName: (id: string) => string | undefined) {
  const self = orders[index];
  return orders
    .filter((o, k) => k !== index && o.id !== undefined && (o.partOf === '' || o.id === self?.partOf))
    .map((o) => ({ value: o.id as string, label: `${o.id} — ${(o.drug && drugName(o.drug)) || therapyLabel(o.therapy)}` }));
}

/** A number field as typed: empty is absent; anything else is sent as a number (NaN is refused at the field). */
const num = (text: string) => (text.trim() === '' ? undefined : Number(text));
const opt = (text: string) => (text.trim() === '' ? undefined : text.trim());

function toInputOrder(o: OrderDraft): ChannelInputPlan['orders'][number] {
  const schedule = fromPharmacistNotation(o.schedule);
  const dose = num(o.doseAmount);
  return {
    ...(o.id ? { id: o.id } : {}),
    therapy: o.therapy as Therapy,
    drug: opt(o.drug),
    dose: dose === undefined ? undefined : { amount: dose, unit: o.doseUnit as QuantityUnit },
    schedule: schedule.ok ? schedule.schedule : o.schedule,
    start: o.start,
    stop: opt(o.stop),
    route: o.route as Route,
    delivery: opt(o.delivery) as Delivery | undefined,
    litersPerDay: num(o.litersPerDay),
    administeredBy: opt(o.administeredBy) as AdministeredBy | undefined,
    purpose: opt(o.purpose) as OrderPurpose | undefined,
    priorAuth: o.authNumber.trim() === '' ? undefined : { number: o.authNumber, from: o.authFrom, to: o.authTo, units: num(o.authUnits) },
    ...(o.documents ? { documents: o.documents as NonNullable<ChannelInputPlan['orders'][number]['documents']> } : {}),
    partOf: opt(o.partOf),
    ...(billingChanged(o) && o.effectiveFrom !== '' ? { effectiveFrom: o.effectiveFrom } : {}),
  };
}

export function PlanEditor({ patientId, planId }: { patientId: string; planId?: string }) {
  const existing = useChannel('plans.get', { patientId, planId: planId ?? '' }, { enabled: planId !== undefined });
  const status = useChannel('app.status', {});
  if (planId !== undefined && existing.isPending) return <p className="muted">Loading…</p>;
  if (planId !== undefined && existing.isError) return <ErrorPanel title="This plan of care could not be opened" error={existing.error} />;
  if (!status.data) return null;
  return <PlanEditorBody key={planId ?? 'new'} patientId={patientId} initial={existing.data} today={status.data.today} />;
}

function PlanEditorBody({ patientId, initial, today }: { patientId: string; initial: PlanOfCareEdit | undefined; today: string }) {
  const catalog = useChannel('catalog.get', {});
  const save = useWrite('plans.save');
  const [plan, setPlan] = useState({
    prescriber: initial?.prescriber ?? '',
    from: initial?.from ?? today,
    to: initial?.to ?? '',
    signedOn: initial?.signedOn ?? '',
    diagnoses: initial?.diagnoses.join(', ') ?? '',
  });
  const [orders, setOrders] = useState<OrderDraft[]>(() => (initial ? toDrafts(initial) : [blankOrder(today)]));
  const err = (path: string) => fieldError(save.error, `plan.${path}`);
  const diagnosisError =
    save.error?.error.kind === 'invalid' ? save.error.error.fields.find((f) => f.path.startsWith('plan.diagnoses')) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const diagnoses = plan.diagnoses
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map((d) => d.toUpperCase());
    save.mutate(
      {
        patientId,
        plan: {
          ...(initial ? { id: initial.id } : {}),
          prescriber: plan.prescriber,
          from: plan.from,
          to: plan.to,
          diagnoses,
          signedOn: opt(plan.signedOn),
          orders: orders.map(toInputOrder),
        },
      },
      { onSuccess: () => (window.location.hash = hrefFor({ screen: 'patient', id: patientId })) },
    );
  };

  const leftovers = otherErrors(save.error, (path) => /^plan\.(prescriber|from|to|signedOn|diagnoses.*|orders\[\d+\]\.[\w.]+)$/.test(path));
  return (
    <form className="editor" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <a className="back" href={hrefFor({ screen: 'patient', id: patientId })}>
        ← Back to the patient
      </a>
      <h1 id="plan-title">{initial ? `Plan of care ${initial.id}` : 'New plan of care'}</h1>
      <section className="card">
        <div className="form-grid">
          <Field label="Prescriber" error={err('prescriber')}>
            {(c) => (
              <Select
                {...c}
                value={plan.prescriber}
                onChange={(v) => setPlan({ ...plan, prescriber: v })}
                placeholder="Choose a prescriber"
                options={(catalog.data?.prescribers ?? []).map((p) => ({ value: p.id, label: `${p.name} (NPI ${p.npi})` }))}
              />
            )}
          </Field>
          <Field label="Certified from" error={err('from')}>
            {(c) => <input {...c} type="date" value={plan.from} onChange={(e) => setPlan({ ...plan, from: e.target.value })} />}
          </Field>
          <Field label="Certified to" error={err('to')}>
            {(c) => <input {...c} type="date" value={plan.to} onChange={(e) => setPlan({ ...plan, to: e.target.value })} />}
          </Field>
          <Field label="Signed on" error={err('signedOn')} hint="Empty until the prescriber signs">
            {(c) => <input {...c} type="date" value={plan.signedOn} onChange={(e) => setPlan({ ...plan, signedOn: e.target.value })} />}
          </Field>
          <Field
            label="Diagnoses (ICD-10-CM)"
            error={diagnosisError?.message}
            hint="Principal first, separated by commas: M86.171, Z45.2"
            className="wide"
          >
            {(c) => (
              <input {...c} value={plan.diagnoses} onChange={(e) => setPlan({ ...plan, diagnoses: e.target.value })} spellCheck={false} />
            )}
          </Field>
        </div>
      </section>
      <section className="card" aria-label="Therapy orders">
        <div className="card-head">
          <h2>Therapy orders</h2>
          <button type="button" className="secondary" onClick={() => setOrders([...orders, blankOrder(plan.from || today)])}>
            Add order
          </button>
        </div>
        {orders.map((order, i) => (
          <OrderEditor
            key={order.id ?? `new-${i}`}
            index={i}
            order={order}
            catalog={catalog.data}
            partOfOptions={partOfOptions(orders, i, (id) => catalog.data?.drugs.find((d) => d.id === id)?.name)}
            error={save.error}
            onChange={(patch) => setOrders(orders.map((o, k) => (k === i ? { ...o, ...patch } : o)))}
            {...(order.saved ? {} : { onRemove: () => setOrders(orders.filter((_, k) => k !== i)) })}
          />
        ))}
      </section>
      <SaveBar what="plan of care" leftovers={leftovers} pending={save.isPending} failed={save.isError} />
    </form>
  );
}
