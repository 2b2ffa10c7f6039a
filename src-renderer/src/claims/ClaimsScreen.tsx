import { useState } from 'react';
import { firstDayOfMonth, lastDayOfMonth, monthOf } from '../../../src-main/calendar/calendarDate';
import { useChannel } from '../api/channelQueries';
import { MonthPicker } from '../ui/MonthPicker';
import { PageHead } from '../ui/PageHead';
import { DraftClaims } from './DraftClaims';
import { SentClaims } from './SentClaims';

/** Billing by month: claims to bill (drafts with their readiness) and claims sent (with their lifecycle). */
export function ClaimsScreen() {
  const status = useChannel('app.status', {});
  const [month, setMonth] = useState<string | null>(null);
  const [tab, setTab] = useState<'to-bill' | 'sent'>('to-bill');
  if (!status.data) return null;
  const current = month ?? monthOf(status.data.today);
  const from = firstDayOfMonth(current);
  const to = lastDayOfMonth(current);
  return (
    <section aria-labelledby="claims-title">
      <PageHead id="claims-title" title="Claims">
        <MonthPicker label="Month" value={current} onChange={setMonth} ariaLabel="Billing month" />
      </PageHead>
      <div className="tabs" role="tablist">
        <button
          role="tab"
          aria-selected={tab === 'to-bill'}
          className={tab === 'to-bill' ? 'tab active' : 'tab'}
          onClick={() => setTab('to-bill')}
        >
          To bill
        </button>
        <button role="tab" aria-selected={tab === 'sent'} className={tab === 'sent' ? 'tab active' : 'tab'} onClick={() => setTab('sent')}>
          Sent
        </button>
      </div>
      {tab === 'to-bill' ? <DraftClaims from={from} to={to} /> : <SentClaims from={from} to={to} />}
    </section>
  );
}
