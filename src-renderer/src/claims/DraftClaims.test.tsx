import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClaimDraftSummary, ClaimDraftsView, ExportedFileView } from '../../../src-main/ipc/contract/records';
import { answer, callsTo, refuse } from '../../testing/fakeBridge';
import { captureDownloads, renderPage } from '../../testing/renderPage';
import { DraftClaims } from './DraftClaims';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

function draft(draftId: string, patientName: string, more: Partial<ClaimDraftSummary> = {}): ClaimDraftSummary {
  return {
    draftId,
    patientId: `P-${draftId}`,
    patientName,
    payerId: 'MCR',
    payerName: 'Medicare Part B',
    coverageRank: 'primary',
    memberId: '1EG4-TE5-MK73',
    from: '2026-11-01',
    to: '2026-11-14',
    part: 1,
    placeOfService: '12',
    priorAuth: null,
    diagnoses: ['A419'],
    lines: [
      {
        kind: 'per-diem',
        order: 'O1',
        code: 'S9500',
        modifiers: [],
        units: 14,
        chargeCents: 210000,
        from: '2026-11-01',
        to: '2026-11-14',
        pointers: [1],
        rules: ['PD-1'],
        billingLineIds: [1],
      },
    ],
    totalCents: 210000,
    problems: [],
    findings: [],
    ...more,
  };
}

const ready = draft('d-ready', 'Ada Lovelace');
const waiting = draft('d-waiting', 'Grace Hopper', {
  problems: [{ rule: 'DS-2', message: 'November is still running: the claim is ready on 12/01/2026.' }],
  readyOn: '2026-12-01',
  totalCents: 9950,
});
const broken = draft('d-broken', 'Alan Turing', {
  problems: [
    { rule: 'PY-1', message: 'The member id is missing.' },
    { rule: 'CL-3', message: 'No diagnosis.' },
  ],
});
const secondPart = draft('d-part2', 'Ada Lovelace', { part: 2, from: '2026-11-15', to: '2026-11-30' });

const drafts = (list: ClaimDraftSummary[], corrections: ClaimDraftsView['corrections'] = []): ClaimDraftsView => ({
  drafts: list,
  corrections,
});

const exported: ExportedFileView = {
  fileName: 'claims-2026-11.837',
  format: '837p',
  content: 'ISA*00*~',
  encoding: 'utf8',
  claims: [{ key: 1, controlNumber: '000000001', draftId: 'd-ready', totalCents: 210000 }],
};

const row = (name: string) => screen.getByRole('checkbox', { name: `Select the claim for ${name}` }).closest('tr') as HTMLElement;

describe('DraftClaims', () => {
  it('asks for the period’s claims and shows each with its readiness and total', async () => {
    answer({ 'claims.drafts': drafts([ready, waiting, broken]) });
    renderPage(<DraftClaims {...NOVEMBER} />);

    expect(screen.getByText('Assembling the period’s claims…')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Claims to bill' });
    expect(callsTo('claims.drafts')).toContainEqual(NOVEMBER);
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    expect(within(row('Ada Lovelace, Medicare Part B')).getByText('Ready')).toBeInTheDocument();
    expect(within(row('Ada Lovelace, Medicare Part B')).getByText('$2,100.00')).toBeInTheDocument();
    expect(within(row('Ada Lovelace, Medicare Part B')).getByText('11/01/2026 – 11/14/2026')).toBeInTheDocument();
    expect(within(row('Alan Turing, Medicare Part B')).getByText('Not ready · 2')).toBeInTheDocument();
  });

  it('shows a claim of a running month as not billable yet, with the day it becomes ready', async () => {
    answer({ 'claims.drafts': drafts([waiting]) });
    renderPage(<DraftClaims {...NOVEMBER} />);

    const badge = await screen.findByText('Not billable yet (DS-2) · ready 12/01/2026');
    expect(badge).toHaveAttribute('title', 'November is still running: the claim is ready on 12/01/2026.');
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Grace Hopper, Medicare Part B' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Select all ready (0)' })).toBeDisabled();
  });

  it('counts a waiting claim’s further problems', async () => {
    answer({
      'claims.drafts': drafts([{ ...waiting, problems: [...waiting.problems, { rule: 'PA-1', message: 'Authorization expired.' }] }]),
    });
    renderPage(<DraftClaims {...NOVEMBER} />);

    expect(await screen.findByText('Not billable yet (DS-2) · ready 12/01/2026 · 1 more')).toBeInTheDocument();
  });

  it('names the parts of a claim split in two', async () => {
    answer({ 'claims.drafts': drafts([ready, secondPart]) });
    renderPage(<DraftClaims {...NOVEMBER} />);

    expect(await screen.findByRole('button', { name: 'Ada Lovelace (part 2)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B part 2' })).toBeEnabled();
  });

  it('selects only the ready claims, and exports the ones chosen', async () => {
    const saved = captureDownloads();
    answer({ 'claims.drafts': drafts([ready, waiting, broken, secondPart]), 'claims.export': exported });
    const { user } = renderPage(<DraftClaims {...NOVEMBER} />);

    const exportButton = await screen.findByRole('button', { name: /^Export\s+as 837P$/ });
    expect(exportButton).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Select all ready (2)' }));
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B part 2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Grace Hopper, Medicare Part B' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Alan Turing, Medicare Part B' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Export 2 as 837P' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B part 2' }));
    await user.click(screen.getByRole('button', { name: 'Export 1 as 837P' }));

    expect(await screen.findByText('Exported 1 claim(s) in claims-2026-11.837')).toBeInTheDocument();
    expect(callsTo('claims.export')).toEqual([{ ...NOVEMBER, draftIds: ['d-ready'] }]);
    expect(saved).toEqual(['claims-2026-11.837']);
    // The selection is cleared once the file is out.
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B' })).not.toBeChecked();
  });

  it('says so when nothing was exported', async () => {
    const saved = captureDownloads();
    answer({ 'claims.drafts': drafts([ready]), 'claims.export': refuse('The pharmacy has no NPI yet.') });
    const { user } = renderPage(<DraftClaims {...NOVEMBER} />);

    await user.click(await screen.findByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B' }));
    await user.click(screen.getByRole('button', { name: 'Export 1 as 837P' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was exported');
    expect(alert).toHaveTextContent('The pharmacy has no NPI yet.');
    expect(saved).toEqual([]);
    expect(screen.getByRole('checkbox', { name: 'Select the claim for Ada Lovelace, Medicare Part B' })).toBeChecked();
  });

  it('saves the period’s lines as CSV', async () => {
    const saved = captureDownloads();
    answer({
      'claims.drafts': drafts([ready]),
      'claims.csv': { ...exported, fileName: 'lines-2026-11.csv', format: 'csv', claims: [] },
    });
    const { user } = renderPage(<DraftClaims {...NOVEMBER} />);

    await user.click(await screen.findByRole('button', { name: 'Lines as CSV' }));
    await waitFor(() => expect(saved).toEqual(['lines-2026-11.csv']));
    expect(callsTo('claims.csv')).toEqual([NOVEMBER]);
  });

  it('opens a claim’s lines and why it is not ready', async () => {
    answer({ 'claims.drafts': drafts([broken]) });
    const { user } = renderPage(<DraftClaims {...NOVEMBER} />);

    const name = await screen.findByRole('button', { name: 'Alan Turing' });
    expect(name).toHaveAttribute('aria-expanded', 'false');
    await user.click(name);

    expect(name).toHaveAttribute('aria-expanded', 'true');
    const lines = screen.getByRole('table', { name: 'Lines of the claim for Alan Turing' });
    expect(within(lines).getByText('S9500')).toBeInTheDocument();
    const why = screen.getByRole('list', { name: 'Why this claim is not ready' });
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['PY-1 The member id is missing.', 'CL-3 No diagnosis.']);

    await user.click(name);
    expect(screen.queryByRole('table', { name: 'Lines of the claim for Alan Turing' })).not.toBeInTheDocument();
  });

  it('warns about lines already sent that no longer match the record', async () => {
    answer({
      'claims.drafts': drafts(
        [ready],
        [
          { lineKey: 'P1|O1|2026-11-03|per-diem|S9500', claimId: 12, change: 'changed' },
          { lineKey: 'P1||2026-11-04|nursing|99601', claimId: 13, change: 'no-longer-billable' },
        ],
      ),
    });
    renderPage(<DraftClaims {...NOVEMBER} />);

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('2 line(s) already sent no longer match the record');
    const lines = within(notice).getByRole('list', { name: 'Lines to correct' });
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Claim 12: P1 · O1 · 2026-11-03 · per-diem S9500 — now different',
      'Claim 13: P1 · 2026-11-04 · nursing 99601 — no longer billable',
    ]);
  });

  it('shows no notice when every sent line still matches', async () => {
    answer({ 'claims.drafts': drafts([ready]) });
    renderPage(<DraftClaims {...NOVEMBER} />);

    await screen.findByRole('table', { name: 'Claims to bill' });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says when there is nothing left to bill', async () => {
    answer({ 'claims.drafts': drafts([]) });
    renderPage(<DraftClaims {...NOVEMBER} />);

    expect(await screen.findByText('Nothing left to bill from 11/01/2026 to 11/30/2026.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows why the claims could not be assembled', async () => {
    answer({ 'claims.drafts': refuse('The pharmacy profile is missing.') });
    renderPage(<DraftClaims {...NOVEMBER} />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The claims could not be assembled' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The pharmacy profile is missing.');
  });
});
