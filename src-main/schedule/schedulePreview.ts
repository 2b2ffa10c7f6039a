import { addDays, type CalendarDate } from '../calendar/calendarDate';
import { doseDays } from '../billing/doseDays';
import type { SchedulePreview } from '../vocabulary';
import { dosesPerDoseDay } from './scheduleGrammar';
import { fromPharmacistNotation } from './pharmacistNotation';

/** The order editor's live preview: the schedule as typed, in grammar form, with its dose days. */
export function previewSchedule(text: string, start: CalendarDate, stop: CalendarDate | undefined, days: number): SchedulePreview {
  const notation = fromPharmacistNotation(text);
  if (!notation.ok) return { ok: false, message: notation.message };
  const horizon = addDays(start, days - 1);
  const to = stop !== undefined && stop < horizon ? stop : horizon;
  return {
    ok: true,
    schedule: notation.schedule,
    dosesPerDoseDay: dosesPerDoseDay(notation.parsed),
    doseDays: doseDays(notation.parsed, start, start, to).map((d) => d.date),
    from: start,
    to,
  };
}
