import { describe, expect, it } from 'vitest';
import { readInterchange } from './readEnvelope';
import { fixtureInterchange } from './testing/remitFixtures';
import type { FixtureSegment } from './testing/remitFixtures';

// The envelope the readers share (X12.5 ISA/IEA, GS/GE, ST/SE): counts and control numbers that disagree are
// warnings, content outside an ST/SE is refused, and each transaction set keeps its body for the reader.

const body: FixtureSegment[] = [
  ['BPR', 'I', '100', 'C', 'ACH'],
  ['TRN', '1', 'EFT1', '1512345678'],
];
const text = fixtureInterchange([[body, body], [body]], { controlNumber: '000000042' });
const read = (file: string) => readInterchange(file, '835', 'an 835 remittance');
const messages = (file: string) => read(file).warnings.map((w) => `${w.line} ${w.segmentId}: ${w.message}`);

describe('readInterchange', () => {
  it('reads groups, transaction sets and their bodies', () => {
    const interchange = read(text);
    expect(interchange.controlNumber).toBe('000000042');
    expect(interchange.warnings).toEqual([]);
    expect(interchange.groups.map((g) => [g.functionalId, g.controlNumber, g.transactions.map((t) => [t.controlNumber, t.guide])])).toEqual(
      [
        [
          'HP',
          '1',
          [
            ['0001', '005010X221A1'],
            ['0002', '005010X221A1'],
          ],
        ],
        ['HP', '2', [['0003', '005010X221A1']]],
      ],
    );
    expect(interchange.groups[0]!.transactions[0]!.body.map((s) => [s.id, s.line])).toEqual([
      ['BPR', 4],
      ['TRN', 5],
    ]);
  });

  it('warns about counts and control numbers that disagree', () => {
    const wrong = text
      .replace('GE*2*1~', 'GE*3*1~')
      .replace('GE*1*2~', 'GE*1*9~')
      .replace('IEA*2*000000042~', 'IEA*1*000000043~')
      .replace('SE*4*0002', 'SE*4*0012');
    expect(messages(wrong)).toEqual([
      "10 SE: SE02 '0012' differs from ST02 '0002'",
      '11 GE: GE01 says 3 transaction sets, the group has 2',
      "17 GE: GE02 '9' differs from GS06 '2'",
      '18 IEA: IEA01 says 1 functional groups, the interchange has 2',
      "18 IEA: IEA02 '000000043' differs from ISA13 '000000042'",
    ]);
  });

  it('reads on when an SE is missing before the next ST, or a GS is missing before an ST', () => {
    expect(messages(text.replace('SE*4*0001~\n', ''))).toEqual(['6 ST: transaction set 0001 has no SE trailer before ST; read to here']);
    const noGs = fixtureInterchange([[body]])
      .replace(/GS\*[^~]*~\n/, '')
      .replace(/GE\*[^~]*~\n/, '');
    expect(messages(noGs)).toEqual(['2 ST: transaction set without a GS functional group header']);
  });

  it('reads a second interchange in the same file, keeping the first control number', () => {
    const two = read(text + fixtureInterchange([[body]], { controlNumber: '000000043' }));
    expect(two.controlNumber).toBe('000000042');
    expect(two.groups.flatMap((g) => g.transactions.map((t) => t.controlNumber))).toEqual(['0001', '0002', '0003', '0001']);
    expect(two.warnings.map((w) => w.message)).toEqual(['a further interchange 000000043 follows; its transaction sets are read too']);
  });

  it('refuses another transaction set, content outside ST/SE, and an interchange with no transaction set', () => {
    expect(() => readInterchange(text, '999', 'a 999 acknowledgment')).toThrow(
      "line 3, segment ST (#3): this is not a 999 acknowledgment: ST01 is '835', expected 999",
    );
    expect(() => read(text.replace('GE*2*1~\n', 'GE*2*1~\nTRN*1*X~\n'))).toThrow(
      'line 12, segment TRN (#12): TRN is outside a transaction set (no ST before it)',
    );
    expect(() => read(fixtureInterchange([[]]))).toThrow(
      'line 4, segment IEA (#4): the interchange has no transaction set (ST); expected an 835 remittance',
    );
  });
});
