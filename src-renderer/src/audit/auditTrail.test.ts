import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTrailFixture } from '../../testing/auditTrailFixture';
import { auditCsv, auditRows, csvField, filterChoices, filterRows, NO_FILTERS } from './auditTrail';

// Oldest first, as audit.list answers.
const trail = auditTrailFixture();
const rows = auditRows(trail, 'America/Chicago');
const actions = (r: typeof rows) => r.map((row) => row.entry.action);

describe('the audit trail, newest first and filtered', () => {
  it('puts the newest entry first, each with its words and its Chicago wall clock', () => {
    expect(rows.map((r) => [r.key, r.what, r.stamp.date, r.stamp.time])).toEqual([
      [3, 'pharmacy.rename', '2026-12-28', '09:00:00'],
      [2, 'Claims exported (837P)', '2026-12-27', '21:30:00'],
      [1, 'Patient saved', '2026-12-27', '10:10:00'],
      [0, 'Demo pharmacy opened', '2026-12-26', '09:00:00'],
    ]);
  });

  it('matches free text in who, the action (code or words) and what it was about, ignoring case', () => {
    expect(actions(filterRows(rows, { ...NO_FILTERS, text: '  LINDQVIST ' }))).toEqual(['patients.save']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, text: 'maria' }))).toEqual(['claims.export', 'demo.open']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, text: 'exported' }))).toEqual(['claims.export']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, text: 'patients.' }))).toEqual(['patients.save']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, text: 'nobody' }))).toEqual([]);
  });

  it('narrows by action and by actor', () => {
    expect(actions(filterRows(rows, { ...NO_FILTERS, action: 'claims.export' }))).toEqual(['claims.export']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, actor: 'sam' }))).toEqual(['pharmacy.rename', 'patients.save']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, actor: 'sam', action: 'claims.export' }))).toEqual([]);
  });

  it('bounds the local date, both ends included: 9:30 pm in Chicago on the 27th is the 27th, not the UTC 28th', () => {
    expect(actions(filterRows(rows, { ...NO_FILTERS, from: '2026-12-27', to: '2026-12-27' }))).toEqual(['claims.export', 'patients.save']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, from: '2026-12-28' }))).toEqual(['pharmacy.rename']);
    expect(actions(filterRows(rows, { ...NO_FILTERS, to: '2026-12-26' }))).toEqual(['demo.open']);
  });

  it('keeps the order and drops nothing without a filter (any trail)', () => {
    const entry = fc.record({
      at: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-06-30T23:59:59.999Z', 'not an instant'),
      actor: fc.string(),
      action: fc.constantFrom('patients.save', 'claims.export', 'x.y'),
      entity: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.string({ maxLength: 3 }), (entries, text) => {
        const all = auditRows(entries, 'UTC');
        expect(filterRows(all, NO_FILTERS)).toEqual(all);
        const some = filterRows(all, { ...NO_FILTERS, text });
        expect(some.map((r) => r.key)).toEqual(all.map((r) => r.key).filter((k) => some.some((r) => r.key === k)));
      }),
    );
  });

  it('offers the actions present by their words, and the actors present by name', () => {
    expect(filterChoices(rows)).toEqual({
      actions: [
        { value: 'claims.export', label: 'Claims exported (837P)' },
        { value: 'demo.open', label: 'Demo pharmacy opened' },
        { value: 'patients.save', label: 'Patient saved' },
        { value: 'pharmacy.rename', label: 'pharmacy.rename' },
      ],
      actors: ['maria', 'sam'],
    });
  });
});

/** RFC 4180 read back: the test's own reader, to show what any spreadsheet would see. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      fields.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      records.push([...fields, field]);
      fields = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

describe('the audit trail as CSV', () => {
  it('writes the rows shown, with before and after as JSON text, quoting commas and quotes', () => {
    const shown = filterRows(rows, { ...NO_FILTERS, actor: 'sam' });
    expect(auditCsv(shown)).toBe(
      'at,actor,action,entity,before,after\r\n' +
        '2026-12-28T15:00:00.000Z,sam,pharmacy.rename,pharmacy profile,,\r\n' +
        '2026-12-27T16:10:00.000Z,sam,patients.save,patient lindqvist,' +
        '"{""id"":""lindqvist"",""street"":""1 Elm St""}","{""id"":""lindqvist"",""street"":""2 Oak Ave""}"\r\n',
    );
  });

  it('quotes a value holding a comma and a quote so that it reads back whole', () => {
    const odd = auditRows([{ at: '2026-12-27T16:10:00.000Z', actor: 'O"Neil, Pat', action: 'patients.save', entity: 'patient a,b' }]);
    const csv = auditCsv(odd);
    expect(csv.split('\r\n')[1]).toBe('2026-12-27T16:10:00.000Z,"O""Neil, Pat",patients.save,"patient a,b",,');
    expect(readCsv(csv)[1]).toEqual(['2026-12-27T16:10:00.000Z', 'O"Neil, Pat', 'patients.save', 'patient a,b', '', '']);
  });

  it('reads back any text it quotes, line breaks included; a would-be formula comes back behind an apostrophe', () => {
    const formula = (f: string) => /^[=+\-@\t\r]/.test(f) && !/^[+-]?\d+(\.\d+)?$/.test(f);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '=', '-', '1') }), { minLength: 1, maxLength: 6 }),
        (fields) => {
          expect(readCsv(fields.map(csvField).join(',') + '\r\n')).toEqual([fields.map((f) => (formula(f) ? `'${f}` : f))]);
        },
      ),
    );
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-12.50')).toBe('-12.50');
  });
});
