import { formatUsDate, isCalendarDate, toDayNumber, type CalendarDate } from '../../../src-main/calendar/calendarDate';

// The audit trail in words: each audited channel (src-main/app/auditSubjects.ts: the writes and the bulk reads of
// patient data) as what happened, and each entry's instant as the wall clock of the person reading the trail.

const ACTION_LABELS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'demo.open': 'Demo pharmacy opened',
    'patients.save': 'Patient saved',
    'plans.save': 'Plan of care saved',
    'holds.add': 'Therapy hold recorded',
    'visits.add': 'Nursing visit recorded',
    'pumpEvents.add': 'Pump event recorded',
    'documents.add': 'Document added',
    'episodes.discharge': 'Patient discharged',
    'patients.statement': 'Patient statement made (PDF)',
    'dataset.import': 'Dataset imported',
    'dataset.export': 'Dataset exported',
    'pharmacy.save': 'Pharmacy profile saved',
    'prescribers.save': 'Prescriber saved',
    'drugs.save': 'Drug saved',
    'drugs.loadStarterCatalog': 'Starter drug catalog loaded',
    'payers.save': 'Payer saved',
    'payers.setFee': 'Payer fee set',
    'claims.saveSettings': 'Claim settings saved',
    'claims.export': 'Claims exported (837P)',
    'claims.exportPaper': 'Claims exported (CMS-1500)',
    'claims.csv': 'Claim lines exported (CSV)',
    'claims.file': 'Claim file downloaded again',
    'claims.adjudicate': 'Payer’s answer recorded',
    'claims.correct': 'Corrected claim sent (7)',
    'claims.void': 'Claim voided (8)',
    'remittances.post': 'Remittance posted',
    'acknowledgments.read': 'Acknowledgment read (999 or 277CA)',
    'workQueue.act': 'Work item',
    'database.backup': 'Backup made',
  }),
);

/** What an entry's channel did, in words; a channel this page does not know yet is shown as it is. */
export const actionLabel = (action: string): string => ACTION_LABELS.get(action) ?? action;

/** An instant as the reader's wall clock: the calendar date the date filters compare, the time and the zone's name. */
export interface LocalStamp {
  date: CalendarDate;
  /** HH:MM:SS, 24-hour. */
  time: string;
  /** The zone's short name ("CST", "GMT+14"); empty when the instant could not be read. */
  zone: string;
}

// Clock.now() writes ISO 8601 UTC with milliseconds; seconds-only and longer fractions are read too.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;
const DAY_MS = 86_400_000;

/**
 * Milliseconds since 1970-01-01T00:00Z, by the calendar module's day numbers (the page never builds a Date:
 * eslint no-restricted-globals), or null for text that is not such an instant.
 */
export function instantMillis(at: string): number | null {
  const m = INSTANT.exec(at);
  if (!m || !isCalendarDate(m[1])) return null;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const millis = Number((m[5] ?? '').padEnd(3, '0').slice(0, 3));
  return toDayNumber(m[1]) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      ...(timeZone ? { timeZone } : {}),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * The entry's instant in the reader's time zone (or `timeZone`). Not `at.slice(0, 10)`: that is the UTC date, and
 * an entry made at 9 pm in Chicago would show, and filter, as the next day. The date shown and the date the
 * From/To filters compare are the same one.
 */
export function localStamp(at: string, timeZone?: string): LocalStamp {
  const millis = instantMillis(at);
  if (millis === null) return { date: at.slice(0, 10), time: at.slice(11, 19), zone: '' };
  const parts = Object.fromEntries(
    wallClock(timeZone)
      .formatToParts(millis)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}:${parts['second']}`,
    zone: parts['timeZoneName'] ?? '',
  };
}

/** "12/27/2026 21:30:05 CST": the When column, and the name of the button that opens the entry. */
export function stampLabel(stamp: LocalStamp): string {
  const date = isCalendarDate(stamp.date) ? formatUsDate(stamp.date) : stamp.date;
  return [date, stamp.time, stamp.zone].filter(Boolean).join(' ');
}
