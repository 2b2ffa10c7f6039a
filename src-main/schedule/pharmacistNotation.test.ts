import { describe, expect, it } from 'vitest';
import { fromPharmacistNotation } from './pharmacistNotation';

const schedule = (text: string) => {
  const r = fromPharmacistNotation(text);
  return r.ok ? r.schedule : `error: ${r.message}`;
};

describe('schedules typed the way a pharmacist writes them', () => {
  it.each([
    ['q8h', 'q8h'],
    ['Q12H', 'q12h'],
    ['q 6 h', 'q6h'],
    ['every 4 hours', 'q4h'],
    ['TID', 'q8h'],
    ['bid', 'q12h'],
    ['daily', 'q24h'],
    ['QOD', 'q2d'],
    ['every 10 days', 'q10d'],
    ['q10d', 'q10d'],
    ['weekly', 'q1w'],
    ['every 2 weeks', 'q2w'],
    ['q8w', 'q8w'],
    ['monthly', 'monthly'],
    ['continuous', 'continuous'],
    ['once', 'once'],
    ['MWF', 'weekly:MO,WE,FR'],
    ['TTh', 'weekly:TU,TH'],
    ['Mon, Wed, Fri', 'weekly:MO,WE,FR'],
    ['MTWThF', 'weekly:MO,TU,WE,TH,FR'],
    ['weekly:mo,we,fr', 'weekly:MO,WE,FR'],
    ['Sa Su', 'weekly:SA,SU'],
  ])('%s -> %s', (typed, expected) => {
    expect(schedule(typed)).toBe(expected);
  });

  it('explains what is wrong with an interval the grammar does not allow', () => {
    expect(schedule('q5h')).toBe('error: q5h: the hours must divide 24, or be 36, 48 or 72');
  });

  it('rejects text that is not a schedule, saying what would be', () => {
    expect(schedule('as needed')).toMatch(/^error: "as needed" is not a schedule Dripline knows/);
    expect(schedule('')).toMatch(/^error: Enter a schedule/);
    expect(schedule('MM')).toBe('error: "MM" names a weekday twice');
    expect(schedule('weekly:MO,')).toBe('error: a weekday is missing between the commas');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'treats "%s" (an Object.prototype name) as text that is not a schedule',
    (typed) => {
      expect(schedule(typed)).toBe(
        `error: "${typed}" is not a schedule Dripline knows: try q8h, TID, q24h, MWF, every 10 days, weekly, q2w, monthly, continuous or once`,
      );
    },
  );
});
