import type { OrderVersionView } from '../../../src-main/ipc/contract/records';
import { fromPharmacistNotation } from '../../../src-main/schedule/pharmacistNotation';
import { Field, Select } from '../ui/Field';

// OR-2 in the order editor: once an order has days on claims already sent, a change to what it bills takes
// effect from a date, and the earlier versions stay as they were. OR-1: an order may be a component of another.

/** The draft fields that price an order's days (the server versions the same set). */
export interface BillingDraft {
  therapy: string;
  drug: string;
  doseAmount: string;
  doseUnit: string;
  schedule: string;
  route: string;
  delivery: string;
  litersPerDay: string;
  administeredBy: string;
  purpose: string;
  partOf: string;
}

const number = (text: string) => (text.trim() === '' ? null : Number(text));

/** A comparable form of the billing fields: the schedule as the grammar, numbers as numbers. */
export function billingKey(o: BillingDraft): string {
  const schedule = fromPharmacistNotation(o.schedule);
  const dose = number(o.doseAmount);
  return JSON.stringify([
    o.therapy,
    o.drug,
    dose,
    dose === null ? '' : o.doseUnit,
    schedule.ok ? schedule.schedule : o.schedule.trim(),
    o.route,
    o.delivery,
    number(o.litersPerDay),
    o.administeredBy,
    o.purpose,
    o.partOf,
  ]);
}

export function EffectiveFromField({
  value,
  lastBilledDay,
  error,
  onChange,
}: {
  value: string;
  lastBilledDay: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <div className="form-grid">
      <Field
        label="Effective from"
        error={error}
        className="wide"
        hint={
          lastBilledDay
            ? `Lines through ${lastBilledDay} are on claims already sent; this change applies from the date you choose (OR-2).`
            : 'The first day this change applies (OR-2).'
        }
      >
        {(c) => <input {...c} type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
      </Field>
    </div>
  );
}

/** "Until 2026-11-14: 1 g q12h": the order's earlier versions, the drug named when it was another one. */
export function EarlierVersions({ versions }: { versions: OrderVersionView[] }) {
  const current = versions[versions.length - 1];
  const earlier = versions.slice(0, -1);
  if (!current || earlier.length === 0) return null;
  return (
    <ul className="hint order-versions" aria-label="Earlier versions">
      {earlier.map((v) => (
        <li key={v.from}>
          Until {v.to}: {v.drug !== current.drug ? `${v.drugName ?? v.drug ?? 'no drug'}, ` : ''}
          {v.dose ? `${v.dose} ` : ''}
          {v.schedule}
          {v.therapy !== current.therapy ? ` (${v.therapy})` : ''}
        </li>
      ))}
    </ul>
  );
}

export function PartOfField({
  value,
  options,
  error,
  onChange,
}: {
  value: string;
  options: { value: string; label: string }[];
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <Field
      label="Part of"
      error={error}
      className="wide"
      hint="A component (additive, diluent, premedication) has no per diem of its own; its drug is billed on the parent order's days."
    >
      {(c) => <Select {...c} value={value} onChange={onChange} options={options} placeholder="— not part of another order —" />}
    </Field>
  );
}
