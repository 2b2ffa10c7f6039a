import { readInterchange } from './readEnvelope';
import type { ReadWarning, X12Segment, X12Separators } from './x12Segments';
import { X12ReadError, components, element } from './x12Segments';

// ANSI X12 999 005010X231A1 implementation acknowledgment reader: whether each functional group (AK1/AK9) and
// each transaction set (AK2/IK5) we sent was accepted, and where the errors are (IK3 segment, IK4 element, CTX).
// A status the reader does not know, or a missing AK9/IK5, is refused: acceptance is never guessed.

/** AK901: accepted, accepted with errors, partially accepted, rejected, and the M/W/X security outcomes. */
export const ACK_GROUP_STATUSES = ['A', 'E', 'P', 'R', 'M', 'W', 'X'] as const;
export type AckGroupStatus = (typeof ACK_GROUP_STATUSES)[number];
/** IK501. */
export const ACK_SET_STATUSES = ['A', 'E', 'M', 'R', 'W', 'X'] as const;
export type AckSetStatus = (typeof ACK_SET_STATUSES)[number];

export interface Ack999Error {
  line: number;
  /** IK301, IK302 (position of the segment in the transaction set), IK303 (loop), IK304 (syntax error code). */
  segmentId: string;
  position: number;
  loop: string | null;
  code: string;
  /** One IK4 under the IK3: IK401-1 element position (IK401-2 component), IK402, IK403 code, IK404 bad value. */
  element?: { position: number; componentPosition: number | null; reference: string | null; code: string; badValue: string | null };
  /** CTX business unit identifier (e.g. CLM01 and our claim number). */
  contextRef?: { name: string; reference: string };
}

export interface Ack999Transaction {
  line: number;
  /** AK201 (837) and AK202. */
  setId: string;
  controlNumber: string;
  /** IK501. */
  status: AckSetStatus;
  /** IK3 errors: one entry per IK4 (the IK3 repeated), or one without element when the IK3 has none. */
  errors: Ack999Error[];
  /** IK502..IK506. */
  codes: string[];
}

export interface Ack999Group {
  line: number;
  /** AK101 (HC for 837) and AK102 (our GS06). */
  functionalId: string;
  groupControlNumber: string;
  /** AK901. */
  status: AckGroupStatus;
  /** AK905..AK909. */
  codes: string[];
  transactions: Ack999Transaction[];
}

export interface Acknowledgment999 {
  interchangeControlNumber: string;
  groups: Ack999Group[];
  warnings: ReadWarning[];
}

const codesOf = (segment: X12Segment, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => element(segment, from + i).trim()).filter((c) => c !== '');

function statusOf<T extends string>(segment: X12Segment, position: number, allowed: readonly T[]): T {
  const value = element(segment, position).trim();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new X12ReadError(segment, `${segment.id}0${position} status '${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function positionOf(segment: X12Segment, value: string, name: string): number {
  const position = Number(value);
  if (value.trim() === '' || !Number.isInteger(position)) throw new X12ReadError(segment, `${name} '${value}' is not a position`);
  return position;
}

export function read999(text: string): Acknowledgment999 {
  const interchange = readInterchange(text, '999', 'a 999 acknowledgment');
  const groups = interchange.groups.flatMap((group) => group.transactions.map((set) => readAck(set.body, set.st, interchange.separators)));
  return { interchangeControlNumber: interchange.controlNumber, groups, warnings: interchange.warnings };
}

function readAck(body: X12Segment[], st: X12Segment, separators: X12Separators): Ack999Group {
  let group: (Omit<Ack999Group, 'status' | 'codes'> & Partial<Ack999Group>) | null = null;
  let set: (Omit<Ack999Transaction, 'status' | 'codes'> & Partial<Ack999Transaction>) | null = null;
  let segmentError: Omit<Ack999Error, 'element'> | null = null;
  let errorElements = 0;
  const transactions: Ack999Transaction[] = [];

  const closeSegmentError = () => {
    if (set && segmentError && errorElements === 0) set.errors.push(segmentError);
    segmentError = null;
    errorElements = 0;
  };

  for (const segment of body) {
    switch (segment.id) {
      case 'AK1':
        group = {
          line: segment.line,
          functionalId: element(segment, 1).trim(),
          groupControlNumber: element(segment, 2).trim(),
          transactions,
        };
        break;
      case 'AK2':
        if (!group) throw new X12ReadError(segment, 'AK2 comes before the AK1 functional group response');
        if (set)
          throw new X12ReadError(segment, `transaction set ${set.controlNumber} has no IK5 before the next AK2: its acceptance is unknown`);
        set = { line: segment.line, setId: element(segment, 1).trim(), controlNumber: element(segment, 2).trim(), errors: [] };
        break;
      case 'IK3':
        if (!set) throw new X12ReadError(segment, 'IK3 is outside a transaction set response (no AK2 before it)');
        closeSegmentError();
        segmentError = {
          line: segment.line,
          segmentId: element(segment, 1).trim(),
          position: positionOf(segment, element(segment, 2), 'IK302'),
          loop: element(segment, 3).trim() || null,
          code: element(segment, 4).trim(),
        };
        break;
      case 'CTX': {
        const [name = '', reference = ''] = components(element(segment, 1), separators);
        // The situational-trigger CTX says which segment made another required; the business unit one names the claim.
        if (segmentError && name !== 'SITUATIONAL TRIGGER' && errorElements === 0) segmentError.contextRef = { name, reference };
        break;
      }
      case 'IK4': {
        if (!set || !segmentError) throw new X12ReadError(segment, 'IK4 is outside a segment error (no IK3 before it)');
        const [position = '', componentPosition = ''] = components(element(segment, 1), separators);
        set.errors.push({
          ...(segmentError as Omit<Ack999Error, 'element'>),
          element: {
            position: positionOf(segment, position, 'IK401-1'),
            componentPosition: componentPosition === '' ? null : positionOf(segment, componentPosition, 'IK401-2'),
            reference: element(segment, 2).trim() || null,
            code: element(segment, 3).trim(),
            badValue: element(segment, 4) === '' ? null : element(segment, 4),
          },
        });
        errorElements++;
        break;
      }
      case 'IK5':
        if (!set) throw new X12ReadError(segment, 'IK5 is outside a transaction set response (no AK2 before it)');
        closeSegmentError();
        transactions.push({ ...set, status: statusOf(segment, 1, ACK_SET_STATUSES), codes: codesOf(segment, 2, 6) });
        set = null;
        break;
      case 'AK9':
        if (!group) throw new X12ReadError(segment, 'AK9 comes before the AK1 functional group response');
        if (set) throw new X12ReadError(segment, `transaction set ${set.controlNumber} has no IK5: its acceptance is unknown`);
        return { ...group, status: statusOf(segment, 1, ACK_GROUP_STATUSES), codes: codesOf(segment, 5, 9) };
    }
  }
  throw new X12ReadError(st, 'the acknowledgment has no AK9: whether the group was accepted is unknown');
}
