import type { ReadWarning, X12Segment, X12Separators } from './x12Segments';
import { X12ReadError, element, readSegments } from './x12Segments';

// The envelope every reader shares (X12.5/X12.6 control structures): ISA/IEA interchange, GS/GE functional
// group, ST/SE transaction set. Counts and control numbers that disagree, or trailers missing at the end of the
// file, are warnings: they do not change what the transaction sets say. Content outside an ST/SE is refused.

export interface X12TransactionSet {
  /** ST02. */
  controlNumber: string;
  /** ST03, the implementation guide (005010X221A1), '' when absent. */
  guide: string;
  st: X12Segment;
  /** The segments between ST and SE. */
  body: X12Segment[];
}

export interface X12Group {
  gs: X12Segment | null;
  /** GS01: HP for 835, FA for 999, HN for 277. */
  functionalId: string;
  /** GS06. */
  controlNumber: string;
  transactions: X12TransactionSet[];
}

export interface X12Interchange {
  /** ISA13 of the first interchange. */
  controlNumber: string;
  /** ISA06 and ISA08, without their padding. */
  senderId: string;
  receiverId: string;
  separators: X12Separators;
  groups: X12Group[];
  warnings: ReadWarning[];
}

const ENVELOPE = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);

/** Reads the envelope of a file whose transaction sets must all be `setId` (ST01); anything else is refused. */
export function readInterchange(text: string, setId: string, setName: string): X12Interchange {
  const { separators, segments, warnings } = readSegments(text);
  const warn = (segment: X12Segment, message: string) => warnings.push({ line: segment.line, segmentId: segment.id, message });
  const isa = segments[0];
  if (!isa || isa.id !== 'ISA') throw new X12ReadError(isa ?? { id: '', ordinal: 1, line: 1 }, 'the file has no ISA segment');
  const interchange: X12Interchange = {
    controlNumber: element(isa, 13).trim(),
    senderId: element(isa, 6).trim(),
    receiverId: element(isa, 8).trim(),
    separators,
    groups: [],
    warnings,
  };
  let openIsa: X12Segment | null = null;
  let groupsInIsa = 0;
  let group: X12Group | null = null;
  let set: X12TransactionSet | null = null;

  const closeSet = (by: X12Segment) => {
    if (!set) return;
    warn(by, `transaction set ${set.controlNumber} has no SE trailer before ${by.id}; read to here`);
    set = null;
  };
  const closeGroup = (by: X12Segment) => {
    closeSet(by);
    if (!group) return;
    if (group.gs) warn(by, `functional group ${group.controlNumber} has no GE trailer before ${by.id}; read to here`);
    group = null;
  };
  const openGroup = (gs: X12Segment | null): X12Group => {
    const opened: X12Group = { gs, functionalId: gs ? element(gs, 1) : '', controlNumber: gs ? element(gs, 6) : '', transactions: [] };
    interchange.groups.push(opened);
    groupsInIsa++;
    return opened;
  };

  for (const segment of segments) {
    if (set && !ENVELOPE.has(segment.id)) {
      set.body.push(segment);
      continue;
    }
    switch (segment.id) {
      case 'ISA':
        closeGroup(segment);
        if (openIsa) warn(segment, `interchange ${element(openIsa, 13)} has no IEA trailer before the next ISA`);
        if (segment !== isa) warn(segment, `a further interchange ${element(segment, 13)} follows; its transaction sets are read too`);
        openIsa = segment;
        groupsInIsa = 0;
        break;
      case 'GS':
        closeGroup(segment);
        group = openGroup(segment);
        break;
      case 'ST': {
        closeSet(segment);
        if (!group) {
          warn(segment, 'transaction set without a GS functional group header');
          group = openGroup(null);
        }
        if (element(segment, 1) !== setId) {
          throw new X12ReadError(segment, `this is not ${setName}: ST01 is '${element(segment, 1)}', expected ${setId}`);
        }
        set = { controlNumber: element(segment, 2), guide: element(segment, 3), st: segment, body: [] };
        group.transactions.push(set);
        break;
      }
      case 'SE': {
        const current: X12TransactionSet | null = set;
        if (!current) {
          warn(segment, 'SE without an ST; ignored');
          break;
        }
        const count = current.body.length + 2;
        if (element(segment, 1) !== String(count)) {
          warn(segment, `SE01 says ${element(segment, 1) || 'nothing'} segments, the transaction set has ${count}`);
        }
        if (element(segment, 2) !== current.controlNumber) {
          warn(segment, `SE02 '${element(segment, 2)}' differs from ST02 '${current.controlNumber}'`);
        }
        set = null;
        break;
      }
      case 'GE': {
        closeSet(segment);
        const current: X12Group | null = group;
        if (!current) {
          warn(segment, 'GE without a GS; ignored');
          break;
        }
        if (element(segment, 1) !== String(current.transactions.length)) {
          warn(segment, `GE01 says ${element(segment, 1) || 'nothing'} transaction sets, the group has ${current.transactions.length}`);
        }
        if (current.gs && element(segment, 2) !== current.controlNumber) {
          warn(segment, `GE02 '${element(segment, 2)}' differs from GS06 '${current.controlNumber}'`);
        }
        group = null;
        break;
      }
      case 'IEA':
        closeGroup(segment);
        if (element(segment, 1) !== String(groupsInIsa)) {
          warn(segment, `IEA01 says ${element(segment, 1) || 'nothing'} functional groups, the interchange has ${groupsInIsa}`);
        }
        if (openIsa && element(segment, 2) !== element(openIsa, 13)) {
          warn(segment, `IEA02 '${element(segment, 2)}' differs from ISA13 '${element(openIsa, 13)}'`);
        }
        openIsa = null;
        break;
      default:
        throw new X12ReadError(segment, `${segment.id} is outside a transaction set (no ST before it)`);
    }
  }
  const last = segments[segments.length - 1] ?? isa;
  const openSet: X12TransactionSet | null = set;
  const openGroupAtEnd: X12Group | null = group;
  const openIsaAtEnd: X12Segment | null = openIsa;
  if (openSet) warn(last, `transaction set ${openSet.controlNumber} has no SE trailer at the end of the file`);
  if (openGroupAtEnd?.gs) warn(last, `functional group ${openGroupAtEnd.controlNumber} has no GE trailer at the end of the file`);
  if (openIsaAtEnd) warn(last, `interchange ${element(openIsaAtEnd, 13)} has no IEA trailer at the end of the file`);
  if (interchange.groups.every((g) => g.transactions.length === 0)) {
    throw new X12ReadError(last, `the interchange has no transaction set (ST); expected ${setName}`);
  }
  return interchange;
}
