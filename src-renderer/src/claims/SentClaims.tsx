import { useState, type FormEvent } from 'react';
import {
  ADJUDICATED_STATUSES,
  CLAIM_STATUSES,
  isStanding,
  type AdjudicatedStatus,
  type ClaimFrequency,
  type ClaimStatus,
} from '../../../src-main/vocabulary';
import { call, useChannel, useWrite } from '../api/channelQueries';
import { ErrorPanel } from '../ui/ErrorPanel';
import { download, MIME } from '../ui/download';
import { Field, NamedOptions, Select, options } from '../ui/Field';
import { fieldError } from '../ui/fieldErrors';
import { formatDate, titleCase } from '../ui/labels';
import { formatCents } from '../ui/money';
import { ExpandButton, RowsWithDetail } from '../ui/RowWithDetail';
import { TableHead } from '../ui/TableHead';
import { LinePayments } from '../remittance/LinePayments';
import { ClaimLines } from './ClaimLines';

const FREQUENCY: Record<ClaimFrequency, string> = { '1': 'Original', '7': 'Corrected', '8': 'Void' };

/** Claims that went out: by status and payer, each with its lines, history and what can still happen to it. */
export function SentClaims({ from, to }: { from: string; to: string }) {
  const catalog = useChannel('catalog.get', {});
  const [status, setStatus] = useState('');
  const [payer, setPayer] = useState('');
  const claims = useChannel('claims.list', {
    from,
    to,
    ...(status ? { status: status as ClaimStatus } : {}),
    ...(payer ? { payerId: payer } : {}),
  });
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-label="Sent claims">
      <div className="toolbar">
        <label className="inline-label">
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label="Filter by status">
            <option value="">All</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {titleCase(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          Payer
          <select value={payer} onChange={(e) => setPayer(e.target.value)} aria-label="Filter by payer">
            <option value="">All</option>
            <NamedOptions items={catalog.data?.payers ?? []} />
          </select>
        </label>
      </div>
      {claims.isError && <ErrorPanel title="The claims could not be read" error={claims.error} />}
      {claims.data?.length === 0 && <p className="empty">No claim sent for this period{status || payer ? ' with these filters' : ''}.</p>}
      {claims.data && claims.data.length > 0 && (
        <table className="grid" aria-label="Sent claims">
          <TableHead columns={['Claim', 'Patient', 'Payer', 'Dates', 'Type', 'Total', 'Paid', 'Status']} />
          <RowsWithDetail
            items={claims.data}
            itemKey={(c) => c.key}
            open={open}
            columns={8}
            detail={(c) => <ClaimDetail claimKey={c.key} />}
            row={(c) => (
              <tr>
                <td>
                  <ExpandButton className="row-button mono" open={open === c.key} onToggle={() => setOpen(open === c.key ? null : c.key)}>
                    {c.controlNumber}
                  </ExpandButton>
                </td>
                <td>{c.patientName}</td>
                <td>{c.payerName}</td>
                <td className="nowrap">
                  {formatDate(c.from)} – {formatDate(c.to)}
                </td>
                <td>{FREQUENCY[c.frequency]}</td>
                <td className="num">{formatCents(c.totalCents)}</td>
                <td className="num">{c.paidCents === null ? '—' : formatCents(c.paidCents)}</td>
                <td>
                  <span className={`badge status-${c.status}`}>{titleCase(c.status)}</span>
                </td>
              </tr>
            )}
          />
        </table>
      )}
    </section>
  );
}

function ClaimDetail({ claimKey }: { claimKey: number }) {
  const claim = useChannel('claims.get', { claim: claimKey });
  if (claim.isPending) return <p className="muted">Loading…</p>;
  if (claim.isError) return <ErrorPanel title="This claim could not be opened" error={claim.error} />;
  const c = claim.data;
  const stands = isStanding(c.status) && c.frequency !== '8';
  return (
    <div className="claim-detail">
      <ClaimLines draft={c.draft} />
      <LinePayments ledger={c.ledger} />
      <div className="two-up">
        <div>
          <h3>History</h3>
          <ol className="history" aria-label="Claim history">
            {c.history.map((h, i) => (
              <li key={i}>
                <strong>{titleCase(h.kind)}</strong> {h.at.slice(0, 16).replace('T', ' ')} UTC{h.note ? ` · ${h.note}` : ''}
              </li>
            ))}
          </ol>
          {c.payerClaimNumber && <p className="muted">Payer claim number (REF*F8): {c.payerClaimNumber}</p>}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void call('claims.file', { exportFile: c.exportFileKey }).then((f) =>
                download(f.fileName, f.content, f.encoding, MIME[f.format]),
              )
            }
          >
            Download the file it went out in
          </button>
        </div>
        <div>
          {stands && c.frequency !== '8' ? (
            <ClaimActions claimKey={c.key} totalCents={c.totalCents} />
          ) : (
            <p className="muted">This claim was {c.status}; nothing more can be done to it.</p>
          )}
        </div>
      </div>
    </div>
  );
}

function ClaimActions({ claimKey, totalCents }: { claimKey: number; totalCents: number }) {
  const adjudicate = useWrite('claims.adjudicate');
  const correct = useWrite('claims.correct');
  const voiding = useWrite('claims.void');
  const [answer, setAnswer] = useState({ status: 'paid', dollars: (totalCents / 100).toFixed(2), on: '', note: '' });
  const [payerClaimNumber, setPayerClaimNumber] = useState('');
  const saveAnswer = (e: FormEvent) => {
    e.preventDefault();
    const cents = Math.round(Number(answer.dollars) * 100);
    adjudicate.mutate({
      claim: claimKey,
      status: answer.status as AdjudicatedStatus,
      ...(answer.status !== 'denied' ? { paidCents: Number.isFinite(cents) ? cents : -1 } : {}),
      adjudicatedOn: answer.on,
      ...(answer.note ? { note: answer.note } : {}),
    });
  };
  const amendError = correct.error ?? voiding.error;
  // A correction and a void both send a new file for this claim and download it.
  const amend = (write: typeof correct | typeof voiding) => () =>
    write.mutate({ claim: claimKey, payerClaimNumber }, { onSuccess: (f) => download(f.fileName, f.content, f.encoding, MIME[f.format]) });
  return (
    <>
      <form className="inline-form" onSubmit={saveAnswer} aria-label="Payer's answer" noValidate>
        <h3>Payer’s answer</h3>
        <div className="form-grid">
          <Field label="Result" error={fieldError(adjudicate.error, 'status')}>
            {(ctl) => (
              <Select
                {...ctl}
                value={answer.status}
                onChange={(v) => setAnswer({ ...answer, status: v })}
                options={options(ADJUDICATED_STATUSES, titleCase)}
              />
            )}
          </Field>
          <Field label="Amount paid ($)" error={fieldError(adjudicate.error, 'paidCents')}>
            {(ctl) => (
              <input
                {...ctl}
                inputMode="decimal"
                value={answer.dollars}
                disabled={answer.status === 'denied'}
                onChange={(e) => setAnswer({ ...answer, dollars: e.target.value })}
              />
            )}
          </Field>
          <Field label="Answered on" error={fieldError(adjudicate.error, 'adjudicatedOn')}>
            {(ctl) => <input {...ctl} type="date" value={answer.on} onChange={(e) => setAnswer({ ...answer, on: e.target.value })} />}
          </Field>
          <Field label="Note" error={fieldError(adjudicate.error, 'note')}>
            {(ctl) => <input {...ctl} value={answer.note} onChange={(e) => setAnswer({ ...answer, note: e.target.value })} />}
          </Field>
        </div>
        <button className="primary" type="submit">
          Record the answer
        </button>
      </form>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()} aria-label="Correct or void" noValidate>
        <h3>Corrected claim or void</h3>
        <Field label="Payer claim number (REF*F8)" error={fieldError(amendError, 'payerClaimNumber')}>
          {(ctl) => <input {...ctl} value={payerClaimNumber} onChange={(e) => setPayerClaimNumber(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="button" className="secondary" onClick={amend(correct)}>
            Send a corrected claim (7)
          </button>
          <button type="button" className="secondary danger" onClick={amend(voiding)}>
            Void it (8)
          </button>
        </div>
        {amendError && amendError.error.kind !== 'invalid' && (
          <p className="field-message error" role="alert">
            {amendError.message}
          </p>
        )}
        {amendError && amendError.error.kind === 'invalid' && !fieldError(amendError, 'payerClaimNumber') && (
          <p className="field-message error" role="alert">
            {amendError.error.fields.map((f) => f.message).join(' ')}
          </p>
        )}
      </form>
    </>
  );
}
