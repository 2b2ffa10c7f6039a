import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SchedulePreview as Preview } from '../../../src-main/ipc/contract/records';
import { answer, callsTo } from '../../testing/fakeBridge';
import { renderPage } from '../../testing/renderPage';
import { SchedulePreview } from './SchedulePreview';

// Tuesday 1 December 2026, Monday, Wednesday and Friday doses through Friday 11 December.
const mwf: Preview = {
  ok: true,
  schedule: 'weekly:MO,WE,FR',
  dosesPerDoseDay: 1,
  doseDays: ['2026-12-02', '2026-12-04', '2026-12-07', '2026-12-09', '2026-12-11'],
  from: '2026-12-01',
  to: '2026-12-11',
};

const day = (date: string) => screen.getByTitle(date);

describe('SchedulePreview', () => {
  it('waits for a schedule and a start date, without asking the main process', () => {
    const { rerender } = renderPage(<SchedulePreview text="" start="2026-12-01" stop="" />);
    expect(screen.getByText('Enter a schedule and a start date to see the dose days.')).toBeInTheDocument();

    rerender(<SchedulePreview text="MWF" start="2026-12" stop="" />);
    expect(screen.getByText('Enter a schedule and a start date to see the dose days.')).toBeInTheDocument();
    expect(callsTo('schedule.preview')).toEqual([]);
  });

  it('shows the dose days over five weeks, on a grid starting the Monday of the start week', async () => {
    answer({ 'schedule.preview': mwf });
    renderPage(<SchedulePreview text="MWF" start="2026-12-01" stop="2026-12-11" />);

    const preview = await screen.findByLabelText('Dose days preview');
    expect(callsTo('schedule.preview')).toContainEqual({ text: 'MWF', start: '2026-12-01', stop: '2026-12-11', days: 35 });
    expect(preview).toHaveTextContent('weekly:MO,WE,FR · 1 dose on a dose day · 5 dose days in the next 5 weeks');

    const grid = within(preview).getByRole('grid');
    const cells = grid.querySelectorAll('[data-date]');
    expect(cells).toHaveLength(35);
    expect(cells[0]).toHaveAttribute('title', '2026-11-30');
    expect(cells[0]).toHaveTextContent('30');
    expect(cells[34]).toHaveAttribute('title', '2027-01-03');

    for (const date of mwf.doseDays) expect(day(date)).toHaveClass('dose');
    expect(day('2026-12-01')).not.toHaveClass('dose');
    expect(day('2026-12-03')).not.toHaveClass('dose');
    // Outside the order: before its start, after its stop.
    expect(day('2026-11-30')).toHaveClass('outside');
    expect(day('2026-12-01')).not.toHaveClass('outside');
    expect(day('2026-12-14')).toHaveClass('outside');
    expect(day('2026-12-14')).not.toHaveClass('dose');
  });

  it('leaves an unfinished stop date out of the request', async () => {
    answer({ 'schedule.preview': mwf });
    renderPage(<SchedulePreview text="MWF" start="2026-12-01" stop="2026-1" />);

    await screen.findByLabelText('Dose days preview');
    expect(callsTo('schedule.preview')).toEqual([{ text: 'MWF', start: '2026-12-01', days: 35 }]);
  });

  it('counts several doses a day and a single dose day', async () => {
    answer({ 'schedule.preview': { ...mwf, schedule: 'q8h', dosesPerDoseDay: 3, doseDays: ['2026-12-01'], to: '2026-12-01' } });
    renderPage(<SchedulePreview text="TID" start="2026-12-01" stop="2026-12-01" />);

    expect(await screen.findByLabelText('Dose days preview')).toHaveTextContent(
      'q8h · 3 doses on a dose day · 1 dose day in the next 5 weeks',
    );
  });

  it('shows why a schedule is not understood', async () => {
    answer({ 'schedule.preview': { ok: false, message: '"every blue moon" is not a schedule Dripline knows' } });
    renderPage(<SchedulePreview text="every blue moon" start="2026-12-01" stop="" />);

    expect(await screen.findByText('"every blue moon" is not a schedule Dripline knows')).toBeInTheDocument();
    expect(screen.queryByLabelText('Dose days preview')).not.toBeInTheDocument();
  });

  it('keeps the last preview on screen while the next one is on its way', async () => {
    let release: (preview: Preview) => void = () => undefined;
    answer({
      'schedule.preview': (input) => (input.text === 'MWF' ? mwf : new Promise<Preview>((resolve) => (release = resolve))),
    });
    const { rerender } = renderPage(<SchedulePreview text="MWF" start="2026-12-01" stop="2026-12-11" />);
    await screen.findByLabelText('Dose days preview');

    rerender(<SchedulePreview text="q24h" start="2026-12-01" stop="2026-12-11" />);
    await waitFor(() => expect(callsTo('schedule.preview').map((c) => c.text)).toContain('q24h'));
    expect(screen.getByText('weekly:MO,WE,FR')).toBeInTheDocument();
    expect(day('2026-12-02')).toHaveClass('dose');

    release({ ...mwf, schedule: 'q24h', doseDays: ['2026-12-01', '2026-12-02', '2026-12-03'] });
    expect(await screen.findByText('q24h')).toBeInTheDocument();
    expect(day('2026-12-03')).toHaveClass('dose');
    expect(day('2026-12-04')).not.toHaveClass('dose');
  });
});
