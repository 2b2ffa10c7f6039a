import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkItemView } from '../../../src-main/vocabulary';
import { answer, callsTo, invalid, refuse } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { WorkQueueScreen } from './WorkQueueScreen';

function item(key: number, more: Partial<WorkItemView> = {}): WorkItemView {
  return {
    key,
    claimKey: 10 + key,
    controlNumber: `00000001${key}`,
    patientId: 'P1',
    patientName: 'Lovelace, Ada',
    payerName: 'Medicare Part B',
    lineNumber: 2,
    line: { code: 'J2540', modifiers: ['JW'], from: '2026-11-03', to: '2026-11-03' },
    kind: 'denied',
    reasons: [{ code: 'CO-96', text: 'CO-96: Non-covered charge(s). (Contractual obligation)', cents: 12000 }],
    remarks: [{ code: 'N30', text: 'N30: Patient ineligible for this service.' }],
    message: null,
    amountCents: 12000,
    openedOn: '2026-12-15',
    ageDays: 12,
    assignee: null,
    resolution: null,
    resolvedOn: null,
    nextPayer: null,
    ...more,
  };
}

const denied = item(1);
const underpaid = item(2, {
  patientName: 'Hopper, Grace',
  payerName: 'Blue Cross',
  lineNumber: null,
  line: null,
  kind: 'underpaid',
  reasons: [{ code: 'CO-45', text: 'CO-45: Charge exceeds fee schedule. (Contractual obligation)', cents: 4550 }],
  remarks: [],
  amountCents: 4550,
  ageDays: 1,
  assignee: 'Sam',
  nextPayer: 'State Medicaid',
});

const row = (name: string) => screen.getByRole('button', { name }).closest('tr') as HTMLElement;
const cells = (tr: HTMLElement) =>
  within(tr)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Work queue (RM-5)', () => {
  it('lists the open items with their line or whole claim, kind, reasons in words, amount, age and assignee', async () => {
    answer({ 'workQueue.list': [denied, underpaid] });
    renderPage(<WorkQueueScreen />);

    const table = await screen.findByRole('table', { name: 'Work queue' });
    expect(callsTo('workQueue.list')).toEqual([{ state: 'open' }]);
    expect(cells(row('Lovelace, Ada'))).toEqual([
      'Lovelace, Ada',
      'Medicare Part B',
      '000000011',
      'J2540-JW · 11/03/2026',
      'Denied',
      'CO-96: Non-covered charge(s). (Contractual obligation)N30: Patient ineligible for this service.',
      '$120.00',
      '12 days',
      '—',
    ]);
    expect(cells(row('Hopper, Grace'))).toEqual([
      'Hopper, Grace',
      'Blue Cross',
      '000000012',
      'Whole claim',
      'Underpaid',
      'CO-45: Charge exceeds fee schedule. (Contractual obligation)',
      '$45.50',
      '1 day',
      'Sam',
    ]);
    expect(within(table).getByText('2 items')).toBeInTheDocument();
    expect(within(table).getByText('$165.50')).toBeInTheDocument();
  });

  it('asks again for the state and kind chosen', async () => {
    answer({
      'workQueue.list': (input) => (input.state === 'resolved' ? [{ ...denied, resolution: 'appealed', resolvedOn: '2026-12-20' }] : []),
    });
    const { user } = renderPage(<WorkQueueScreen />);

    expect(await screen.findByText('Nothing to work: no open item with these filters.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Filter by state'), 'resolved');
    await user.selectOptions(screen.getByLabelText('Filter by kind'), 'denied');

    expect(await screen.findByText('Appealed 12/20/2026')).toBeInTheDocument();
    expect(callsTo('workQueue.list')).toEqual([{ state: 'open' }, { state: 'resolved' }, { state: 'resolved', kind: 'denied' }]);
  });

  it('offers to bill the next payer only when a coverage ranks after the claim’s payer, and names it', async () => {
    answer({
      'workQueue.list': [denied, underpaid],
      'workQueue.act': { ...underpaid, resolution: 'next-payer', resolvedOn: '2026-12-27' },
    });
    const { user } = renderPage(<WorkQueueScreen />);

    await user.click(await screen.findByRole('button', { name: 'Lovelace, Ada' }));
    expect(screen.queryByRole('button', { name: /Bill the next payer/ })).not.toBeInTheDocument();
    expect(screen.getByText('No coverage ranks after Medicare Part B on these dates: there is no next payer to bill.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lovelace, Ada' }));

    await user.click(screen.getByRole('button', { name: 'Hopper, Grace' }));
    await user.click(screen.getByRole('button', { name: 'Bill the next payer: State Medicaid' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Underpaid item on claim 000000012 (Hopper, Grace): billed to the next payer, State Medicaid.',
    );
    expect(callsTo('workQueue.act')).toEqual([{ action: 'next-payer', item: 2 }]);
  });

  it('shows a missing note at the note field, then appeals with the note written', async () => {
    answer({
      'workQueue.list': [denied],
      'workQueue.act': (input) =>
        'note' in input && input.note
          ? { ...denied, resolution: 'appealed' as const }
          : invalid([{ path: 'note', message: 'Write what was done' }]),
    });
    const { user } = renderPage(<WorkQueueScreen />);
    await user.click(await screen.findByRole('button', { name: 'Lovelace, Ada' }));
    const form = screen.getByRole('form', { name: 'Work the item' });

    await user.click(within(form).getByRole('button', { name: 'Appeal' }));
    const note = within(form).getByLabelText('Note');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Write what was done');
    expect(note).toHaveAttribute('aria-invalid', 'true');

    await user.type(note, 'Sent records showing eligibility');
    await user.click(within(form).getByRole('button', { name: 'Appeal' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Denied item on claim 000000011 (Lovelace, Ada): appealed.');
    expect(callsTo('workQueue.act')).toEqual([
      { action: 'appeal', item: 1, note: '' },
      { action: 'appeal', item: 1, note: 'Sent records showing eligibility' },
    ]);
    // The write refetches the list (useWrite's topics).
    expect(callsTo('workQueue.list').length).toBeGreaterThanOrEqual(2);
  });

  it('assigns, writes off and dismisses with the note, and says why a refused action was refused', async () => {
    answer({
      'workQueue.list': [denied],
      'workQueue.act': (input) => (input.action === 'dismiss' ? refuse('This item was resolved.') : denied),
    });
    const { user } = renderPage(<WorkQueueScreen />);
    await user.click(await screen.findByRole('button', { name: 'Lovelace, Ada' }));

    const assign = screen.getByRole('form', { name: 'Assign the item' });
    await user.type(within(assign).getByLabelText('Assign to'), 'Sam');
    await user.click(within(assign).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Denied item on claim 000000011 (Lovelace, Ada) assigned to Sam.');

    const form = screen.getByRole('form', { name: 'Work the item' });
    await user.type(within(form).getByLabelText('Note'), 'Below the appeal threshold');
    await user.click(within(form).getByRole('button', { name: 'Write off' }));
    await user.type(within(form).getByLabelText('Note'), 'Duplicate');
    await user.click(within(form).getByRole('button', { name: 'Dismiss' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('This item was resolved.');
    expect(callsTo('workQueue.act')).toEqual([
      { action: 'assign', item: 1, assignee: 'Sam' },
      { action: 'write-off', item: 1, note: 'Below the appeal threshold' },
      { action: 'dismiss', item: 1, note: 'Duplicate' },
    ]);
  });

  it('leaves only a note on a resolved item', async () => {
    answer({ 'workQueue.list': [{ ...denied, resolution: 'written-off', resolvedOn: '2026-12-20' }] });
    const { user } = renderPage(<WorkQueueScreen />);
    await user.click(await screen.findByRole('button', { name: 'Lovelace, Ada' }));

    expect(screen.getByText('Resolved: Written off on 12/20/2026. A note can still be added.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Appeal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Assign the item' })).not.toBeInTheDocument();
  });
});
