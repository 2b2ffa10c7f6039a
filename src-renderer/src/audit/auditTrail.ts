import type { CalendarDate } from '../../../src-main/calendar/calendarDate';
import type { AuditEntryView } from '../../../src-main/vocabulary';
import { actionLabel, localStamp, type LocalStamp } from './auditLabels';

// The trail as the Audit screen works it (HIPAA 164.312(b) audit controls): newest first, narrowed by the
// reader's filters, and written out as CSV exactly as it is filtered.

export interface AuditRow {
  /** The entry's place in the trail, oldest = 0: entries are append-only, so it stays the same between reads. */
  key: number;
  entry: AuditEntryView;
  stamp: LocalStamp;
  /** The action in words. */
  what: string;
}

export interface AuditFilters {
  text: string;
  action: string;
  actor: string;
  from: CalendarDate | '';
  to: CalendarDate | '';
}

export const NO_FILTERS: AuditFilters = { text: '', action: '', actor: '', from: '', to: '' };

/** The trail (oldest first, as audit.list gives it) newest first, each entry with its local time and words. */
export function auditRows(entries: readonly AuditEntryView[], timeZone?: string): AuditRow[] {
  return entries.map((entry, key) => ({ key, entry, stamp: localStamp(entry.at, timeZone), what: actionLabel(entry.action) })).reverse();
}

/** Free text matches who, the action (its channel or its words) and what it was about; dates bound the local date. */
export function filterRows(rows: readonly AuditRow[], filters: AuditFilters): AuditRow[] {
  const needle = filters.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (filters.action === '' || r.entry.action === filters.action) &&
      (filters.actor === '' || r.entry.actor === filters.actor) &&
      (filters.from === '' || r.stamp.date >= filters.from) &&
      (filters.to === '' || r.stamp.date <= filters.to) &&
      (needle === '' || [r.entry.actor, r.entry.action, r.what, r.entry.entity].some((field) => field.toLowerCase().includes(needle))),
  );
}

/** The actions and actors present in the trail, for the filters' choices: actions by their words, actors by name. */
export function filterChoices(rows: readonly AuditRow[]): { actions: { value: string; label: string }[]; actors: string[] } {
  const actions = new Map(rows.map((r) => [r.entry.action, r.what]));
  return {
    actions: [...actions].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    actors: [...new Set(rows.map((r) => r.entry.actor))].sort((a, b) => a.localeCompare(b)),
  };
}

/**
 * RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. A field a spreadsheet
 * would run as a formula (=, +, -, @ first, and not a number) is opened with an apostrophe (OWASP CSV injection).
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const json = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

/** The rows as CSV, in the order shown: the instant as recorded (UTC), the channel, and before/after as JSON text. */
export function auditCsv(rows: readonly AuditRow[]): string {
  const lines = [
    ['at', 'actor', 'action', 'entity', 'before', 'after'],
    ...rows.map(({ entry: e }) => [e.at, e.actor, e.action, e.entity, json(e.before), json(e.after)]),
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
