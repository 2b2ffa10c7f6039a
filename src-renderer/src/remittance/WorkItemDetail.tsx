import { useState, type FormEvent } from 'react';
import type { WorkItemView } from '../../../src-main/vocabulary';
import { useWrite, type ChannelError } from '../api/channelQueries';
import type { ChannelInput } from '../../../src-main/ipc/contract/channels';
import { Fact } from '../ui/Fact';
import { Field } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { formatDate } from '../ui/labels';
import { formatCents } from '../ui/money';
import { KIND_LABELS, RESOLUTION_LABELS, codeLabel, daysLabel } from './remitLabels';

type Action = ChannelInput<'workQueue.act'>;
type NoteAction = Exclude<Action['action'], 'assign'>;

/** RM-5: the buttons under the note, in order; only a note can still be added to a resolved item. */
const NOTE_ACTIONS: readonly {
  action: NoteAction;
  className: string;
  shows: (item: WorkItemView) => boolean;
  label: (item: WorkItemView) => string;
}[] = [
  { action: 'note', className: 'secondary', shows: () => true, label: () => 'Add note' },
  { action: 'appeal', className: 'primary', shows: (item) => !item.resolution, label: () => 'Appeal' },
  {
    action: 'next-payer',
    className: 'secondary',
    shows: (item) => !item.resolution && item.nextPayer !== null,
    label: (item) => `Bill the next payer: ${item.nextPayer ?? ''}`,
  },
  { action: 'write-off', className: 'secondary danger', shows: (item) => !item.resolution, label: () => 'Write off' },
  { action: 'dismiss', className: 'secondary', shows: (item) => !item.resolution, label: () => 'Dismiss' },
];

/** The action a note button records: workItemActionInput requires the note, except to bill the next payer. */
function noteAction(action: NoteAction, item: WorkItemView['key'], note: string): Action {
  if (action === 'next-payer') return { action, item, ...(note.trim() ? { note } : {}) };
  return { action, item, note };
}

/** What the biller is told once an action is recorded (the item leaves the open list when it is resolved). */
function doneMessage(action: Action, item: WorkItemView): string {
  const what = `${KIND_LABELS[item.kind]} item on claim ${item.controlNumber} (${item.patientName})`;
  switch (action.action) {
    case 'assign':
      return `${what} assigned to ${action.assignee.trim()}.`;
    case 'note':
      return `Note added to the ${what}; it is in the claim’s history.`;
    case 'appeal':
      return `${what}: appealed.`;
    case 'write-off':
      return `${what}: written off.`;
    case 'next-payer':
      return `${what}: billed to the next payer, ${item.nextPayer ?? ''}.`;
    case 'dismiss':
      return `${what}: dismissed.`;
  }
}

/** Problems that no field here shows: a refusal, or a field the form does not have. */
function otherProblem(error: ChannelError | null): string | null {
  if (!error) return null;
  if (error.error.kind !== 'invalid') return error.message;
  const rest = error.error.fields.filter((f) => f.path !== 'note' && f.path !== 'assignee');
  return rest.length > 0 ? rest.map((f) => f.message).join(' ') : null;
}

/** RM-5: one item's facts and what the biller can do with it: assign, note, appeal, bill the next payer, write off, dismiss. */
export function WorkItemDetail({ item, onDone }: { item: WorkItemView; onDone: (message: string) => void }) {
  const act = useWrite('workQueue.act');
  const [assignee, setAssignee] = useState(item.assignee ?? '');
  const [note, setNote] = useState('');
  const run = (action: Action) =>
    act.mutate(action, {
      onSuccess: () => {
        setNote('');
        onDone(doneMessage(action, item));
      },
    });
  const assign = (e: FormEvent) => {
    e.preventDefault();
    run({ action: 'assign', item: item.key, assignee });
  };
  const problem = otherProblem(act.error);
  return (
    <div className="claim-detail two-up">
      <div>
        <h3>About this item</h3>
        <dl className="facts work-facts">
          <Fact term="Claim" className="mono" value={item.controlNumber} />
          <Fact
            term="Service"
            value={
              item.line
                ? `Line ${item.lineNumber ?? ''} · ${codeLabel(item.line.code, item.line.modifiers)} · ${daysLabel(item.line.from, item.line.to)}`
                : 'Whole claim'
            }
          />
          <Fact term="Opened" value={formatDate(item.openedOn)} />
          <Fact term="Amount" className="num" value={formatCents(item.amountCents)} />
        </dl>
        {item.reasons.length > 0 && (
          <ul className="plain work-reasons" aria-label="Adjustment reasons">
            {item.reasons.map((r, i) => (
              <li key={i}>
                <span className="num">{formatCents(r.cents)}</span> {r.text}
              </li>
            ))}
          </ul>
        )}
        {item.message && <p className="muted">{item.message}</p>}
        {item.resolution && (
          <p className="notice info">
            Resolved: {RESOLUTION_LABELS[item.resolution]} on {formatDate(item.resolvedOn)}. A note can still be added.
          </p>
        )}
      </div>
      <div>
        {!item.resolution && (
          <form className="inline-form" onSubmit={assign} aria-label="Assign the item" noValidate>
            <div className="inline-fields">
              <Field label="Assign to" error={fieldError(act.error, 'assignee')}>
                {(ctl) => <input {...ctl} value={assignee} onChange={(e) => setAssignee(e.target.value)} />}
              </Field>
              <button type="submit" className="secondary" disabled={act.isPending}>
                Assign
              </button>
            </div>
          </form>
        )}
        <form className="inline-form" onSubmit={(e) => e.preventDefault()} aria-label="Work the item" noValidate>
          <Field
            label="Note"
            error={fieldError(act.error, 'note')}
            hint="What was done or decided; kept in the claim’s history. Required to appeal, write off or dismiss."
          >
            {(ctl) => <textarea {...ctl} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="actions wrap">
            {NOTE_ACTIONS.filter((a) => a.shows(item)).map((a) => (
              <button
                key={a.action}
                type="button"
                className={a.className}
                disabled={act.isPending}
                onClick={() => run(noteAction(a.action, item.key, note))}
              >
                {a.label(item)}
              </button>
            ))}
          </div>
          {!item.resolution && item.nextPayer === null && (
            <p className="hint">No coverage ranks after {item.payerName} on these dates: there is no next payer to bill.</p>
          )}
          {problem && (
            <p className="field-message error" role="alert">
              {problem}
            </p>
          )}
        </form>
      </div>
    </div>
  );
}
