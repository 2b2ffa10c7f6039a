import { describe, expect, it } from 'vitest';
import { read835 } from './read835';
import type { Remittance835 } from './read835';
import { remit835 } from './testing/remitFixtures';
import type { AdjustmentFixture, FixtureEnvelope, RemitFixture } from './testing/remitFixtures';

// Files as payers and clearinghouses really send them: other separators and line breaks, and the deviations the
// reader tolerates with a warning because the money stays unambiguous (RM-2 balancing still reviews every claim).

// CO-45 contractual and PR-2 coinsurance on the one line: what every layout below must read back.
const lineAdjustments: AdjustmentFixture[] = [
  { group: 'CO', reason: '45', cents: 10000 },
  { group: 'PR', reason: '2', cents: 6000 },
];

const remit: RemitFixture = {
  paymentCents: 64000,
  payer: { name: 'ACME HEALTH PLAN', id: '60054', idIn: 'REF' },
  claims: [
    {
      id: 'DL00000061',
      status: '1',
      chargeCents: 80000,
      paidCents: 64000,
      patientCents: 6000,
      services: [
        {
          code: 'S9502',
          modifiers: ['SH'],
          chargeCents: 80000,
          paidCents: 64000,
          units: 4,
          date: '2026-01-05',
          adjustments: lineAdjustments,
        },
      ],
    },
  ],
};

const text835 = (envelope: FixtureEnvelope = {}) => remit835([remit], envelope);

/** What a posting needs, so layouts can be compared: the money, the codes and the dates. */
const essentials = (read: Remittance835) =>
  read.transactions.map((t) => ({
    total: t.payment.totalCents,
    payer: t.payer,
    claims: t.claims.map((c) => ({
      id: c.controlNumber,
      paid: c.paidCents,
      services: c.services.map((s) => [s.code, s.modifiers, s.from, s.to, s.adjustments]),
    })),
  }));

const expected = [
  {
    total: 64000,
    payer: { name: 'ACME HEALTH PLAN', id: '60054' },
    claims: [
      {
        id: 'DL00000061',
        paid: 64000,
        services: [['S9502', ['SH'], '2026-01-05', '2026-01-05', lineAdjustments]],
      },
    ],
  },
];

describe('read835: separators and line breaks', () => {
  it.each<[string, FixtureEnvelope]>([
    ['* : ~ on one line', { lineBreak: '' }],
    ['* : ~ with a line break after each terminator', { lineBreak: '\n' }],
    ['* : ~ with CRLF', { lineBreak: '\r\n' }],
    ['| elements, > components, ! terminators', { element: '|', component: '>', segment: '!', lineBreak: '\n' }],
    ['| > ! with CRLF and no repetition separator', { element: '|', component: '>', repetition: 'U', segment: '!', lineBreak: '\r\n' }],
    ['^ elements, \\ components, ~ terminators', { element: '^', component: '\\', repetition: '{', segment: '~' }],
  ])('reads the same remittance with %s', (_, envelope) => {
    const read = read835(text835(envelope));
    expect(read.warnings).toEqual([]);
    expect(essentials(read)).toEqual(expected);
  });

  it('reads a file with a BOM, trailing whitespace and the claim line numbers of a CRLF file', () => {
    const read = read835('\uFEFF' + text835({ lineBreak: '\r\n' }) + '\r\n  \r\n');
    expect(read.warnings).toEqual([]);
    expect(read.transactions[0]!.claims[0]!.line).toBe(15);
    expect(read.transactions[0]!.claims[0]!.services[0]!.line).toBe(16);
  });
});

describe('read835: deviations tolerated with a warning', () => {
  it('a wrong SE segment count', () => {
    const read = read835(text835().replace(/SE\*\d+\*0001/, 'SE*99*0001'));
    expect(essentials(read)).toEqual(expected);
    expect(read.warnings).toEqual([{ line: 20, segmentId: 'SE', message: 'SE01 says 99 segments, the transaction set has 18' }]);
  });

  it('missing SE, GE and IEA at the end of the file', () => {
    const read = read835(text835().replace(/SE\*[^~]*~\nGE\*[^~]*~\nIEA\*[^~]*~\n$/, ''));
    expect(essentials(read)).toEqual(expected);
    expect(read.warnings.map((w) => [w.line, w.segmentId, w.message])).toEqual([
      [19, 'CAS', 'transaction set 0001 has no SE trailer at the end of the file'],
      [19, 'CAS', 'functional group 1 has no GE trailer at the end of the file'],
      [19, 'CAS', 'interchange 000000101 has no IEA trailer at the end of the file'],
    ]);
  });

  it('lowercase segment ids', () => {
    const read = read835(text835().replace(/^([A-Z][A-Z0-9]{1,2})\*/gm, (_, id: string) => `${id.toLowerCase()}*`));
    expect(essentials(read)).toEqual(expected);
    expect(read.warnings.map((w) => w.message)).toEqual(["segment id 'isa' is in lowercase; read as ISA (and so for the others)"]);
  });

  it('a CAS with an empty quantity at its end, and extra empty trailing elements', () => {
    const read = read835(
      text835()
        .replace('CAS*CO*45*100~', 'CAS*CO*45*100*~')
        .replace('CLP*DL00000061*1*800*640*60*CI~', 'CLP*DL00000061*1*800*640*60*CI****~'),
    );
    expect(essentials(read)).toEqual(expected);
    expect(read.warnings).toEqual([
      { line: 15, segmentId: 'CLP', message: 'extra empty elements at the end of the segment were ignored (and so for the others)' },
      { line: 18, segmentId: 'CAS', message: 'CAS04 quantity for CO-45 is empty or not a number; read without a quantity' },
    ]);
  });

  it('DTM*472 given as an RD8 range (DTM05/06) or a D8 in DTM05/06', () => {
    const range = read835(text835().replace('DTM*472*20260105~', 'DTM*472****RD8*20260105-20260108~'));
    expect(range.transactions[0]!.claims[0]!.services[0]).toMatchObject({ from: '2026-01-05', to: '2026-01-08' });
    expect(range.warnings).toEqual([
      {
        line: 17,
        segmentId: 'DTM',
        message: "DTM*472 is given as RD8 '20260105-20260108' instead of DTM02 CCYYMMDD; read as 2026-01-05 to 2026-01-08",
      },
    ]);
    const d8 = read835(text835().replace('DTM*472*20260105~', 'DTM*472****D8*20260105~'));
    expect(essentials(d8)).toEqual(expected);
    expect(d8.warnings.map((w) => w.segmentId)).toEqual(['DTM']);
  });

  it('N1*PR without an id (no N104, no REF*2U)', () => {
    const read = read835(remit835([{ ...remit, payer: { name: 'SMALL TPA' } }]));
    expect(read.transactions[0]!.payer).toEqual({ name: 'SMALL TPA', id: '' });
    expect(read.warnings).toEqual([{ line: 6, segmentId: 'N1', message: 'the payer SMALL TPA has no identifier (N104 or REF*2U)' }]);
  });

  it('a segment the 835 does not have is skipped with a warning', () => {
    const read = read835(
      text835()
        .replace('LX*1~', 'LX*1~\nZZZ*1~')
        .replace(/SE\*\d+/, 'SE*19'),
    );
    expect(essentials(read)).toEqual(expected);
    expect(read.warnings).toEqual([{ line: 15, segmentId: 'ZZZ', message: 'ZZZ is not an 835 segment; skipped' }]);
  });
});
