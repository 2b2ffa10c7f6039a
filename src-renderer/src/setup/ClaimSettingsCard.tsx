import { useState, type FormEvent } from 'react';
import type { ClaimSettings } from '../../../src-main/claims/assembly/claimSettingsSchema';
import { useChannel, useWrite } from '../api/channelQueries';
import { Field, Select } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { SavedActions } from '../ui/SaveBar';

const LABELS: [keyof ClaimSettings, string][] = [
  ['senderId', 'Submitter id (ISA06, ETIN)'],
  ['submitterName', 'Submitter name'],
  ['contactName', 'Billing contact'],
  ['contactPhone', 'Contact phone'],
  ['receiverId', 'Receiver id (ISA08)'],
  ['receiverName', 'Receiver name'],
];

/** The 837P envelope: who sends, who receives, and whether files are test or production. */
export function ClaimSettingsCard() {
  const current = useChannel('claims.settings', {});
  if (!current.data) return null;
  return <ClaimSettingsForm initial={current.data} />;
}

function ClaimSettingsForm({ initial }: { initial: ClaimSettings }) {
  const save = useWrite('claims.saveSettings');
  const [draft, setDraft] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ settings: draft });
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Claim file settings" noValidate>
      <h2>Claim files (837P envelope)</h2>
      <div className="form-grid">
        {LABELS.map(([key, label]) => (
          <Field key={key} label={label} error={fieldError(save.error, `settings.${key}`)}>
            {(c) => <input {...c} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />}
          </Field>
        ))}
        <Field
          label="Files are"
          error={fieldError(save.error, 'settings.usage')}
          hint="Send production files only once the clearinghouse has accepted test files"
        >
          {(c) => (
            <Select
              {...c}
              value={draft.usage}
              onChange={(v) => setDraft({ ...draft, usage: v as 'T' })}
              options={[
                { value: 'T', label: 'Test (ISA15 T)' },
                { value: 'P', label: 'Production (ISA15 P)' },
              ]}
            />
          )}
        </Field>
      </div>
      <SavedActions what="claim settings" pending={save.isPending} saved={save.isSuccess} />
    </form>
  );
}
