import { useState, type FormEvent } from 'react';
import {
  DRUG_CLASSES,
  DRUG_FORMS,
  NDC_UNITS,
  QUANTITY_UNITS,
  type DrugClass,
  type DrugForm,
  type NdcUnit,
  type QuantityUnit,
} from '../../../src-main/vocabulary';
import { useWrite } from '../api/channelQueries';
import { Field, Select, options } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { drugClassLabel, titleCase } from '../ui/labels';

const blank = {
  name: '',
  hcpcs: '',
  unitAmount: '',
  unit: 'mg',
  ndc: '',
  ndcUnit: 'UN',
  containsAmount: '',
  containsUnit: 'mg',
  form: 'injectable',
  drugClass: 'drug',
};

/** A drug for the catalog: its HCPCS code and billing unit (DR-1), and its 11-digit NDC with what one NDC unit holds (DR-2a). */
export function AddDrugForm() {
  const save = useWrite('drugs.save');
  const [d, setD] = useState(blank);
  const err = (path: string) => fieldError(save.error, `drug.${path}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        drug: {
          name: d.name,
          hcpcs: d.hcpcs.trim().toUpperCase(),
          billingUnit: { amount: Number(d.unitAmount), unit: d.unit as QuantityUnit },
          ndc: d.ndc.replace(/-/g, ''),
          ndcUnit: d.ndcUnit as NdcUnit,
          ndcUnitContains: { amount: Number(d.containsAmount), unit: d.containsUnit as QuantityUnit },
          form: d.form as DrugForm,
          class: d.drugClass as DrugClass,
        },
      },
      { onSuccess: () => setD(blank) },
    );
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Add drug" noValidate>
      <div className="form-grid">
        <Field label="Drug name" error={err('name')} className="wide">
          {(c) => <input {...c} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />}
        </Field>
        <Field label="HCPCS" error={err('hcpcs')}>
          {(c) => <input {...c} value={d.hcpcs} onChange={(e) => setD({ ...d, hcpcs: e.target.value })} />}
        </Field>
        <Field label="Billing unit" error={err('billingUnit.amount')}>
          {(c) => <input {...c} inputMode="decimal" value={d.unitAmount} onChange={(e) => setD({ ...d, unitAmount: e.target.value })} />}
        </Field>
        <Field label="Billing unit of measure" error={err('billingUnit.unit')}>
          {(c) => <Select {...c} value={d.unit} onChange={(v) => setD({ ...d, unit: v })} options={options(QUANTITY_UNITS)} />}
        </Field>
        <Field label="NDC (11 digits)" error={err('ndc')}>
          {(c) => <input {...c} value={d.ndc} onChange={(e) => setD({ ...d, ndc: e.target.value })} />}
        </Field>
        <Field label="NDC unit" error={err('ndcUnit')}>
          {(c) => <Select {...c} value={d.ndcUnit} onChange={(v) => setD({ ...d, ndcUnit: v })} options={options(NDC_UNITS)} />}
        </Field>
        <Field label="One NDC unit holds" error={err('ndcUnitContains.amount')}>
          {(c) => (
            <input {...c} inputMode="decimal" value={d.containsAmount} onChange={(e) => setD({ ...d, containsAmount: e.target.value })} />
          )}
        </Field>
        <Field label="Held in" error={err('ndcUnitContains.unit')}>
          {(c) => (
            <Select {...c} value={d.containsUnit} onChange={(v) => setD({ ...d, containsUnit: v })} options={options(QUANTITY_UNITS)} />
          )}
        </Field>
        <Field label="Form" error={err('form')} hint="Oral, inhaled and topical are not home infusion (DR-3)">
          {(c) => <Select {...c} value={d.form} onChange={(v) => setD({ ...d, form: v })} options={options(DRUG_FORMS, titleCase)} />}
        </Field>
        <Field
          label="Class"
          error={err('class')}
          className="wide"
          hint="What the product is, whatever its HCPCS code: a TPN per diem includes electrolytes, dextrose, sterile water, standard amino acids, trace elements and multivitamins (BU-3)"
        >
          {(c) => (
            <Select
              {...c}
              value={d.drugClass}
              onChange={(v) => setD({ ...d, drugClass: v })}
              options={options(DRUG_CLASSES, drugClassLabel)}
            />
          )}
        </Field>
      </div>
      <button className="primary" type="submit" disabled={save.isPending}>
        Add drug
      </button>
    </form>
  );
}
