import { useDeferredValue } from 'react';
import { addDays, isCalendarDate, isoWeekday, parseCalendarDate } from '../../../src-main/calendar/calendarDate';
import { useChannel } from '../api/channelQueries';

const WEEKDAY_HEADINGS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Live preview of the dose days a schedule gives over the next five weeks from the order's start. */
export function SchedulePreview({ text, start, stop }: { text: string; start: string; stop: string }) {
  const deferred = useDeferredValue(text);
  const ready = deferred.trim() !== '' && isCalendarDate(start);
  const preview = useChannel(
    'schedule.preview',
    { text: deferred, start: ready ? start : '2000-01-01', ...(isCalendarDate(stop) ? { stop } : {}), days: 35 },
    { enabled: ready, placeholderData: (previous) => previous },
  );
  if (!ready) return <p className="schedule-preview muted">Enter a schedule and a start date to see the dose days.</p>;
  if (!preview.data) return null;
  if (!preview.data.ok) return <p className="schedule-preview muted">{preview.data.message}</p>;
  const { doseDays, from, to, schedule, dosesPerDoseDay } = preview.data;
  const doses = new Set(doseDays);
  // A Monday-first grid starting the week of the start date, five weeks long.
  const gridStart = addDays(from, 1 - isoWeekday(from));
  const cells = Array.from({ length: 35 }, (_, i) => addDays(gridStart, i));
  return (
    <div className="schedule-preview" aria-label="Dose days preview">
      <p>
        <code>{schedule}</code> · {dosesPerDoseDay} dose{dosesPerDoseDay === 1 ? '' : 's'} on a dose day · {doseDays.length} dose day
        {doseDays.length === 1 ? '' : 's'} in the next 5 weeks
      </p>
      <div className="mini-calendar" role="grid">
        {WEEKDAY_HEADINGS.map((d) => (
          <span key={d} className="mini-head">
            {d}
          </span>
        ))}
        {cells.map((date) => (
          <span
            key={date}
            className={`mini-day${doses.has(date) ? ' dose' : ''}${date < from || date > to ? ' outside' : ''}`}
            title={date}
            data-date={date}
          >
            {parseCalendarDate(date)?.day}
          </span>
        ))}
      </div>
    </div>
  );
}
