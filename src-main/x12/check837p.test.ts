import { describe, expect, it } from 'vitest';
import { check837p, x12Cents } from './check837p';
import { write837p } from './write837p';
import type { Claim837, Interchange837 } from './claim837Types';
import { PATEL } from '../testing/claimFixtures';
import { accentedSubscriber837, medicarePrimary837, professionalClaim837, serviceLine837, testInterchange } from '../testing/x12Fixtures';

// A one-claim interchange written by the real writer; each test bends one value or one element of the text.

function interchange(bend: (i: Interchange837) => void = () => {}): Interchange837 {
  const sender = {
    name: 'Farmacia Peña',
    contactName: 'Zoë Ångström',
    address: { line1: '100 Calle Señor', city: 'Española', state: 'NM', zip: '875320001' },
    interchangeControlNumber: 7,
    groupControlNumber: 7,
  };
  const i = testInterchange(sender, [
    professionalClaim837({
      referringProvider: PATEL,
      subscriber: accentedSubscriber837({ line1: '200 Avenida Niño', city: 'Española', state: 'NM', zip: '875320002' }),
      payer: { name: 'Example Health Plan', payerId: 'EXHP01' },
    }),
  ]);
  bend(i);
  return i;
}

const claim = (i: Interchange837) => i.claims[0]!;
/** Replaces the first segment starting with `prefix` by `replacement` in a file the writer produced. */
const bent = (prefix: string, replacement: string) => {
  const text = write837p(interchange());
  const start = text.indexOf(`\n${prefix}`) + 1;
  if (start === 0) throw new Error(`no segment ${prefix}`);
  return text.slice(0, start) + replacement + text.slice(text.indexOf('~', start));
};

describe('check837p: required elements and the character set', () => {
  it('passes the file the writer makes from accented names, written in ASCII capitals', () => {
    const text = write837p(interchange());
    expect(check837p(text)).toEqual([]);
    expect(text).toContain('NM1*IL*1*MUNOZ-PEREZ*JOSE****MI*XEH123456789~');
    expect(text).toContain('N3*200 AVENIDA NINO~\nN4*ESPANOLA*NM*875320002~');
    expect(text).toContain('NM1*85*2*FARMACIA PENA*****XX*1765432186~');
    expect(text).toContain('PER*IC*ZOE ANGSTROM*TE*2175550100~');
    expect(/^[\x20-\x7E\n]*$/.test(text)).toBe(true);
  });

  it('refuses a file whose subscriber last name came out empty (NM103)', () => {
    const text = write837p(interchange((i) => (claim(i).subscriber.lastName = '王')));
    expect(text).toContain('NM1*IL*1**JOSE****MI*XEH123456789~');
    expect(check837p(text)).toEqual(['segment 16 (NM1): NM103 is required but empty']);
  });

  it('refuses an empty address line (N301) and an empty city (N401)', () => {
    const text = write837p(
      interchange((i) => {
        claim(i).subscriber.address.line1 = '😀';
        i.billingProvider.address.city = '北京';
      }),
    );
    expect(check837p(text)).toEqual(['segment 12 (N4): N401 is required but empty', 'segment 17 (N3): N301 is required but empty']);
  });

  it('refuses an empty CLM01, an empty procedure code (SV101-2) and an empty diagnosis (HI01-2)', () => {
    expect(check837p(bent('CLM*', 'CLM**150***12:B:1*Y*A*Y*Y'))).toEqual(['segment 21 (CLM): CLM01 is required but empty']);
    expect(check837p(bent('SV1*', 'SV1*HC:*150*UN*1***1:2'))).toEqual(['segment 25 (SV1): SV101-2 is required but empty']);
    expect(check837p(bent('HI*', 'HI*ABK:*ABF:Z792'))).toContain('segment 22 (HI): HI01-2 is required but empty');
  });

  it('refuses a character outside the X12 set, a stray component separator and a stray element separator', () => {
    expect(check837p(bent('N3*', 'N3*200 AVENIDA NIÑO'))).toEqual([
      'segment 11 (N3): N301 has a character outside the X12 set (a separator or control character inside a value?)',
    ]);
    expect(check837p(bent('REF*6R', 'REF*6R*DL1:2'))).toEqual([
      'segment 27 (REF): REF02 has a character outside the X12 set (a separator or control character inside a value?)',
    ]);
    expect(check837p(bent('NM1*IL', 'NM1*IL*1*MUNOZ*PEREZ*JOSE****MI*XEH123456789'))).toEqual([
      'segment 16 (NM1): 10 elements, NM1 uses at most 9',
      'segment 16 (NM1): NM108 is required but empty',
    ]);
    expect(check837p(bent('NM1*PR', 'NM1*PR*2*EXAMPLE~HEALTH*****PI*EXHP01'))).toContain(
      'segment 21 (HEALTH): "HEALTH" is not a segment id (a separator inside a value?)',
    );
  });

  it('never writes an identifier holding a separator: the writer refuses it, naming the element', () => {
    expect(() => write837p(interchange((i) => (claim(i).subscriber.memberId = 'AB*123')))).toThrow(
      'The 837P cannot be written: member ID "AB*123" contains "*"',
    );
    expect(() => write837p(interchange((i) => (claim(i).payer.payerId = 'EX~1')))).toThrow('payer ID "EX~1" contains "~"');
    expect(() => write837p(interchange((i) => (claim(i).subscriber.groupNumber = 'G 1 ')))).toThrow('group number "G 1 " starts or ends');
  });
});

// CB-1: a secondary claim after Medicare, which denied the nursing visit (CO-96) and never had the per diem (PY-1).
function cobInterchange(bend: (claim: Claim837) => void = () => {}): Interchange837 {
  return interchange((i) => {
    const c = claim(i);
    c.controlNumber = 'DL00000020';
    c.subscriber.payerResponsibility = 'S';
    c.otherPayers = [
      medicarePrimary837({ paidCents: 0, adjustments: [], adjudicatedOn: '2026-01-20', payerClaimNumber: '22126001234000' }),
    ];
    c.lines.push(
      serviceLine837('DL00000020-2', '99601', 18000, 1, {
        priorAnswers: [
          {
            payerId: 'MCR01',
            code: '99601',
            modifiers: [],
            units: 1,
            paidCents: 0,
            adjustments: [{ group: 'CO', reason: '96', cents: 18000 }],
            adjudicatedOn: '2026-01-20',
          },
        ],
      }),
    );
    bend(c);
  });
}
const nursing = (c: Claim837) => c.lines[1]!.priorAnswers![0]!;
const cobText = (bend?: (claim: Claim837) => void) => write837p(cobInterchange(bend));
/** Replaces the first segment starting with `prefix` in the COB file by `replacement`. */
const cobBent = (prefix: string, replacement: string) => {
  const text = cobText();
  const start = text.indexOf(`\n${prefix}`) + 1;
  if (start === 0) throw new Error(`no segment ${prefix}`);
  return text.slice(0, start) + replacement + text.slice(text.indexOf('~', start));
};

describe('check837p: coordination of benefits balancing (CB-1)', () => {
  it('passes the secondary claim as written: a 2430 on the nursing line only', () => {
    const text = cobText();
    expect(text).toContain('SVD*MCR01*0*HC:99601**1~\nCAS*CO*96*180~\nDTP*573*D8*20260120~');
    expect(check837p(text)).toEqual([]);
  });

  it('refuses a line whose charge is not the payment plus the adjustments (SV102 = SVD02 + 2430 CAS), and the AMT*D it unbalances', () => {
    expect(check837p(cobText((c) => (nursing(c).paidCents = 1000)))).toEqual([
      'claim DL00000020, line 2 (99601): the charge $180.00 is not what MCR01 paid ($10.00) plus its adjustments ($180.00); SV102 must equal SVD02 + 2430 CAS',
      'claim DL00000020: MCR01 paid $0.00 (AMT*D), but its lines paid $10.00 less $0.00 of claim adjustments; AMT*D must equal the sum of SVD02 minus the 2320 CAS',
    ]);
  });

  it('refuses an AMT*D that is not the lines paid less the claim-level adjustments', () => {
    const text = cobText((c) => (c.otherPayers![0]!.answer = { paidCents: 500, adjustments: [], adjudicatedOn: '2026-01-20' }));
    expect(check837p(text)).toEqual([
      'claim DL00000020: MCR01 paid $5.00 (AMT*D), but its lines paid $0.00 less $0.00 of claim adjustments; AMT*D must equal the sum of SVD02 minus the 2320 CAS',
    ]);
    const adjusted = cobText((c) => {
      c.otherPayers![0]!.answer!.adjustments = [{ group: 'OA', reason: '23', cents: 100 }];
    });
    expect(check837p(adjusted)).toEqual([
      'claim DL00000020: MCR01 paid $0.00 (AMT*D), but its lines paid $0.00 less $1.00 of claim adjustments; AMT*D must equal the sum of SVD02 minus the 2320 CAS',
    ]);
  });

  it('refuses a line answer from a payer the claim does not name in 2330B', () => {
    expect(check837p(cobText((c) => (nursing(c).payerId = 'MCR99')))).toEqual([
      'claim DL00000020, line 2 (99601): the answer from MCR99 (2430 SVD01) names no other payer of the claim (2330B NM109)',
      // MCR01 now looks like a claim-level answer that covers none of the $330.00.
      'claim DL00000020: MCR01 paid $0.00 (AMT*D) with $0.00 of adjustments, which does not make the charge $330.00; CLM02 must equal AMT*D + 2320 CAS when no line carries its answer',
    ]);
  });

  it('refuses a secondary or tertiary claim that does not name the payers ranked ahead of it', () => {
    const alone = (c: Claim837) => {
      c.otherPayers = undefined;
      c.lines[1]!.priorAnswers = undefined;
    };
    expect(check837p(cobText(alone))).toEqual([
      'claim DL00000020: a secondary claim must name the primary payer ahead of it (2320 SBR01 P, CB-1)',
    ]);
    const tertiary = cobText((c) => (c.subscriber.payerResponsibility = 'T'));
    expect(check837p(tertiary)).toEqual([
      'claim DL00000020: a tertiary claim must name the secondary payer ahead of it (2320 SBR01 S, CB-1)',
    ]);
  });

  it('refuses a claim-level answer that does not add up to CLM02 (X12 RFI 1294): the payer never had the per diem', () => {
    const text = cobText((c) => {
      c.lines[1]!.priorAnswers = undefined;
      c.otherPayers![0]!.answer!.adjustments = [{ group: 'CO', reason: '96', cents: 18000 }];
    });
    expect(text).toContain('NM1*PR*2*MEDICARE PART B*****PI*MCR01~\nDTP*573*D8*20260120~');
    expect(check837p(text)).toEqual([
      'claim DL00000020: MCR01 paid $0.00 (AMT*D) with $180.00 of adjustments, which does not make the charge $330.00; CLM02 must equal AMT*D + 2320 CAS when no line carries its answer',
    ]);
  });

  it('refuses claim-level date or patient liability for a payer that answered line by line, and a 2430 without its date', () => {
    expect(check837p(cobBent('REF*F8', 'DTP*573*D8*20260120'))).toEqual([
      'claim DL00000020: MCR01 has its adjudication date on the lines (2430 DTP*573), so not in 2330B DTP*573 as well',
    ]);
    expect(check837p(cobText((c) => (c.otherPayers![0]!.answer!.remainingPatientLiabilityCents = 0)))).toEqual([
      'claim DL00000020: MCR01 answered line by line: its remaining patient liability goes on the lines (2430 AMT*EAF), not 2320',
    ]);
    expect(check837p(cobBent('DTP*573', 'AMT*EAF*0'))).toEqual([
      'claim DL00000020, line 2 (99601): the answer from MCR01 has no adjudication date (2430 DTP*573)',
    ]);
  });

  it('refuses more than five CAS in one 2430 and an amount that is not a decimal in cents', () => {
    const six = cobText((c) => {
      nursing(c).adjustments = [
        ...['45', '97', '59', '151', '197', '234', '253'].map((reason) => ({ group: 'CO' as const, reason, cents: 1000 })),
        ...(['PR', 'OA', 'PI', 'CR'] as const).map((group) => ({ group, reason: '23', cents: 2750 })),
      ];
    });
    expect(six.match(/\nCAS\*/g)?.length).toBe(6);
    expect(check837p(six)).toEqual(['claim DL00000020, line 2 (99601): 6 CAS segments in the answer from MCR01; the IG allows 5']);
    expect(check837p(cobBent('SVD*', 'SVD*MCR01*0.001*HC:99601**1'))).toEqual(['claim DL00000020: line 2 SVD02 "0.001" is not an amount']);
  });

  it('does not take the other payer claim number (2330B REF*F8) for the replacement claim number a frequency 7 needs', () => {
    const text = write837p(
      cobInterchange((c) => {
        c.frequency = '7';
        c.payerClaimNumber = 'PCN0001';
      }),
    ).replace('REF*F8*PCN0001~', 'REF*G1*PA0001~');
    expect(check837p(text)).toEqual(['segment 21 (CLM): frequency 7 needs REF*F8']);
  });
});

describe('x12Cents', () => {
  it.each([
    ['12.3', 1230],
    ['-5.07', -507],
    ['100', 10000],
    ['0', 0],
    ['-0', 0],
    ['0.05', 5],
  ])('%s is %i cents', (text, cents) => expect(x12Cents(text)).toBe(cents));
  it.each(['', '1.234', '1,5', '.5', '1e3', ' 1'])('"%s" is not an amount', (text) => expect(x12Cents(text)).toBeNull());
});
