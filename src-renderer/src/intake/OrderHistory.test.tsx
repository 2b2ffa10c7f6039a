import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogView, OrderVersionView } from '../../../src-main/ipc/contract/records';
import { ChannelError } from '../api/channelQueries';
import { answer, invalid } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { billingChanged, blankOrder, OrderEditor, type OrderDraft } from './OrderEditor';
import { billingKey, EarlierVersions } from './OrderHistory';

const catalog: CatalogView = {
  payers: [],
  prescribers: [],
  drugs: [
    { id: 'CEFAZ', name: 'Cefazolin', hcpcs: 'J0690', billingUnit: '500 mg', form: null, class: null },
    { id: 'VANC', name: 'Vancomycin', hcpcs: 'J3370', billingUnit: '500 mg', form: null, class: null },
  ],
};

const versions: OrderVersionView[] = [
  { from: '2026-11-01', to: '2026-11-14', therapy: 'anti-infective', drug: 'VANC', drugName: 'Vancomycin', dose: '1 g', schedule: 'q12h' },
  { from: '2026-11-15', to: '2026-11-20', therapy: 'anti-infective', drug: 'CEFAZ', drugName: 'Cefazolin', dose: '1 g', schedule: 'q12h' },
  { from: '2026-11-21', to: null, therapy: 'anti-infective', drug: 'CEFAZ', drugName: 'Cefazolin', dose: '2 g', schedule: 'q8h' },
];

/** A saved order as the plan editor loads it (PlanEditor's toDrafts): its billing fields remembered as loaded. */
function loadedOrder(billed: { lastDay: string; claims: string[] } | null, more: Partial<OrderDraft> = {}): OrderDraft {
  // The editor's own blank order, filled in as a saved cefazolin 2 g q8h order.
  const order: OrderDraft = {
    ...blankOrder('2026-11-01'),
    id: 'O1',
    saved: true,
    therapy: 'anti-infective',
    drug: 'CEFAZ',
    doseAmount: '2',
    schedule: 'q8h',
    effectiveFrom: billed ? '2026-11-21' : '',
    loaded: { billingKey: '', versions, billed },
    ...more,
  };
  return { ...order, loaded: { versions, billed, billingKey: billingKey(order) } };
}

/** The order editor as the plan editor holds it: the draft in state, changed field by field. */
function EditOrder({ initial, error = null }: { initial: OrderDraft; error?: ChannelError | null }) {
  const [order, setOrder] = useState(initial);
  return (
    <OrderEditor
      index={0}
      order={order}
      catalog={catalog}
      partOfOptions={[]}
      error={error}
      onChange={(patch) => setOrder((o) => ({ ...o, ...patch }))}
    />
  );
}

const SENT = { lastDay: '2026-11-20', claims: ['000000007'] };

function renderEditor(initial: OrderDraft, error: ChannelError | null = null) {
  answer({ 'schedule.preview': { ok: false, message: 'No preview in this test' } });
  return renderPage(<EditOrder initial={initial} error={error} />);
}

describe('the order editor’s history (OR-2)', () => {
  it('asks for no effective date while a billed order’s billing fields are as loaded', () => {
    renderEditor(loadedOrder(SENT));

    expect(screen.getByRole('group', { name: 'Order 1 (O1)' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();
  });

  it('asks from when a change applies once a billed order’s schedule changes', async () => {
    const { user } = renderEditor(loadedOrder(SENT));

    const schedule = screen.getByLabelText('Schedule');
    await user.clear(schedule);
    await user.type(schedule, 'q12h');

    const effectiveFrom = screen.getByLabelText('Effective from');
    expect(effectiveFrom).toHaveValue('2026-11-21');
    expect(effectiveFrom).toHaveAccessibleDescription(
      'Lines through 2026-11-20 are on claims already sent; this change applies from the date you choose (OR-2).',
    );

    // Back as it was: nothing to date.
    await user.clear(schedule);
    await user.type(schedule, 'q8h');
    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();
  });

  it('asks for it when the drug or the dose changes', async () => {
    const { user } = renderEditor(loadedOrder(SENT));

    await user.selectOptions(screen.getByLabelText('Drug'), 'Vancomycin — J3370 per 500 mg');
    expect(screen.getByLabelText('Effective from')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Drug'), 'Cefazolin — J0690 per 500 mg');
    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Dose'), '.5');
    expect(screen.getByLabelText('Effective from')).toBeInTheDocument();
  });

  it('does not count the same schedule or dose written another way as a change', async () => {
    const { user } = renderEditor(loadedOrder(SENT));

    const schedule = screen.getByLabelText('Schedule');
    await user.clear(schedule);
    await user.type(schedule, 'TID');
    await user.type(screen.getByLabelText('Dose'), '.0');

    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();
  });

  it('does not count a change to what does not bill (the stop date, the authorization)', async () => {
    const { user } = renderEditor(loadedOrder(SENT));

    await user.type(screen.getByLabelText('Stop'), '2026-12-31');
    await user.type(screen.getByLabelText('Authorization number'), 'PA-123');
    expect(screen.getByLabelText('Stop')).toHaveValue('2026-12-31');
    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();
  });

  it('asks for no effective date for an order with nothing sent yet', async () => {
    const { user } = renderEditor(loadedOrder(null));

    const schedule = screen.getByLabelText('Schedule');
    await user.clear(schedule);
    await user.type(schedule, 'q12h');

    expect(screen.queryByLabelText('Effective from')).not.toBeInTheDocument();
  });

  it('shows the main process’s objection to the effective date on the field', async () => {
    const refusal = invalid([{ path: 'plan.orders[0].effectiveFrom', message: 'Lines through 11/20/2026 are on sent claims' }]);
    const { user } = renderEditor(loadedOrder(null), new ChannelError(refusal.error));

    const schedule = screen.getByLabelText('Schedule');
    await user.clear(schedule);
    await user.type(schedule, 'q12h');

    const effectiveFrom = screen.getByLabelText('Effective from');
    expect(effectiveFrom).toBeInvalid();
    expect(within(effectiveFrom.parentElement as HTMLElement).getByRole('alert')).toHaveTextContent(
      'Lines through 11/20/2026 are on sent claims',
    );
  });

  it('lists the earlier versions, naming the drug only where it differs', () => {
    renderEditor(loadedOrder(SENT));

    const earlier = screen.getByRole('list', { name: 'Earlier versions' });
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Until 2026-11-14: Vancomycin, 1 g q12h', 'Until 2026-11-20: 1 g q12h']);
  });
});

describe('EarlierVersions', () => {
  it('shows nothing for an order with one version', () => {
    const { container } = renderPage(<EarlierVersions versions={versions.slice(-1)} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names another therapy and a version without a drug', () => {
    renderPage(
      <EarlierVersions
        versions={[
          { from: '2026-10-01', to: '2026-10-31', therapy: 'hydration', drug: null, drugName: null, dose: null, schedule: 'q24h' },
          versions[2] as OrderVersionView,
        ]}
      />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Until 2026-10-31: no drug, q24h (hydration)');
  });
});

describe('billingChanged', () => {
  it('is false for a new order, which has nothing loaded to differ from', () => {
    const { loaded: _loaded, ...fresh } = loadedOrder(null);
    expect(billingChanged({ ...fresh, schedule: 'q12h' })).toBe(false);
  });

  it('ignores the dose unit when there is no dose', () => {
    const order = loadedOrder(SENT, { doseAmount: '' });
    expect(billingChanged({ ...order, doseUnit: 'mg' })).toBe(false);
    expect(billingChanged({ ...order, doseAmount: '1' })).toBe(true);
  });

  it('keeps an unreadable schedule as typed, so any edit to it is a change', () => {
    const order = loadedOrder(SENT, { schedule: 'as directed' });
    expect(billingChanged({ ...order, schedule: ' as directed ' })).toBe(false);
    expect(billingChanged({ ...order, schedule: 'as directed by MD' })).toBe(true);
  });
});
