import { ADMINISTERED_BY, DELIVERIES, ORDER_PURPOSES, QUANTITY_UNITS, ROUTES, THERAPIES } from '../../../src-main/vocabulary';
import type { CatalogView, OrderVersionView } from '../../../src-main/ipc/contract/records';
import type { ChannelError } from '../api/channelQueries';
import { Field, Select, options } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { therapyLabel, titleCase } from '../ui/labels';
import { SchedulePreview } from './SchedulePreview';
import { billingKey, EarlierVersions, EffectiveFromField, PartOfField } from './OrderHistory';

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
  /** OR-1: the id of the order this one is a component of; empty for none. */
  partOf: string;
  /** OR-2: the first day a change to the billing fields applies (sent only when they changed). */
  effectiveFrom: string;
  /** As loaded (read only): the billing fields then, the order's versions and its days on claims already sent. */
  loaded?: { billingKey: string; versions: OrderVersionView[]; billed: { lastDay: string; claims: string[] } | null };
}

/** Whether a saved order's billing fields differ from what was loaded (OR-2: the change needs a date). */
export const billingChanged = (order: OrderDraft): boolean => order.loaded !== undefined && billingKey(order) !== order.loaded.billingKey;

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
  partOf: '',
  effectiveFrom: '',
});

interface Props {
  index: number;
  order: OrderDraft;
  catalog: CatalogView | undefined;
  /** The plan's other orders this one may be part of. */
  partOfOptions: { value: string; label: string }[];
  error: ChannelError | null;
  onChange: (patch: Partial<OrderDraft>) => void;
  onRemove?: () => void;
}

export function OrderEditor({ index, order, catalog, partOfOptions, error, onChange, onRemove }: Props) {
  const err = (field: string) => fieldError(error, `plan.orders[${index}].${field}`);
  const drugOptions = (catalog?.drugs ?? []).map((d) => ({ value: d.id, label: `${d.name} — ${d.hcpcs} per ${d.billingUnit}` }));
  const title = `Order ${index + 1}${order.id ? ` (${order.id})` : ''}`;
  const billed = order.loaded?.billed ?? null;
  const askEffectiveFrom = billingChanged(order) && (billed !== null || err('effectiveFrom') !== undefined);
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
              options={options(ADMINISTERED_BY, titleCase)}
              placeholder="—"
            />
          )}
        </Field>
        <Field label="Purpose" error={err('purpose')}>
          {(c) => (
            <Select
              {...c}
              value={order.purpose}
              onChange={(v) => onChange({ purpose: v })}
              options={options(ORDER_PURPOSES, titleCase)}
              placeholder="—"
            />
          )}
        </Field>
        <PartOfField value={order.partOf} options={partOfOptions} error={err('partOf')} onChange={(v) => onChange({ partOf: v })} />
      </div>
      {askEffectiveFrom && (
        <EffectiveFromField
          value={order.effectiveFrom}
          lastBilledDay={billed?.lastDay}
          error={err('effectiveFrom')}
          onChange={(v) => onChange({ effectiveFrom: v })}
        />
      )}
      {order.loaded && <EarlierVersions versions={order.loaded.versions} />}
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
