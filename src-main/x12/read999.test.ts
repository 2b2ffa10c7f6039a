import { describe, expect, it } from 'vitest';
import { read999 } from './read999';
import { ack999 } from './testing/remitFixturesAcks';
import { remit835 } from './testing/remitFixtures';
import { X12ReadError } from './x12Segments';

// The 999 005010X231A1 answer to an 837P functional group: accepted, accepted with errors, rejected, and where
// the errors are (IK3 segment, IK4 element, CTX naming our claim).

describe('read999', () => {
  it('reads an accepted group with its accepted transaction sets', () => {
    const ack = read999(
      ack999([
        {
          groupControlNumber: '17',
          status: 'A',
          transactions: [
            { controlNumber: '0001', status: 'A' },
            { controlNumber: '0002', status: 'A' },
          ],
        },
      ]),
    );
    expect(ack).toEqual({
      interchangeControlNumber: '000000101',
      warnings: [],
      groups: [
        {
          line: 4,
          functionalId: 'HC',
          groupControlNumber: '17',
          status: 'A',
          codes: [],
          transactions: [
            { line: 5, setId: '837', controlNumber: '0001', status: 'A', errors: [], codes: [] },
            { line: 7, setId: '837', controlNumber: '0002', status: 'A', errors: [], codes: [] },
          ],
        },
      ],
    });
  });

  it('reads a rejected transaction set: IK3 with context, IK4 elements (with a component position), IK5 codes', () => {
    const text = ack999(
      [
        {
          groupControlNumber: '18',
          status: 'P',
          codes: ['5'],
          transactions: [
            { controlNumber: '0001', status: 'A' },
            {
              controlNumber: '0002',
              status: 'R',
              codes: ['5', '2'],
              errors: [
                {
                  segmentId: 'NM1',
                  position: 24,
                  loop: '2010BA',
                  code: '8',
                  context: ['CLM01', 'DL00000002'],
                  elements: [
                    { position: 9, reference: '67', code: '6', badValue: 'M00#1' },
                    { position: 1, component: 2, code: '7', badValue: 'ZZ' },
                  ],
                },
                { segmentId: 'DTP', position: 41, loop: '2400', code: '3' },
              ],
            },
          ],
        },
      ],
      { element: '|', component: '>', segment: '!' },
    );
    const [group] = read999(text).groups;
    expect([group!.status, group!.codes]).toEqual(['P', ['5']]);
    const rejected = group!.transactions[1]!;
    expect([rejected.controlNumber, rejected.status, rejected.codes]).toEqual(['0002', 'R', ['5', '2']]);
    // One error per IK4 of the NM1, each with the segment's IK3 and CTX.
    const nm1 = {
      line: 8,
      segmentId: 'NM1',
      position: 24,
      loop: '2010BA',
      code: '8',
      contextRef: { name: 'CLM01', reference: 'DL00000002' },
    };
    expect(rejected.errors).toEqual([
      { ...nm1, element: { position: 9, componentPosition: null, reference: '67', code: '6', badValue: 'M00#1' } },
      { ...nm1, element: { position: 1, componentPosition: 2, reference: null, code: '7', badValue: 'ZZ' } },
      { line: 12, segmentId: 'DTP', position: 41, loop: '2400', code: '3' },
    ]);
  });

  it('reads one group per 999 transaction set', () => {
    const ack = read999(
      ack999([
        { groupControlNumber: '21', status: 'R', codes: ['4'], transactions: [{ controlNumber: '0001', status: 'R', codes: ['5'] }] },
        { groupControlNumber: '22', status: 'E', transactions: [{ controlNumber: '0001', status: 'E' }] },
      ]),
    );
    expect(ack.groups.map((g) => [g.groupControlNumber, g.status, g.transactions.map((t) => t.status)])).toEqual([
      ['21', 'R', ['R']],
      ['22', 'E', ['E']],
    ]);
  });

  it('refuses a file that is not a 999, an unknown status, and a missing IK5 or AK9', () => {
    const accepted = ack999([{ groupControlNumber: '1', status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]);
    expect(() => read999(remit835([{ paymentCents: 0, claims: [] }]))).toThrow(
      "line 3, segment ST (#3): this is not a 999 acknowledgment: ST01 is '835'",
    );
    expect(() => read999(accepted.replace('AK9*A', 'AK9*Q'))).toThrow(
      "line 7, segment AK9 (#7): AK901 status 'Q' is not one of A, E, P, R, M, W, X",
    );
    expect(() => read999(accepted.replace('IK5*A', 'IK5*Z'))).toThrow(
      "line 6, segment IK5 (#6): IK501 status 'Z' is not one of A, E, M, R, W, X",
    );
    expect(() => read999(accepted.replace(/IK5\*A~\n/, '').replace(/SE\*5/, 'SE*4'))).toThrow(
      'line 6, segment AK9 (#6): transaction set 0001 has no IK5: its acceptance is unknown',
    );
    expect(() => read999(accepted.replace(/AK9\*[^~]*~\n/, ''))).toThrow(X12ReadError);
    expect(() => read999(accepted.replace(/AK9\*[^~]*~\n/, ''))).toThrow('line 3, segment ST (#3): the acknowledgment has no AK9');
  });
});
