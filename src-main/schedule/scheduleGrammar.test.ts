import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, dosesPerDoseDay, parseSchedule } from './scheduleGrammar';
import type { Schedule, Weekday } from './scheduleGrammar';

const parsed = (text: string): Schedule => {
  const r = parseSchedule(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.message}`);
  return r.schedule;
};
const error = (text: string): string => {
  const r = parseSchedule(text);
  if (r.ok) throw new Error(`expected "${text}" to be rejected, got ${JSON.stringify(r.schedule)}`);
  return r.message;
};
const ALLOWED_HOURS = [1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72];

describe('q<N>h', () => {
  it.each([4, 8, 12, 24, 36, 48, 72, 1, 2, 3, 6])('q%dh is every %d hours', (hours) => {
    expect(parsed(`q${hours}h`)).toEqual({ kind: 'every-hours', hours });
  });

  it.each([5, 7, 9, 10, 16, 18, 30, 96, 0])('q%dh is rejected with a message', (hours) => {
    expect(error(`q${hours}h`)).toBe(`q${hours}h: the hours must divide 24, or be 36, 48 or 72`);
  });

  it('property: q<N>h is valid exactly for N dividing 24 or N in 36/48/72', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const r = parseSchedule(`q${n}h`);
        expect(r.ok).toBe(ALLOWED_HOURS.includes(n));
        if (r.ok) expect(r.schedule).toEqual({ kind: 'every-hours', hours: n });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('q<N>d and q<N>w', () => {
  it('q<N>d is every N days', () => {
    expect(parsed('q10d')).toEqual({ kind: 'every-days', days: 10 });
    expect(parsed('q1d')).toEqual({ kind: 'every-days', days: 1 });
    expect(parsed('q2d')).toEqual({ kind: 'every-days', days: 2 });
    expect(parsed('q999d')).toEqual({ kind: 'every-days', days: 999 });
  });

  it('q0d is rejected', () => {
    expect(error('q0d')).toBe('q0d: the interval must be at least 1 day');
  });

  it('q<N>w is every N weeks', () => {
    expect(parsed('q2w')).toEqual({ kind: 'every-weeks', weeks: 2 });
    expect(parsed('q1w')).toEqual({ kind: 'every-weeks', weeks: 1 });
    expect(parsed('q4w')).toEqual({ kind: 'every-weeks', weeks: 4 });
  });

  it('q0w is rejected', () => {
    expect(error('q0w')).toBe('q0w: the interval must be at least 1 week');
  });

  it('property: q<N>d parses for every N in 1..999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (days) => {
        expect(parsed(`q${days}d`)).toEqual({ kind: 'every-days', days });
      }),
    );
  });
});

describe('weekly:<days>', () => {
  it('keeps days given in weekday order', () => {
    expect(parsed('weekly:MO,WE,FR')).toEqual({ kind: 'weekly', days: ['MO', 'WE', 'FR'] });
    expect(parsed('weekly:TU')).toEqual({ kind: 'weekly', days: ['TU'] });
    expect(parsed('weekly:MO,TU,WE,TH,FR,SA,SU')).toEqual({ kind: 'weekly', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] });
  });

  it('normalizes days to weekday order', () => {
    expect(parsed('weekly:FR,MO,WE')).toEqual({ kind: 'weekly', days: ['MO', 'WE', 'FR'] });
    expect(parsed('weekly:SU,MO')).toEqual({ kind: 'weekly', days: ['MO', 'SU'] });
    expect(parsed('weekly:SA,TH,TU')).toEqual({ kind: 'weekly', days: ['TU', 'TH', 'SA'] });
  });

  it('rejects an unknown weekday, naming it', () => {
    expect(error('weekly:XX')).toBe('unknown weekday XX; use MO,TU,WE,TH,FR,SA,SU');
    expect(error('weekly:MO,XX,FR')).toBe('unknown weekday XX; use MO,TU,WE,TH,FR,SA,SU');
    expect(error('weekly:MON,WED')).toBe('unknown weekday MON, WED; use MO,TU,WE,TH,FR,SA,SU');
  });

  it('rejects a repeated weekday', () => {
    expect(error('weekly:MO,MO')).toBe('a weekday is repeated');
    expect(error('weekly:MO,WE,FR,WE')).toBe('a weekday is repeated');
  });

  it.each(['weekly:', 'weekly:mo,we', 'weekly: MO', 'weekly:MO;WE', 'weekly', 'weekly:MO,'])('rejects %s', (text) => {
    expect(parseSchedule(text).ok).toBe(false);
  });

  it('property: any non-empty set of weekdays, in any order, parses to those days in weekday order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }), (days: Weekday[]) => {
        expect(parsed(`weekly:${days.join(',')}`)).toEqual({ kind: 'weekly', days: WEEKDAYS.filter((d) => days.includes(d)) });
      }),
    );
  });

  it('property: listing any weekday twice is rejected', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }), fc.nat(), (days, i) => {
        const withRepeat = [...days, days[i % days.length]];
        expect(error(`weekly:${withRepeat.join(',')}`)).toBe('a weekday is repeated');
      }),
    );
  });
});

describe('keywords and garbage', () => {
  it('monthly, continuous and once', () => {
    expect(parsed('monthly')).toEqual({ kind: 'monthly' });
    expect(parsed('continuous')).toEqual({ kind: 'continuous' });
    expect(parsed('once')).toEqual({ kind: 'once' });
  });

  it('ignores surrounding white space', () => {
    expect(parsed('  q8h ')).toEqual({ kind: 'every-hours', hours: 8 });
    expect(parsed('\tonce\n')).toEqual({ kind: 'once' });
  });

  it('rejects anything else with the list of forms', () => {
    expect(error('BID')).toBe('"BID" is not a schedule: use q<N>h, q<N>d, weekly:MO,WE,FR, q<N>w, monthly, continuous or once');
  });

  it.each(['BID', 'TID', 'daily', 'Q8H', 'q8', 'q h', 'qh', '8h', 'q8hr', 'q-8h', 'q1.5h', 'q1000h', 'q100w', 'Monthly', 'ONCE', ''])(
    'rejects %j',
    (text) => {
      expect(parseSchedule(text).ok).toBe(false);
    },
  );
});

describe('dosesPerDoseDay', () => {
  it.each([
    ['q1h', 24],
    ['q4h', 6],
    ['q6h', 4],
    ['q8h', 3],
    ['q12h', 2],
    ['q24h', 1],
    ['q36h', 1],
    ['q48h', 1],
    ['q72h', 1],
    ['q10d', 1],
    ['q2w', 1],
    ['weekly:MO,WE,FR', 1],
    ['monthly', 1],
    ['continuous', 1],
    ['once', 1],
  ])('%s -> %d', (text, doses) => {
    expect(dosesPerDoseDay(parsed(text))).toBe(doses);
  });

  it('gives a whole number of doses covering 24 hours for every interval up to a day', () => {
    for (const hours of ALLOWED_HOURS.filter((h) => h <= 24)) {
      const doses = dosesPerDoseDay(parsed(`q${hours}h`));
      expect(Number.isInteger(doses)).toBe(true);
      expect(doses * hours).toBe(24);
    }
  });
});
