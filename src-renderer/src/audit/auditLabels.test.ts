import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src-main/calendar/calendarDate';
import { actionLabel, instantMillis, localStamp, stampLabel } from './auditLabels';

describe('audit actions in words', () => {
  it('names the audited channels and shows an unknown one as it is', () => {
    expect(actionLabel('patients.save')).toBe('Patient saved');
    expect(actionLabel('claims.export')).toBe('Claims exported (837P)');
    expect(actionLabel('dataset.export')).toBe('Dataset exported');
    expect(actionLabel('remittances.post')).toBe('Remittance posted');
    expect(actionLabel('workQueue.act')).toBe('Work item');
    expect(actionLabel('database.backup')).toBe('Backup made');
    expect(actionLabel('pharmacy.rename')).toBe('pharmacy.rename');
    expect(actionLabel('constructor')).toBe('constructor');
  });
});

describe('audit instants (ISO 8601 UTC, as Clock.now() writes them)', () => {
  it('reads an instant to the millisecond, without a Date', () => {
    expect(instantMillis('1970-01-01T00:00:00.000Z')).toBe(0);
    expect(instantMillis('2026-12-28T03:30:05.123Z')).toBe(1798428605123);
    expect(instantMillis('2026-12-28T03:30:05Z')).toBe(1798428605000);
    expect(instantMillis('2026-12-28T03:30:05.1239Z')).toBe(1798428605123);
  });

  it('refuses text that is not such an instant', () => {
    for (const text of ['', '2026-12-28', '2026-12-28T03:30:05', '2026-02-30T00:00:00Z', '2026-12-28T24:00:00Z', 'yesterday']) {
      expect(instantMillis(text)).toBeNull();
    }
  });

  it('reads back, in UTC, the very date and time it was given, for any instant in the supported years', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }),
        fc.integer({ min: 0, max: 86_399_999 }),
        (day, ofDay) => {
          const time = `${pad(Math.floor(ofDay / 3_600_000))}:${pad(Math.floor(ofDay / 60_000) % 60)}:${pad(Math.floor(ofDay / 1000) % 60)}`;
          const at = `${fromDayNumber(day)}T${time}.${pad(ofDay % 1000, 3)}Z`;
          expect(instantMillis(at)).toBe(day * 86_400_000 + ofDay);
          expect(localStamp(at, 'UTC')).toEqual({ date: fromDayNumber(day), time, zone: 'UTC' });
        },
      ),
    );
  });

  it('gives the date and time of the reader’s zone: an evening in Chicago is not the next day', () => {
    const at = '2026-12-28T03:30:05.000Z';
    expect(localStamp(at, 'America/Chicago')).toEqual({ date: '2026-12-27', time: '21:30:05', zone: 'CST' });
    expect(localStamp(at, 'UTC')).toEqual({ date: '2026-12-28', time: '03:30:05', zone: 'UTC' });
    expect(localStamp('2026-07-01T00:15:00.000Z', 'America/Los_Angeles')).toEqual({ date: '2026-06-30', time: '17:15:00', zone: 'PDT' });
    expect(localStamp('2026-12-27T10:00:00.000Z', 'Pacific/Kiritimati')).toEqual({ date: '2026-12-28', time: '00:00:00', zone: 'GMT+14' });
  });

  it('shows text it cannot read as it is, without a zone', () => {
    expect(localStamp('2026-12-28 03:30')).toEqual({ date: '2026-12-28', time: '03:30', zone: '' });
  });

  it('labels a stamp as the page shows dates (MM/DD/YYYY), with the time and zone', () => {
    expect(stampLabel({ date: '2026-12-27', time: '21:30:05', zone: 'CST' })).toBe('12/27/2026 21:30:05 CST');
    expect(stampLabel({ date: 'garbage', time: '', zone: '' })).toBe('garbage');
  });
});
