import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInterchange } from './testing/remitFixtures';
import type { FixtureSegment } from './testing/remitFixtures';
import { X12ReadError, components, element, readSegments } from './x12Segments';

// The tokenizer: separators from the ISA (whatever they are), segment ordinals and file lines for messages,
// and the layouts real files arrive in (one long line, a break after each terminator, CRLF, BOM, trailing space).

const body: FixtureSegment[] = [
  ['BPR', 'I', '100', 'C', 'ACH'],
  ['TRN', '1', 'EFT1', '1512345678'],
  ['SVC', ['HC', 'S9502', 'SH'], '100', '80'],
];

describe('readSegments: separators come from the ISA', () => {
  it('reads * elements, : components, ^ repetition and ~ terminators', () => {
    const { separators, segments } = readSegments(fixtureInterchange([[body]]));
    expect(separators).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'BPR', 'TRN', 'SVC', 'SE', 'GE', 'IEA']);
    const svc = segments[5]!;
    expect(element(svc, 1)).toBe('HC:S9502:SH');
    expect(components(element(svc, 1), separators)).toEqual(['HC', 'S9502', 'SH']);
    expect(element(svc, 9)).toBe('');
  });

  it('reads | elements, > components and ! terminators, one segment per line', () => {
    const text = fixtureInterchange([[body]], { element: '|', component: '>', repetition: '^', segment: '!', lineBreak: '\n' });
    expect(text).toContain('SVC|HC>S9502>SH|100|80!\n');
    const { separators, segments } = readSegments(text);
    expect(separators).toEqual({ element: '|', component: '>', repetition: '^', segment: '!' });
    const svc = segments.find((s) => s.id === 'SVC')!;
    expect(svc).toEqual({ id: 'SVC', elements: ['SVC', 'HC>S9502>SH', '100', '80'], ordinal: 6, line: 6 });
  });

  it('has no repetition separator when ISA11 is U', () => {
    const { separators } = readSegments(fixtureInterchange([[body]], { repetition: 'U' }));
    expect(separators.repetition).toBeNull();
  });

  it('counts lines for CRLF, a BOM, blank lines and spaces after terminators', () => {
    const text = '\uFEFF' + fixtureInterchange([[body]], { lineBreak: '\r\n' }).replace('~\r\nTRN', '~  \r\n\r\nTRN') + '  \r\n\n ';
    const { segments, warnings } = readSegments(text);
    expect(segments.map((s) => [s.id, s.ordinal, s.line])).toEqual([
      ['ISA', 1, 1],
      ['GS', 2, 2],
      ['ST', 3, 3],
      ['BPR', 4, 4],
      ['TRN', 5, 6],
      ['SVC', 6, 7],
      ['SE', 7, 8],
      ['GE', 8, 9],
      ['IEA', 9, 10],
    ]);
    expect(segments[4]!.elements).toEqual(['TRN', '1', 'EFT1', '1512345678']);
    expect(warnings).toEqual([]);
  });

  it('puts every segment on line 1 when the file is one long line', () => {
    const { segments } = readSegments(fixtureInterchange([[body]], { lineBreak: '' }));
    expect(new Set(segments.map((s) => s.line))).toEqual(new Set([1]));
    expect(segments.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('accepts a line break as the segment terminator', () => {
    const text = fixtureInterchange([[body]], { segment: '\n', lineBreak: '' });
    const { separators, segments } = readSegments(text);
    expect(separators.segment).toBe('\n');
    expect(segments.map((s) => [s.id, s.line])).toContainEqual(['SVC', 6]);
  });
});

describe('readSegments: deviations it tolerates with one warning', () => {
  it('reads lowercase segment ids in uppercase', () => {
    const text = fixtureInterchange([[body]])
      .replace('BPR*', 'bpr*')
      .replace('TRN*', 'trn*');
    const { segments, warnings } = readSegments(text);
    expect(segments[3]!.id).toBe('BPR');
    expect(segments[3]!.elements[0]).toBe('BPR');
    expect(segments[4]!.id).toBe('TRN');
    expect(warnings).toEqual([
      { line: 4, segmentId: 'BPR', message: "segment id 'bpr' is in lowercase; read as BPR (and so for the others)" },
    ]);
  });

  it('keeps extra empty trailing elements and says so once', () => {
    const text = fixtureInterchange([[body]])
      .replace('ACH~', 'ACH***~')
      .replace('1512345678~', '1512345678*~');
    const { segments, warnings } = readSegments(text);
    expect(segments[3]!.elements).toEqual(['BPR', 'I', '100', 'C', 'ACH', '', '', '']);
    expect(warnings.map((w) => [w.line, w.segmentId])).toEqual([[4, 'BPR']]);
  });

  it('reads a last segment that has no terminator', () => {
    const text = fixtureInterchange([[body]]).replace(/~\n$/, '\n');
    const { segments, warnings } = readSegments(text);
    expect(segments[8]!.elements).toEqual(['IEA', '1', '000000101']);
    expect(warnings).toEqual([{ line: 9, segmentId: 'IEA', message: "the last segment has no terminator '~'" }]);
  });
});

describe('readSegments: what it refuses', () => {
  it('refuses a file that does not begin with ISA, naming line and segment', () => {
    const text = fixtureInterchange([[body]]).replace(/^ISA[^~]*~\n/, '');
    expect(() => readSegments(text)).toThrow(X12ReadError);
    expect(() => readSegments(text)).toThrow('line 1, segment GS (#1): the file does not begin with an ISA interchange header');
  });

  it('names the line of the first content when the file begins with blank lines', () => {
    expect(() => readSegments('\n\r\nGS*HP~')).toThrow('line 3, segment GS (#1): the file does not begin with an ISA interchange header');
  });

  it('refuses a cut-off ISA', () => {
    expect(() => readSegments('ISA*00*          *00*')).toThrow('line 1, segment ISA (#1): the ISA segment is incomplete');
  });

  it('refuses a segment whose id is not an id, with its ordinal and line', () => {
    const text = fixtureInterchange([[body]]).replace('TRN*', '12*');
    try {
      readSegments(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(X12ReadError);
      const e = error as X12ReadError;
      expect([e.segmentId, e.segmentNumber, e.line]).toEqual(['12*', 5, 5]);
      expect(e.message).toBe("line 5, segment 12* (#5): '12' is not a segment id");
    }
  });
});

describe('readSegments: property', () => {
  const separatorSets = fc.constantFrom(
    { element: '*', component: ':', repetition: '^', segment: '~' },
    { element: '|', component: '>', repetition: '^', segment: '!' },
    { element: '^', component: '\\', repetition: '{', segment: '~' },
  );
  // Values never contain a separator and never start with whitespace, as X12 requires of a segment's first characters.
  const value = fc.string({ unit: fc.constantFrom(...'ABCXYZ0129 .-/#@&()'.split('')), maxLength: 12 });

  it('splits any element values back exactly, with ordinals and lines', () => {
    fc.assert(
      fc.property(
        separatorSets,
        fc.constantFrom('', '\n', '\r\n'),
        fc.array(fc.tuple(fc.constantFrom('REF', 'NM1', 'DTM', 'N3'), fc.array(value, { minLength: 1, maxLength: 8 })), { maxLength: 6 }),
        (separators, lineBreak, rows) => {
          // A value that ends the segment in spaces is fine; an all-empty tail is dropped by the fixture, so end with 'Z'.
          const segments: FixtureSegment[] = rows.map(([id, values]) => [id, ...values, 'Z']);
          const text = fixtureInterchange([[segments]], { ...separators, lineBreak });
          const read = readSegments(text).segments.slice(3, 3 + segments.length);
          expect(read.map((s) => s.elements)).toEqual(segments.map((s) => [...s]));
          expect(read.map((s) => s.ordinal)).toEqual(segments.map((_, i) => i + 4));
          expect(read.map((s) => s.line)).toEqual(segments.map((_, i) => (lineBreak === '' ? 1 : i + 4)));
        },
      ),
    );
  });
});
