import { parseSchedule, type Schedule, type Weekday } from './scheduleGrammar';

// The schedule as a pharmacist types it (q8h, TID, MWF, every 10 days, weekly, monthly, continuous) turned
// into the contract's grammar. Pure; the order editor previews the result as the user types.

const FREQUENCY_WORDS: Record<string, string> = {
  qd: 'q24h',
  daily: 'q24h',
  'once daily': 'q24h',
  'every day': 'q24h',
  bid: 'q12h',
  'twice daily': 'q12h',
  tid: 'q8h',
  qid: 'q6h',
  qod: 'q2d',
  'every other day': 'q2d',
  weekly: 'q1w',
  'once weekly': 'q1w',
  'every week': 'q1w',
  'once a week': 'q1w',
  'once per week': 'q1w',
  monthly: 'monthly',
  'once a month': 'monthly',
  'once per month': 'monthly',
  'every month': 'monthly',
  continuous: 'continuous',
  'continuous infusion': 'continuous',
  '24h continuous': 'continuous',
  once: 'once',
  'one time': 'once',
  'single dose': 'once',
};

// Day letters as pharmacists write them: M T W Th F Sa Su (and the two-letter contract codes).
const DAY_TOKENS: [RegExp, Weekday][] = [
  [/^(mon|mo|m)/, 'MO'],
  [/^(tues|tue|tu)/, 'TU'],
  [/^(wed|we|w)/, 'WE'],
  [/^(thurs|thur|thu|th|r)/, 'TH'],
  [/^(fri|fr|f)/, 'FR'],
  [/^(sat|sa)/, 'SA'],
  [/^(sun|su)/, 'SU'],
  [/^t/, 'TU'],
];

function weekdaySet(text: string): Weekday[] | null {
  let rest = text.toLowerCase().replace(/[\s,/&+-]|and/g, '');
  if (rest.length === 0) return null;
  const days: Weekday[] = [];
  while (rest.length > 0) {
    const hit = DAY_TOKENS.find(([re]) => re.test(rest));
    if (!hit) return null;
    const [re, day] = hit;
    days.push(day);
    rest = rest.replace(re, '');
  }
  return days;
}

export type NotationResult = { ok: true; schedule: string; parsed: Schedule } | { ok: false; message: string };

export function fromPharmacistNotation(input: string): NotationResult {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: 'Enter a schedule, e.g. q8h, q24h, MWF, every 10 days, weekly, monthly or continuous' };
  const lower = text.toLowerCase();
  const accept = (schedule: string): NotationResult => {
    const parsed = parseSchedule(schedule);
    return parsed.ok ? { ok: true, schedule, parsed: parsed.schedule } : { ok: false, message: parsed.message };
  };

  // Own keys only: typed words such as "constructor" or "__proto__" must not reach Object.prototype.
  const word = Object.hasOwn(FREQUENCY_WORDS, lower) ? FREQUENCY_WORDS[lower] : undefined;
  if (word !== undefined) return accept(word);
  let m = /^q\s*(\d+)\s*(h|hr|hrs|hours?)$/.exec(lower) ?? /^every (\d+) ?(h|hr|hrs|hours?)$/.exec(lower);
  if (m) return accept(`q${m[1]}h`);
  m = /^q\s*(\d+)\s*(d|days?)$/.exec(lower) ?? /^every (\d+) days?$/.exec(lower);
  if (m) return accept(`q${m[1]}d`);
  m = /^q\s*(\d+)\s*(w|wk|wks|weeks?)$/.exec(lower) ?? /^every (\d+) weeks?$/.exec(lower);
  if (m) return accept(`q${m[1]}w`);
  if (/^weekly:/i.test(text)) return accept(`weekly:${text.slice('weekly:'.length).toUpperCase().replace(/\s/g, '')}`);
  const days = weekdaySet(text);
  if (days && days.length > 0) {
    if (new Set(days).size !== days.length) return { ok: false, message: `"${text}" names a weekday twice` };
    return accept(`weekly:${days.join(',')}`);
  }
  const direct = parseSchedule(text);
  if (direct.ok) return { ok: true, schedule: text, parsed: direct.schedule };
  return {
    ok: false,
    message: `"${text}" is not a schedule Dripline knows: try q8h, TID, q24h, MWF, every 10 days, weekly, q2w, monthly, continuous or once`,
  };
}
