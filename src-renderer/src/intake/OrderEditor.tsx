import { DELIVERIES, QUANTITY_UNITS, ROUTES, THERAPIES } from '../../../src-main/dataset/datasetSchema';
import type { CatalogView } from '../../../src-main/ipc/contract/records';
import type { ChannelError } from '../api/channelQueries';
import { Field, Select, options } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { therapyLabel, titleCase } from '../ui/labels';
import { SchedulePreview } from './SchedulePreview';

export interface OrderDraft {
  id?: string;
  saved: boolean;
  therapy: string;
  drug: string;
  doseAmount: string;
  doseUnit: string;
  schedule: string;
  start: string;
  stop: string;
  route: string;
  delivery: string;
  litersPerDay: string;
  administeredBy: string;
  purpose: string;
  authNumber: string;
  authFrom: string;
  authTo: string;
  authUnits: string;
  documents?: { kind: string; date: string; reference: string }[];
}

export const blankOrder = (start: string): OrderDraft => ({
  saved: false,
  therapy: 'anti-infective',
  drug: '',
  doseAmount: '',
  doseUnit: 'g',
  schedule: '',
  start,
  stop: '',
  route: 'IV',
  delivery: 'intermittent',
  litersPerDay: '',
  administeredBy: 'caregiver',
  purpose: 'treatment',
  authNumber: '',
  authFrom: '',
  authTo: '',
  authUnits: '',
});

interface Props {
  index: number;
  order: OrderDraft;
  catalog: CatalogView | undefined;
  error: ChannelError | null;
  onChange: (patch: Partial<OrderDraft>) => void;
  onRemove?: () => void;
}

export function OrderEditor({ index, order, catalog, error, onChange, onRemove }: Props) {
  const err = (field: string) => fieldError(error, `plan.orders[${index}].${field}`);
  const drugOptions = (catalog?.drugs ?? []).map((d) => ({ value: d.id, label: `${d.name} — ${d.hcpcs} per ${d.billingUnit}` }));
  const title = `Order ${index + 1}${order.id ? ` (${order.id})` : ''}`;
  return (
    <fieldset className="order-editor" aria-label={title}>
      <legend>{title}</legend>
      <div className="form-grid">
        <Field label="Therapy" error={err('therapy')}>
          {(c) => (
            <Select {...c} value={order.therapy} onChange={(v) => onChange({ therapy: v })} options={options(THERAPIES, therapyLabel)} />
          )}
        </Field>
        <Field label="Drug" error={err('drug')} className="wide">
          {(c) => (
            <Select
              {...c}
              value={order.drug}
              onChange={(v) => onChange({ drug: v })}
              options={drugOptions}
              placeholder="— no drug (per diem only) —"
            />
          )}
        </Field>
        <Field label="Dose" error={err('dose') ?? err('dose.amount')}>
          {(c) => <input {...c} inputMode="decimal" value={order.doseAmount} onChange={(e) => onChange({ doseAmount: e.target.value })} />}
        </Field>
        <Field label="Dose unit" error={err('dose.unit')}>
          {(c) => <Select {...c} value={order.doseUnit} onChange={(v) => onChange({ doseUnit: v })} options={options(QUANTITY_UNITS)} />}
        </Field>
      </div>
      <div className="form-grid">
        <Field
          label="Schedule"
          error={err('schedule')}
          hint="As you write it: q8h, TID, q24h, MWF, every 10 days, weekly, q2w, monthly, continuous"
        >
          {(c) => <input {...c} value={order.schedule} onChange={(e) => onChange({ schedule: e.target.value })} spellCheck={false} />}
        </Field>
        <Field label="Start" error={err('start')}>
          {(c) => <input {...c} type="date" value={order.start} onChange={(e) => onChange({ start: e.target.value })} />}
        </Field>
        <Field label="Stop" error={err('stop')} hint="Empty for an open order">
          {(c) => <input {...c} type="date" value={order.stop} onChange={(e) => onChange({ stop: e.target.value })} />}
        </Field>
        <Field label="Route" error={err('route')}>
          {(c) => <Select {...c} value={order.route} onChange={(v) => onChange({ route: v })} options={options(ROUTES)} />}
        </Field>
        <Field label="Delivery" error={err('delivery')}>
          {(c) => (
            <Select
              {...c}
              value={order.delivery}
              onChange={(v) => onChange({ delivery: v })}
              options={options(DELIVERIES, titleCase)}
              placeholder="—"
            />
          )}
        </Field>
        <Field label="Liters per day" error={err('litersPerDay')} hint="TPN and hydration (PD-4, PD-5)">
          {(c) => (
            <input {...c} inputMode="decimal" value={order.litersPerDay} onChange={(e) => onChange({ litersPerDay: e.target.value })} />
          )}
        </Field>
        <Field label="Administered by" error={err('administeredBy')}>
          {(c) => (
            <Select
              {...c}
              value={order.administeredBy}
              onChange={(v) => onChange({ administeredBy: v })}
              options={options(['caregiver', 'nurse', 'self'], titleCase)}
            />
          )}
        </Field>
        <Field label="Purpose" error={err('purpose')}>
          {(c) => (
            <Select
              {...c}
              value={order.purpose}
              onChange={(v) => onChange({ purpose: v })}
              options={options(['treatment', 'line-care'], titleCase)}
            />
          )}
        </Field>
      </div>
      <SchedulePreview text={order.schedule} start={order.start} stop={order.stop} />
      <details className="prior-auth" open={order.authNumber !== ''}>
        <summary>Prior authorization</summary>
        <div className="form-grid">
          <Field label="Authorization number" error={err('priorAuth.number')}>
            {(c) => <input {...c} value={order.authNumber} onChange={(e) => onChange({ authNumber: e.target.value })} />}
          </Field>
          <Field label="Authorized from" error={err('priorAuth.from')}>
            {(c) => <input {...c} type="date" value={order.authFrom} onChange={(e) => onChange({ authFrom: e.target.value })} />}
          </Field>
          <Field label="Authorized to" error={err('priorAuth.to')}>
            {(c) => <input {...c} type="date" value={order.authTo} onChange={(e) => onChange({ authTo: e.target.value })} />}
          </Field>
          <Field label="Authorized units" error={err('priorAuth.units')}>
            {(c) => <input {...c} inputMode="numeric" value={order.authUnits} onChange={(e) => onChange({ authUnits: e.target.value })} />}
          </Field>
        </div>
      </details>
      {onRemove && (
        <button type="button" className="link-button" onClick={onRemove}>
          Remove this new order
        </button>
      )}
      {order.saved && <p className="hint">A saved order is never deleted: to end it, set its stop date.</p>}
    </fieldset>
  );
}
