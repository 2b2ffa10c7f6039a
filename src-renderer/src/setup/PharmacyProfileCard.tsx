import { useState, type FormEvent } from 'react';
import type { PharmacyView } from '../../../src-main/ipc/contract/records';
import { useChannel, useWrite } from '../api/channelQueries';
import { Field } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { SavedActions } from '../ui/SaveBar';
import { addressDraft } from '../ui/addressDraft';

/** The billing provider on every claim: name, NPI, tax id, taxonomy, street address with ZIP+4, phone. */
export function PharmacyProfileCard() {
  const pharmacy = useChannel('pharmacy.get', {});
  if (pharmacy.isPending) return null;
  return <PharmacyForm initial={pharmacy.data ?? null} />;
}

const FIELDS: [string, string, string][] = [
  ['name', 'Pharmacy name', 'pharmacy.name'],
  ['npi', 'NPI', 'pharmacy.npi'],
  ['taxId', 'Tax id (EIN, 9 digits)', 'pharmacy.taxId'],
  ['taxonomy', 'Taxonomy', 'pharmacy.taxonomy'],
  ['phone', 'Phone (10 digits)', 'pharmacy.phone'],
  ['line1', 'Street (no PO box)', 'pharmacy.address.line1'],
  ['line2', 'Suite', 'pharmacy.address.line2'],
  ['city', 'City', 'pharmacy.address.city'],
  ['state', 'State', 'pharmacy.address.state'],
  ['zip', 'ZIP+4 (9 digits)', 'pharmacy.address.zip'],
];

function PharmacyForm({ initial }: { initial: PharmacyView | null }) {
  const save = useWrite('pharmacy.save');
  const [draft, setDraft] = useState<Record<string, string>>({
    name: initial?.name ?? '',
    npi: initial?.npi ?? '',
    taxId: initial?.taxId ?? '',
    taxonomy: initial?.taxonomy ?? '3336H0001X',
    phone: initial?.phone ?? '',
    ...addressDraft(initial?.address),
  });
  const opt = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      pharmacy: {
        name: draft['name'] ?? '',
        npi: draft['npi'] ?? '',
        taxId: (draft['taxId'] ?? '').replace('-', ''),
        taxonomy: opt(draft['taxonomy']),
        phone: opt(draft['phone']?.replace(/\D/g, '')),
        address: {
          line1: draft['line1'] ?? '',
          line2: opt(draft['line2']),
          city: draft['city'] ?? '',
          state: (draft['state'] ?? '').toUpperCase(),
          zip: (draft['zip'] ?? '').replace('-', ''),
        },
      },
    });
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Pharmacy profile" noValidate>
      <h2>Pharmacy profile</h2>
      <div className="form-grid">
        {FIELDS.map(([key, label, path]) => (
          <Field key={key} label={label} error={fieldError(save.error, path)}>
            {(c) => <input {...c} value={draft[key] ?? ''} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />}
          </Field>
        ))}
      </div>
      <SavedActions what="pharmacy" pending={save.isPending} saved={save.isSuccess} />
    </form>
  );
}
