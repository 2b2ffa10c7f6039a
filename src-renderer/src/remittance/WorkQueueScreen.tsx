import { useState } from 'react';
import { WORK_ITEM_KINDS, type WorkItemKind, type WorkItemView } from '../../../src-main/vocabulary';
import { useChannel } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { formatDate } from '../ui/labels';
import { formatCents } from '../ui/money';
import { PageHead } from '../ui/PageHead';
import { ExpandButton, RowsWithDetail } from '../ui/RowWithDetail';
import { TableHead } from '../ui/TableHead';
import { KIND_BADGES, KIND_LABELS, RESOLUTION_LABELS, ageLabel, codeLabel, daysLabel } from './remitLabels';
import { WorkItemDetail } from './WorkItemDetail';

type QueueState = 'open' | 'resolved' | 'all';
const STATES: { value: QueueState; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'all', label: 'All' },
];

/** RM-5: claims and lines denied, paid short, rejected or held, each with the payer's reasons in words, to work. */
export function WorkQueueScreen() {
  const [state, setState] = useState<QueueState>('open');
  const [kind, setKind] = useState<WorkItemKind | ''>('');
  const items = useChannel('workQueue.list', { state, ...(kind ? { kind } : {}) });
  const [open, setOpen] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = items.data ?? [];
  const total = list.reduce((s, i) => s + i.amountCents, 0);
  return (
    <section aria-labelledby="work-queue-title">
      <PageHead id="work-queue-title" title="Work queue">
        <div className="toolbar">
          <label className="inline-label">
            Show
            <select value={state} onChange={(e) => setState(e.target.value as QueueState)} aria-label="Filter by state">
              {STATES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-label">
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value as WorkItemKind | '')} aria-label="Filter by kind">
              <option value="">All kinds</option>
              {WORK_ITEM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </PageHead>
      {done && (
        <p className="notice done" role="status">
          {done}
        </p>
      )}
      {items.isPending && <p className="muted">Reading the work queue…</p>}
      {items.isError && <ErrorPanel title="The work queue could not be read" error={items.error} />}
      {items.isSuccess && list.length === 0 && (
        <p className="empty">{state === 'open' ? 'Nothing to work: no open item' : 'No item'} with these filters.</p>
      )}
      {list.length > 0 && (
        <table className="grid work-queue" aria-label="Work queue">
          <TableHead columns={['Patient', 'Payer', 'Claim', 'Line', 'Kind', 'Reasons', 'Amount', 'Age', 'Assignee']} />
          <RowsWithDetail
            items={list}
            itemKey={(item) => item.key}
            open={open}
            columns={9}
            detail={(item) => <WorkItemDetail item={item} onDone={setDone} />}
            row={(item) => (
              <WorkItemRow item={item} open={open === item.key} onToggle={() => setOpen(open === item.key ? null : item.key)} />
            )}
          />
          <tfoot>
            <tr>
              <td colSpan={6}>
                {list.length} item{list.length === 1 ? '' : 's'}
              </td>
              <td className="num">{formatCents(total)}</td>
              <td colSpan={2}></td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

function WorkItemRow({ item, open, onToggle }: { item: WorkItemView; open: boolean; onToggle: () => void }) {
  return (
    <tr>
      <td>
        <ExpandButton className="row-button" open={open} onToggle={onToggle}>
          {item.patientName}
        </ExpandButton>
      </td>
      <td>{item.payerName}</td>
      <td className="mono">{item.controlNumber}</td>
      <td className="nowrap">
        {item.line ? (
          <>
            <span className="mono">{codeLabel(item.line.code, item.line.modifiers)}</span> · {daysLabel(item.line.from, item.line.to)}
          </>
        ) : (
          <span className="muted">Whole claim</span>
        )}
      </td>
      <td>
        <span className={`badge ${KIND_BADGES[item.kind]}`}>{KIND_LABELS[item.kind]}</span>
        {item.resolution && (
          <div className="muted small">
            {RESOLUTION_LABELS[item.resolution]} {formatDate(item.resolvedOn)}
          </div>
        )}
      </td>
      <td className="reasons">
        <ReasonList item={item} />
      </td>
      <td className="num">{formatCents(item.amountCents)}</td>
      <td className="num nowrap">{ageLabel(item.ageDays)}</td>
      <td>{item.assignee ?? <span className="muted">—</span>}</td>
    </tr>
  );
}

/** RM-5: the payer's reasons (CARC with group) and remarks (RARC) in words; the front door's message otherwise. */
export function ReasonList({ item }: { item: WorkItemView }) {
  if (item.reasons.length === 0 && item.remarks.length === 0) return <span className="muted">{item.message ?? '—'}</span>;
  return (
    <ul className="plain" aria-label={`Reasons for ${item.patientName}, claim ${item.controlNumber}`}>
      {item.reasons.map((r, i) => (
        <li key={`r${i}`}>{r.text}</li>
      ))}
      {item.remarks.map((r, i) => (
        <li key={`m${i}`} className="muted">
          {r.text}
        </li>
      ))}
    </ul>
  );
}
