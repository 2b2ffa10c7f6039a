import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import type { AuditEntryView } from '../../../src-main/vocabulary';
import { auditTrailFixture } from '../../testing/auditTrailFixture';
import { answer, callsTo, refuse } from '../../testing/fakeBridge';
import { captureDownloads, renderPage } from '../../testing/renderPage';
import { AuditScreen } from './AuditScreen';

// The page shows the reader's wall clock: pin the zone so 03:30Z on the 28th is 9:30 pm on the 27th.
beforeAll(() => {
  vi.stubEnv('TZ', 'America/Chicago');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

// Oldest first, as audit.list answers.
const trail = auditTrailFixture('O"Neil, Pat');

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Audit trail' }))
    .getAllByRole('row')
    .slice(1);
const shownRows = () =>
  bodyRows().map((tr) =>
    within(tr)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  );

describe('Audit trail (HIPAA 164.312(b))', () => {
  it('lists the trail newest first: when (the reader’s clock), who, what in words, about', async () => {
    answer({ 'audit.list': trail });
    renderPage(<AuditScreen />);

    await screen.findByRole('table', { name: 'Audit trail' });
    expect(
      within(screen.getByRole('table', { name: 'Audit trail' }))
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['When', 'Who', 'What', 'About']);
    expect(shownRows()).toEqual([
      ['12/28/2026 09:00:00 CST', 'O"Neil, Pat', 'pharmacy.rename', 'pharmacy profile'],
      ['12/27/2026 21:30:00 CST', 'maria', 'Claims exported (837P)', 'claims 2026-11-01 to 2026-11-30'],
      ['12/27/2026 10:10:00 CST', 'sam', 'Patient saved', 'patient lindqvist'],
      ['12/26/2026 09:00:00 CST', 'maria', 'Demo pharmacy opened', 'the whole pharmacy'],
    ]);
    expect(screen.getByText('4 of 4 entries, newest first.')).toBeInTheDocument();
    expect(callsTo('audit.list')).toEqual([{}]);
  });

  it('opens an entry: before and after side by side as JSON', async () => {
    answer({ 'audit.list': trail });
    const { user } = renderPage(<AuditScreen />);

    const opener = await screen.findByRole('button', { name: '12/27/2026 10:10:00 CST' });
    await user.click(opener);
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByRole('region', { name: 'Before' })).getByText(/1 Elm St/).textContent).toBe(
      '{\n  "id": "lindqvist",\n  "street": "1 Elm St"\n}',
    );
    expect(within(screen.getByRole('region', { name: 'After' })).getByText(/2 Oak Ave/).tagName).toBe('PRE');

    await user.click(screen.getByRole('button', { name: '12/26/2026 09:00:00 CST' }));
    expect(opener).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('region', { name: 'Before' })).toHaveTextContent('Nothing recorded before: a new record, or a read.');
    expect(screen.getByRole('region', { name: 'After' })).toHaveTextContent('Nothing recorded after.');
  });

  it('filters by free text, action (in words), actor and the local date range', async () => {
    answer({ 'audit.list': trail });
    const { user } = renderPage(<AuditScreen />);
    await screen.findByRole('table', { name: 'Audit trail' });

    const action = screen.getByRole('combobox', { name: 'Filter by action' });
    expect(
      within(action)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All actions', 'Claims exported (837P)', 'Demo pharmacy opened', 'Patient saved', 'pharmacy.rename']);
    expect(
      within(screen.getByRole('combobox', { name: 'Filter by actor' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Everyone', 'maria', 'O"Neil, Pat', 'sam']);

    await user.type(screen.getByRole('searchbox', { name: 'Search the trail' }), 'LINDQ');
    expect(shownRows().map((r) => r[2])).toEqual(['Patient saved']);
    expect(screen.getByText('1 of 4 entries, newest first.')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search the trail' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by actor' }), 'maria');
    expect(shownRows().map((r) => r[2])).toEqual(['Claims exported (837P)', 'Demo pharmacy opened']);
    await user.selectOptions(action, 'patients.save');
    expect(screen.queryByRole('table', { name: 'Audit trail' })).not.toBeInTheDocument();
    expect(screen.getByText('No entry with these filters.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(4);
    // 03:30Z on the 28th was 9:30 pm on the 27th in Chicago: it is the 27th's.
    await user.type(screen.getByLabelText('From'), '2026-12-27');
    await user.type(screen.getByLabelText('To'), '2026-12-27');
    expect(shownRows().map((r) => r[0])).toEqual(['12/27/2026 21:30:00 CST', '12/27/2026 10:10:00 CST']);
  });

  it('says the trail is verified when the chain holds', async () => {
    answer({ 'audit.list': trail, 'audit.verify': { ok: true, entries: 4, unchained: 0, problems: [] } });
    const { user } = renderPage(<AuditScreen />);
    await user.click(await screen.findByRole('button', { name: 'Check the trail' }));

    expect(await screen.findByText('Verified: 4 entries, none altered or removed')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(callsTo('audit.verify')).toEqual([{}]);
  });

  it('says which older entries could not be checked', async () => {
    answer({ 'audit.list': trail, 'audit.verify': { ok: true, entries: 1204, unchained: 1, problems: [] } });
    const { user } = renderPage(<AuditScreen />);
    await user.click(await screen.findByRole('button', { name: 'Check the trail' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Verified: 1,204 entries, none altered or removed (1 entry written before the chain existed cannot be checked)',
    );
  });

  it('lists each problem when the chain is broken, as an alert', async () => {
    const problems = [
      'Entry 2 (2026-12-27T16:10:00.000Z, patients.save) was altered after it was written.',
      'Entries 3 to 3 were removed.',
    ];
    answer({ 'audit.list': trail, 'audit.verify': { ok: false, entries: 3, unchained: 0, problems } });
    const { user } = renderPage(<AuditScreen />);
    await user.click(await screen.findByRole('button', { name: 'Check the trail' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The trail does not check out: 2 problems');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems);
    expect(screen.queryByText(/^Verified/)).not.toBeInTheDocument();
  });

  it('shows why the check could not run', async () => {
    answer({ 'audit.list': trail, 'audit.verify': refuse('The database is locked') });
    const { user } = renderPage(<AuditScreen />);
    await user.click(await screen.findByRole('button', { name: 'Check the trail' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The trail could not be checkedThe database is locked');
  });

  it('exports the filtered rows as audit-trail.csv, quoting a value with a comma and a quote', async () => {
    const saved = captureDownloads();
    answer({ 'audit.list': trail, 'audit.recordExport': ({ rows }) => ({ rows }) });
    const { user } = renderPage(<AuditScreen />);
    await screen.findByRole('table', { name: 'Audit trail' });
    await user.type(screen.getByRole('searchbox', { name: 'Search the trail' }), 'pharmacy');
    expect(bodyRows()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The export is recorded in the trail first (it holds patient data), then the file is handed over.
    await waitFor(() => expect(saved).toEqual(['audit-trail.csv']));
    expect(callsTo('audit.recordExport')).toEqual([{ rows: 2, filters: { text: 'pharmacy' } }]);
    const blob = (URL.createObjectURL as Mock).mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe(
      'at,actor,action,entity,before,after\r\n' +
        '2026-12-28T15:00:00.000Z,"O""Neil, Pat",pharmacy.rename,pharmacy profile,,\r\n' +
        '2026-12-26T15:00:00.000Z,maria,demo.open,the whole pharmacy,,\r\n',
    );
  });

  it('shows the newest 500 of a long trail and asks to narrow the filters', async () => {
    const long = Array.from({ length: 1203 }, (_, i): AuditEntryView => ({
      at: `2026-12-${String(1 + Math.floor(i / 100)).padStart(2, '0')}T18:00:${String(i % 60).padStart(2, '0')}.000Z`,
      actor: 'sam',
      action: 'workQueue.act',
      entity: `work item ${i + 1}`,
    }));
    answer({ 'audit.list': long });
    const { user } = renderPage(<AuditScreen />);

    await screen.findByRole('table', { name: 'Audit trail' });
    expect(bodyRows()).toHaveLength(500);
    expect(shownRows()[0]).toEqual(['12/13/2026 12:00:02 CST', 'sam', 'Work item', 'work item 1203']);
    expect(screen.getByText(/^Showing the newest 500 of 1,203 entries: narrow the filters/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('From'), '2026-12-13');
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('3 of 1,203 entries, newest first.')).toBeInTheDocument();
  });

  it('says so when the trail is empty, and offers no empty export', async () => {
    answer({ 'audit.list': [] });
    renderPage(<AuditScreen />);
    expect(await screen.findByText('The audit trail is empty: nothing has been changed yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('shows a trail that cannot be read as an error', async () => {
    answer({ 'audit.list': refuse('The database is locked') });
    renderPage(<AuditScreen />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The audit trail could not be readThe database is locked');
  });
});
