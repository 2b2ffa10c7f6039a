// X12 tokenizer for the readers (835, 999, 277CA): separators come from the ISA segment, never assumed.
// Pure: text in, segments out. X12.5 (Control Segments) fixes the ISA layout the separators are read from.

/** The delimiters of one interchange (ISA position 3, ISA11, ISA16 and the character after ISA16). */
export interface X12Separators {
  element: string;
  component: string;
  /** ISA11 in 00501; null when ISA11 is 'U' (the 00401 standards identifier, no repetition separator). */
  repetition: string | null;
  segment: string;
}

/** One segment: `elements[0]` is the segment id, `elements[n]` is element n (CLP01 is elements[1]). */
export interface X12Segment {
  id: string;
  elements: string[];
  /** 1-based position of the segment in the file. */
  ordinal: number;
  /** 1-based line of the file where the segment starts. */
  line: number;
}

/** A deviation the reader tolerated because the money stays unambiguous. */
export interface ReadWarning {
  line: number;
  segmentId: string;
  message: string;
}

export interface X12SegmentList {
  separators: X12Separators;
  segments: X12Segment[];
  warnings: ReadWarning[];
}

/** Where the reader stopped: the segment and line are in the message so a biller can open the file there. */
export class X12ReadError extends Error {
  readonly segmentId: string;
  readonly segmentNumber: number;
  readonly line: number;

  constructor(at: { id: string; ordinal: number; line: number }, detail: string) {
    super(`line ${at.line}, segment ${at.id || '(none)'} (#${at.ordinal}): ${detail}`);
    this.name = 'X12ReadError';
    this.segmentId = at.id;
    this.segmentNumber = at.ordinal;
    this.line = at.line;
  }
}

/** Element n of a segment ('' when absent), so readers can write `element(clp, 3)` for CLP03. */
export function element(segment: X12Segment, position: number): string {
  return segment.elements[position] ?? '';
}

/** The components of a composite element (SVC01 HC:S9502:SH -> ['HC', 'S9502', 'SH']). */
export function components(value: string, separators: X12Separators): string[] {
  return value === '' ? [] : value.split(separators.component);
}

const LEADING_SPACE = /^[\s\uFEFF]*/;
const SEGMENT_ID = /^[A-Za-z][A-Za-z0-9]{1,2}$/;
// X12.5: ISA is 16 elements; its element separator is the 4th character of the interchange.
const ISA_ELEMENT_COUNT = 16;

function separatorsOf(text: string, line: number): X12Separators {
  const first = text.slice(0, 3);
  if (first.toUpperCase() !== 'ISA' || text.length < 4) {
    const id = /^[A-Za-z0-9]{1,3}/.exec(text)?.[0] ?? '';
    throw new X12ReadError({ id, ordinal: 1, line }, 'the file does not begin with an ISA interchange header: not an X12 interchange');
  }
  const elementSeparator = text.charAt(3);
  let at = 3;
  const fields: string[] = [];
  for (let n = 1; n < ISA_ELEMENT_COUNT; n++) {
    const next = text.indexOf(elementSeparator, at + 1);
    if (next < 0) break;
    fields.push(text.slice(at + 1, next));
    at = next;
  }
  const component = text.charAt(at + 1);
  const segment = text.charAt(at + 2);
  if (fields.length !== ISA_ELEMENT_COUNT - 1 || component === '' || segment === '') {
    throw new X12ReadError({ id: 'ISA', ordinal: 1, line }, 'the ISA segment is incomplete: it needs 16 elements and a segment terminator');
  }
  const isa11 = fields[10] ?? '';
  const repetition = isa11.length === 1 && isa11 !== 'U' ? isa11 : null;
  const distinct = new Set([elementSeparator, component, segment, ...(repetition ? [repetition] : [])]);
  if (distinct.size !== (repetition ? 4 : 3) || /[A-Za-z0-9 ]/.test(elementSeparator + component + segment)) {
    throw new X12ReadError(
      { id: 'ISA', ordinal: 1, line },
      `the ISA separators are not usable: element '${elementSeparator}', component '${component}', segment '${segment}'`,
    );
  }
  return { element: elementSeparator, component, repetition, segment };
}

/**
 * Splits an interchange into segments. Tolerates a BOM, line breaks or spaces after each terminator and
 * trailing whitespace; a lowercase segment id is read in uppercase and extra empty trailing elements are kept,
 * each with one warning per file.
 */
export function readSegments(text: string): X12SegmentList {
  const lead = LEADING_SPACE.exec(text)?.[0] ?? '';
  const lines = new LineCounter(text);
  const separators = separatorsOf(text.slice(lead.length), lines.lineAt(lead.length));
  const segments: X12Segment[] = [];
  const warnings: ReadWarning[] = [];
  let warnedLowercase = false;
  let warnedTrailing = false;
  for (let start = lead.length; start < text.length;) {
    const end = text.indexOf(separators.segment, start);
    const last = end < 0;
    const piece = text.slice(start, last ? text.length : end);
    const leading = LEADING_SPACE.exec(piece)?.[0] ?? '';
    const line = lines.lineAt(start + leading.length);
    start = last ? text.length : end + separators.segment.length;
    // A terminator of CR leaves LF on the next piece, and LF as terminator leaves CR on this one.
    const content = piece.slice(leading.length).replace(/[\r\n]+$/, '');
    if (content.trim() === '') {
      if (!last) warnings.push({ line, segmentId: '', message: 'an empty segment was skipped' });
      continue;
    }
    const at = { id: content.slice(0, 3), ordinal: segments.length + 1, line };
    const elements = content.split(separators.element);
    const rawId = elements[0] ?? '';
    if (!SEGMENT_ID.test(rawId)) throw new X12ReadError(at, `'${rawId.slice(0, 20)}' is not a segment id`);
    const id = rawId.toUpperCase();
    elements[0] = id;
    if (id !== rawId && !warnedLowercase) {
      warnedLowercase = true;
      warnings.push({ line, segmentId: id, message: `segment id '${rawId}' is in lowercase; read as ${id} (and so for the others)` });
    }
    if (elements.length > 1 && elements[elements.length - 1] === '' && id !== 'ISA' && !warnedTrailing) {
      warnedTrailing = true;
      warnings.push({
        line,
        segmentId: id,
        message: 'extra empty elements at the end of the segment were ignored (and so for the others)',
      });
    }
    if (last) warnings.push({ line, segmentId: id, message: `the last segment has no terminator '${separators.segment}'` });
    segments.push({ id, elements, ordinal: segments.length + 1, line });
  }
  return { separators, segments, warnings };
}

/** Line numbers by offset, counted forward once: \r\n, \n and a lone \r each end a line. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    for (; this.offset < offset; this.offset++) {
      const c = this.text.charCodeAt(this.offset);
      if (c === 10 || (c === 13 && this.text.charCodeAt(this.offset + 1) !== 10)) this.line++;
    }
    return this.line;
  }
}
