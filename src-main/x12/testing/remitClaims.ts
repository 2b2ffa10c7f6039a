import { startClaim, startService } from '../read835Claims';
import type { RemitClaim835, RemitService835 } from '../read835Types';
import type { X12Segment, X12Separators } from '../x12Segments';

// Test builders: 835 claims and service lines as read835 returns them, made by the reader's own loop constructors
// (2100 CLP, 2110 SVC) from a bare segment, so a test names only the fields its scenario is about.

const SEPARATORS: X12Separators = { element: '*', component: ':', repetition: '^', segment: '~' };

/** A segment as readSegments gives it: elements[0] is the segment id. */
const bareSegment = (id: string, ...elements: string[]): X12Segment => ({ id, elements: [id, ...elements], ordinal: 1, line: 1 });

const refuseWarnings = (segment: X12Segment, message: string) => {
  throw new Error(`${segment.id}: ${message}`);
};

/** A 2100 claim with nothing else read in its loop (no CAS, NM1, MOA, DTM, SVC), then the fields given. */
export function remitClaim835(fields: Partial<RemitClaim835>): RemitClaim835 {
  return { ...startClaim(bareSegment('CLP', '', '', '0', '0')), ...fields };
}

/** A 2110 service line (SVC01 qualifier HC) with nothing else read in its loop (no DTM, REF, CAS, AMT, LQ), then the fields given. */
export function remitService835(fields: Pick<RemitService835, 'code'> & Partial<RemitService835>): RemitService835 {
  return { ...startService(bareSegment('SVC', `HC:${fields.code}`, '0', '0'), SEPARATORS, refuseWarnings), ...fields };
}
