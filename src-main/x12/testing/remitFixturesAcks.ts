import type { FixtureEnvelope, FixtureSegment } from './remitFixtures';
import { fixtureAmount, fixtureDate, fixtureInterchange } from './remitFixtures';

// Test fixtures for the acknowledgments of an 837P: 999 (005010X231A1: AK1/AK2/IK3/IK4/CTX/IK5/AK9) and
// 277CA (005010X214: HL 20/21/19/PT with TRN, STC, REF, DTP, SVC), built from the guides' structure.

export interface Ack999ElementFixture {
  position: number;
  component?: number;
  reference?: string;
  code: string;
  badValue?: string;
}

export interface Ack999ErrorFixture {
  segmentId: string;
  position: number;
  loop?: string;
  code: string;
  /** CTX business unit identifier, e.g. ['CLM01', 'DL00000001']. */
  context?: [string, string];
  elements?: Ack999ElementFixture[];
}

export interface Ack999Fixture {
  functionalId?: string;
  groupControlNumber: string;
  status: string;
  codes?: string[];
  transactions: { controlNumber: string; status: string; codes?: string[]; errors?: Ack999ErrorFixture[] }[];
}

/** The body of one 999 transaction set answering one functional group. */
export function ack999Body(ack: Ack999Fixture): FixtureSegment[] {
  const segments: FixtureSegment[] = [['AK1', ack.functionalId ?? 'HC', ack.groupControlNumber, '005010X222A1']];
  let accepted = 0;
  for (const set of ack.transactions) {
    segments.push(['AK2', '837', set.controlNumber, '005010X222A1']);
    for (const error of set.errors ?? []) {
      segments.push(['IK3', error.segmentId, String(error.position), error.loop ?? '', error.code]);
      if (error.context) segments.push(['CTX', error.context]);
      for (const e of error.elements ?? []) {
        const position = e.component === undefined ? String(e.position) : [String(e.position), String(e.component)];
        segments.push(['IK4', position, e.reference ?? '', e.code, e.badValue ?? '']);
      }
    }
    segments.push(['IK5', set.status, ...(set.codes ?? [])]);
    if (set.status === 'A' || set.status === 'E') accepted++;
  }
  const count = String(ack.transactions.length);
  segments.push(['AK9', ack.status, count, count, String(accepted), ...(ack.codes ?? [])]);
  return segments;
}

/** A 999 file: one transaction set per acknowledged functional group. */
export function ack999(acks: readonly Ack999Fixture[], envelope: FixtureEnvelope = {}): string {
  return fixtureInterchange([acks.map(ack999Body)], { functionalId: 'FA', guide: '005010X231A1', setId: '999', ...envelope });
}

/** One STC: STC01 (and STC10/STC11) composites category:code[:entity], STC02 date, STC03 action, STC04 amount. */
export interface StatusFixture {
  codes: [string, string, string?][];
  date?: string;
  amountCents?: number;
}

export interface ClaimAckFixture {
  controlNumber: string;
  patient?: { last: string; first: string; memberId: string };
  payerClaimNumber?: string;
  statuses: StatusFixture[];
  /** DTP*472: one date (D8) or from/to (RD8). */
  from?: string;
  to?: string;
  lines?: { lineControl?: string; code: string; modifiers?: string[]; chargeCents: number; statuses: StatusFixture[] }[];
}

export interface ClaimAck277Fixture {
  receiverStatuses?: StatusFixture[];
  providerStatuses?: StatusFixture[];
  /** Claims grouped by patient HL; each inner list shares one PT level. */
  patients: ClaimAckFixture[][];
}

function stc(status: StatusFixture): FixtureSegment {
  const composite = ([category, code, entity]: [string, string, string?]) => (entity ? [category, code, entity] : [category, code]);
  const [first, second, third] = status.codes;
  if (!first) throw new Error('a status needs at least one STC01 composite');
  const rejected = status.codes.some(([category]) => ['A3', 'A6', 'A7', 'A8'].includes(category));
  return [
    'STC',
    composite(first),
    fixtureDate(status.date ?? '2026-03-02'),
    rejected ? 'U' : 'WQ',
    status.amountCents === undefined ? '' : fixtureAmount(status.amountCents),
    '',
    '',
    '',
    '',
    '',
    second ? composite(second) : '',
    third ? composite(third) : '',
  ];
}

/** The body of one 277CA transaction set. */
export function claimAck277Body(ack: ClaimAck277Fixture): FixtureSegment[] {
  const segments: FixtureSegment[] = [
    ['BHT', '0085', '08', 'ACK0001', '20260302', '1200', 'TH'],
    ['HL', '1', '', '20', '1'],
    ['NM1', 'PR', '2', 'ACME HEALTH PLAN', '', '', '', '', 'PI', '60054'],
    ['TRN', '1', 'ACK0001'],
    ['DTP', '050', 'D8', '20260302'],
    ['DTP', '009', 'D8', '20260302'],
    ['HL', '2', '1', '21', '1'],
    ['NM1', '41', '2', 'DRIPLINE INFUSION', '', '', '', '', '46', 'DRIPLINE'],
    ['TRN', '2', '000000101'],
    ...(ack.receiverStatuses ?? [{ codes: [['A1', '19', 'PR']] }]).map(stc),
    ['HL', '3', '2', '19', '1'],
    ['NM1', '85', '2', 'DRIPLINE INFUSION', '', '', '', '', 'XX', '1234567893'],
    ['TRN', '1', '0'],
    ...(ack.providerStatuses ?? []).map(stc),
  ];
  let hl = 3;
  for (const claims of ack.patients) {
    hl++;
    const first = claims[0]?.patient ?? { last: 'DIAZ', first: 'ANA', memberId: 'M0001' };
    segments.push(['HL', String(hl), '3', 'PT'], ['NM1', 'QC', '1', first.last, first.first, '', '', '', 'MI', first.memberId]);
    for (const claim of claims) {
      segments.push(['TRN', '2', claim.controlNumber], ...claim.statuses.map(stc));
      if (claim.payerClaimNumber) segments.push(['REF', '1K', claim.payerClaimNumber]);
      if (claim.from) {
        const to = claim.to ?? claim.from;
        segments.push(
          to === claim.from
            ? ['DTP', '472', 'D8', fixtureDate(claim.from)]
            : ['DTP', '472', 'RD8', `${fixtureDate(claim.from)}-${fixtureDate(to)}`],
        );
      }
      for (const line of claim.lines ?? []) {
        segments.push(['SVC', ['HC', line.code, ...(line.modifiers ?? [])], fixtureAmount(line.chargeCents)], ...line.statuses.map(stc));
        if (line.lineControl) segments.push(['REF', 'FJ', line.lineControl]);
      }
    }
  }
  return segments;
}

/** A 277CA file with one transaction set per acknowledgment. */
export function claimAck277(acks: readonly ClaimAck277Fixture[], envelope: FixtureEnvelope = {}): string {
  return fixtureInterchange([acks.map(claimAck277Body)], { functionalId: 'HN', guide: '005010X214', setId: '277', ...envelope });
}
