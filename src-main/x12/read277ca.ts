import type { CalendarDate } from '../vocabulary';
import { dateOf, dateRangeOf, readOptionalCents } from './readElements';
import { readInterchange } from './readEnvelope';
import type { ReadWarning, X12Segment, X12Separators } from './x12Segments';
import { X12ReadError, components, element } from './x12Segments';

// ANSI X12 277CA 005010X214 claim acknowledgment reader: walks the HL hierarchy (20 information source,
// 21 information receiver, 19 billing provider, PT patient) and answers, per claim we sent (TRN02 = our CLM01),
// whether the payer's front end accepted it into adjudication, with every STC status and the line-level ones.

export type ClaimAckOutcome = 'accepted' | 'rejected' | 'pending';

export interface ClaimAckStatus277 {
  /** STC01-1 (or STC10-1 / STC11-1): A1 received, A2 accepted, A3/A6/A7/A8 rejected, ... */
  category: string;
  /** STC01-2: the claim status code. */
  code: string;
  /** STC01-3: the entity the status is about. */
  entity: string | null;
  /** STC02. */
  date: CalendarDate | null;
  /** STC04. */
  amountCents: number | null;
}

export interface ClaimAckLine277 {
  line: number;
  /** REF*FJ: the line control number we sent. */
  lineControl: string | null;
  /** SVC01-2 and its modifiers, SVC02. */
  code: string;
  modifiers: string[];
  chargeCents: number | null;
  statuses: ClaimAckStatus277[];
}

export interface ClaimAck277 {
  line: number;
  /** TRN02 at the patient level: our CLM01. */
  controlNumber: string;
  /** REF*1K. */
  payerClaimNumber: string | null;
  status: ClaimAckOutcome;
  statuses: ClaimAckStatus277[];
  /** NM1*QC. */
  patient: { lastName: string; firstName: string; memberId: string } | null;
  /** DTP*472 (D8 or RD8). */
  from: CalendarDate | null;
  to: CalendarDate | null;
  /** STC04 of the claim's first status that carries one. */
  totalCents: number | null;
  lines: ClaimAckLine277[];
}

/** Statuses reported above the claims: a rejected receiver (21) or billing provider (19) rejects what is under it. */
export interface ClaimAckLevel277 {
  line: number;
  level: 'source' | 'receiver' | 'provider';
  /** NM103 and NM109 of the level. */
  name: string;
  id: string;
  statuses: ClaimAckStatus277[];
}

export interface ClaimAcknowledgment277 {
  interchangeControlNumber: string;
  levels: ClaimAckLevel277[];
  claims: ClaimAck277[];
  warnings: ReadWarning[];
}

// 277CA claim status categories (code source 507): A1/A2 acknowledged into adjudication, A3/A6/A7/A8 returned.
const ACCEPTED = new Set(['A1', 'A2']);
const REJECTED = new Set(['A3', 'A6', 'A7', 'A8']);

/** Rejected when any status says so, accepted when one says A1/A2, else pending (A4 not found, E0-E4, ...). */
export function claimAckOutcome(statuses: readonly ClaimAckStatus277[]): ClaimAckOutcome {
  if (statuses.some((s) => REJECTED.has(s.category))) return 'rejected';
  if (statuses.some((s) => ACCEPTED.has(s.category))) return 'accepted';
  return 'pending';
}

const LEVELS: Readonly<Record<string, ClaimAckLevel277['level'] | 'patient'>> = {
  '20': 'source',
  '21': 'receiver',
  '19': 'provider',
  // A 277 claim status response (005010X212) puts the claim under the subscriber (22) or dependent (23): read alike.
  '22': 'patient',
  '23': 'patient',
  PT: 'patient',
};

export function read277ca(text: string): ClaimAcknowledgment277 {
  const interchange = readInterchange(text, '277', 'a 277CA claim acknowledgment');
  const result: ClaimAcknowledgment277 = {
    interchangeControlNumber: interchange.controlNumber,
    levels: [],
    claims: [],
    warnings: interchange.warnings,
  };
  const warn = (segment: X12Segment, message: string) => result.warnings.push({ line: segment.line, segmentId: segment.id, message });
  for (const group of interchange.groups) {
    for (const set of group.transactions) {
      if (set.guide !== '' && set.guide !== '005010X214') warn(set.st, `ST03 is '${set.guide}', a 277CA is 005010X214; read as a 277CA`);
      readHierarchy(set.body, interchange.separators, result, warn);
    }
  }
  return result;
}

function readHierarchy(
  body: X12Segment[],
  separators: X12Separators,
  result: ClaimAcknowledgment277,
  warn: (s: X12Segment, m: string) => void,
) {
  const seen = new Set<string>();
  let level: ClaimAckLevel277 | null = null;
  let inPatient = false;
  let patient: ClaimAck277['patient'] = null;
  let claim: ClaimAck277 | null = null;
  let line: ClaimAckLine277 | null = null;

  for (const segment of body) {
    const qualifier = element(segment, 1).trim();
    switch (segment.id) {
      case 'HL': {
        const id = qualifier;
        const parent = element(segment, 2).trim();
        if (parent !== '' && !seen.has(parent)) warn(segment, `HL ${id} names parent ${parent}, which is not an HL before it`);
        seen.add(id);
        const kind = LEVELS[element(segment, 3).trim()];
        if (!kind) throw new X12ReadError(segment, `HL03 level '${element(segment, 3)}' is not a 277 level (20, 21, 19, 22, 23, PT)`);
        closeClaim();
        inPatient = kind === 'patient';
        patient = null;
        level = kind === 'patient' ? null : { line: segment.line, level: kind, name: '', id: '', statuses: [] };
        if (level) result.levels.push(level);
        break;
      }
      case 'NM1':
        if (inPatient && (qualifier === 'QC' || qualifier === 'IL')) {
          patient = { lastName: element(segment, 3).trim(), firstName: element(segment, 4).trim(), memberId: element(segment, 9).trim() };
        } else if (level) {
          level.name = element(segment, 3).trim();
          level.id = element(segment, 9).trim();
        }
        break;
      case 'TRN':
        if (!inPatient) break;
        closeClaim();
        claim = {
          line: segment.line,
          controlNumber: element(segment, 2).trim(),
          payerClaimNumber: null,
          status: 'pending',
          statuses: [],
          patient,
          from: null,
          to: null,
          totalCents: null,
          lines: [],
        };
        break;
      case 'STC': {
        const statuses = readStatuses(segment, separators);
        if (line) line.statuses.push(...statuses);
        else if (claim) claim.statuses.push(...statuses);
        else if (level) level.statuses.push(...statuses);
        else throw new X12ReadError(segment, 'STC at the patient level comes before the TRN that names the claim');
        break;
      }
      case 'SVC': {
        if (!claim) throw new X12ReadError(segment, 'SVC is outside a claim (no patient-level TRN before it)');
        const [, code = '', ...modifiers] = components(element(segment, 1), separators);
        line = {
          line: segment.line,
          lineControl: null,
          code,
          modifiers: modifiers.slice(0, 4).filter((m) => m !== ''),
          chargeCents: null,
          statuses: [],
        };
        line.chargeCents = readOptionalCents(segment, 2, 'line item charge');
        claim.lines.push(line);
        break;
      }
      case 'REF': {
        const value = element(segment, 2).trim() || null;
        if (line && qualifier === 'FJ') line.lineControl = value;
        else if (claim && !line && qualifier === '1K') claim.payerClaimNumber = value;
        break;
      }
      case 'DTP':
        if (claim && !line && qualifier === '472') {
          const range = dateRangeOf(element(segment, 3));
          if (!range) warn(segment, `DTP*472 '${element(segment, 3)}' is not a date or date range; left empty`);
          claim.from = range?.from ?? null;
          claim.to = range?.to ?? null;
        }
        break;
    }
  }
  closeClaim();

  function closeClaim() {
    if (claim) {
      claim.status = claimAckOutcome(claim.statuses.length > 0 ? claim.statuses : claim.lines.flatMap((l) => l.statuses));
      claim.totalCents = claim.statuses.find((s) => s.amountCents !== null)?.amountCents ?? null;
      result.claims.push(claim);
    }
    claim = null;
    line = null;
  }
}

/** STC01, STC10 and STC11 composites (category:code:entity), sharing the STC02 date and STC04 amount. */
function readStatuses(stc: X12Segment, separators: X12Separators): ClaimAckStatus277[] {
  const date = dateOf(element(stc, 2));
  const amountCents = readOptionalCents(stc, 4, 'total claim charge');
  return [1, 10, 11]
    .map((position) => components(element(stc, position), separators))
    .filter((parts) => parts.length > 0)
    .map(([category = '', code = '', entity = '']) => ({ category, code, entity: entity === '' ? null : entity, date, amountCents }));
}
