import { describe, expect, it } from 'vitest';
import { check837p } from './check837p';
import type { Claim837, Interchange837 } from './claim837Types';
import { write837p, x12Amount } from './write837p';
import { PATEL } from '../testing/claimFixtures';
import {
  medicarePrimary837,
  professionalClaim837,
  secondarySubscriber837,
  serviceLine837,
  subscriber837,
  testInterchange,
} from '../testing/x12Fixtures';

// The 837P writer from a hand-built Interchange837 (no database, no drafts): segment order, envelope counts
// and control numbers, LIN/CTP for NDCs, and what check837p says about what it wrote.

const JANUARY_12 = { from: '2026-01-12', to: '2026-01-12' };

const firstClaim = (): Claim837 =>
  professionalClaim837({
    priorAuth: 'PA1',
    referringProvider: PATEL,
    subscriber: subscriber837({ address: { line1: '200 Oak St', line2: 'Apt 4', city: 'Springfield', state: 'IL', zip: '627040002' } }),
    lines: [
      // A PF-4 week span, its drug, then a second therapy with its own authorization.
      serviceLine837('DL00000001-1', 'S9502', 105000, 7, { to: '2026-01-11', pointers: [1, 2] }),
      serviceLine837('DL00000001-2', 'J2185', 31500, 210, { to: '2026-01-11', ndc: '63323050720', ndcQuantity: 21, ndcUnit: 'UN' }),
      serviceLine837('DL00000001-3', 'S9501', 6000, 1, { ...JANUARY_12, modifiers: ['SH'], pointers: [2], priorAuth: 'PA2' }),
      serviceLine837('DL00000001-4', 'J3370', 2505, 4, { ...JANUARY_12, ndc: '00409653201', ndcQuantity: 2, ndcUnit: 'UN' }),
    ],
  });

/** A replacement claim (frequency 7) to a secondary payer, with Medicare primary in 2320/2330. */
const secondClaim = (): Claim837 =>
  professionalClaim837({
    controlNumber: 'DL00000002',
    frequency: '7',
    payerClaimNumber: 'PCN0001',
    diagnoses: ['Z792'],
    subscriber: secondarySubscriber837(),
    otherPayers: [medicarePrimary837()],
    lines: [serviceLine837('DL00000002-1', '99601', 18000, 1)],
  });

const PRAIRIE = {
  name: 'Prairie Home Infusion',
  contactName: 'Billing Office',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627010001' },
  interchangeControlNumber: 42,
  groupControlNumber: 17,
};

function interchange(claims: Claim837[] = [firstClaim(), secondClaim()]): Interchange837 {
  return testInterchange(PRAIRIE, claims);
}

const segments = (text: string) => text.split('~\n').filter(Boolean);

describe('write837p: the whole file', () => {
  it('writes the envelope, the billing provider, then each claim with its subscriber, payer, other payers and lines, in order', () => {
    const text = write837p(interchange());
    expect(segments(text)).toEqual([
      'ISA*00*          *00*          *ZZ*1765432186     *ZZ*CLEARINGHOUSE  *260202*0930*^*00501*000000042*1*T*:',
      'GS*HC*1765432186*CLEARINGHOUSE*20260202*0930*17*X*005010X222A1',
      'ST*837*0001*005010X222A1',
      'BHT*0019*00*DL000000042*20260202*0930*CH',
      'NM1*41*2*PRAIRIE HOME INFUSION*****46*1765432186',
      'PER*IC*BILLING OFFICE*TE*2175550100',
      'NM1*40*2*CLEARINGHOUSE*****46*CLEARINGHOUSE',
      'HL*1**20*1',
      'PRV*BI*PXC*3336H0001X',
      'NM1*85*2*PRAIRIE HOME INFUSION*****XX*1765432186',
      'N3*100 MAIN ST',
      'N4*SPRINGFIELD*IL*627010001',
      'REF*EI*371234567',
      // claim 1
      'HL*2*1*22*0',
      'SBR*P*18*G100******CI',
      'NM1*IL*1*DIAZ*ANA****MI*M0001',
      'N3*200 OAK ST*APT 4',
      'N4*SPRINGFIELD*IL*627040002',
      'DMG*D8*19580312*F',
      'NM1*PR*2*BLUE CROSS*****PI*BCBS01',
      'CLM*DL00000001*1450.05***12:B:1*Y*A*Y*Y',
      'REF*G1*PA1',
      'HI*ABK:M86171*ABF:Z792',
      'NM1*DN*1*PATEL*ANITA****XX*1543278968',
      'LX*1',
      'SV1*HC:S9502*1050*UN*7***1:2',
      'DTP*472*RD8*20260105-20260111',
      'REF*6R*DL00000001-1',
      'LX*2',
      'SV1*HC:J2185*315*UN*210***1',
      'DTP*472*RD8*20260105-20260111',
      'REF*6R*DL00000001-2',
      'LIN**N4*63323050720',
      'CTP****21*UN',
      'LX*3',
      'SV1*HC:S9501:SH*60*UN*1***2',
      'DTP*472*D8*20260112',
      'REF*G1*PA2',
      'REF*6R*DL00000001-3',
      'LX*4',
      'SV1*HC:J3370*25.05*UN*4***1',
      'DTP*472*D8*20260112',
      'REF*6R*DL00000001-4',
      'LIN**N4*00409653201',
      'CTP****2*UN',
      // claim 2
      'HL*3*1*22*0',
      'SBR*S*18*******CI',
      'NM1*IL*1*NG*BEN****MI*M0002',
      'N3*9 ELM ST',
      'N4*PEORIA*IL*616020003',
      'DMG*D8*19471130*M',
      'NM1*PR*2*BLUE CROSS*****PI*BCBS01',
      'CLM*DL00000002*180***12:B:7*Y*A*Y*Y',
      'REF*F8*PCN0001',
      'HI*ABK:Z792',
      'SBR*P*18*******MB',
      'OI***Y***Y',
      'NM1*IL*1*NG*BEN****MI*1EG4TE5MK73',
      'NM1*PR*2*MEDICARE PART B*****PI*MCR01',
      'LX*1',
      'SV1*HC:99601*180*UN*1***1',
      'DTP*472*D8*20260105',
      'REF*6R*DL00000002-1',
      'SE*62*0001',
      'GE*1*17',
      'IEA*1*000000042',
    ]);
    expect(text.endsWith('IEA*1*000000042~\n')).toBe(true);
    expect(check837p(text)).toEqual([]);
  });

  it('makes the ISA exactly 106 characters, ids padded to 15', () => {
    const isa = write837p(interchange()).split('~')[0]!;
    expect(isa.length + 1).toBe(106);
    expect(isa.split('*').map((e) => e.length)).toEqual([3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]);
  });
});

describe('write837p: counts and control numbers', () => {
  it('SE01 counts ST through SE; GE01 and IEA01 count the one transaction set and group', () => {
    const one = segments(write837p(interchange([firstClaim()])));
    const st = one.findIndex((s) => s.startsWith('ST*'));
    const se = one.findIndex((s) => s.startsWith('SE*'));
    expect([st, se]).toEqual([2, 45]);
    expect(one[se]).toBe('SE*44*0001');
    expect(one.slice(-2)).toEqual(['GE*1*17', 'IEA*1*000000042']);
  });

  it('with no claims: an HL without children, and SE counts the 12 segments ST through SE', () => {
    const text = write837p(interchange([]));
    expect(segments(text).slice(7, 8)).toEqual(['HL*1**20*0']);
    expect(segments(text).slice(-3)).toEqual(['SE*12*0001', 'GE*1*17', 'IEA*1*000000042']);
    expect(check837p(text)).toEqual([]);
  });

  it('pads ISA13/IEA02 to 9 digits, repeats GS06 in GE02, and names the batch in BHT03', () => {
    const i = { ...interchange([firstClaim()]), interchangeControlNumber: 123456789, groupControlNumber: 2026 };
    const s = segments(write837p(i));
    expect(s[0]!.split('*')[13]).toBe('123456789');
    expect(s[1]!.split('*')[6]).toBe('2026');
    expect(s[3]).toBe('BHT*0019*00*DL123456789*20260202*0930*CH');
    expect(s.slice(-2)).toEqual(['GE*1*2026', 'IEA*1*123456789']);
    const small = segments(write837p({ ...i, interchangeControlNumber: 7, groupControlNumber: 7 }));
    expect([small[0]!.split('*')[13], small.at(-1)]).toEqual(['000000007', 'IEA*1*000000007']);
  });

  it('numbers HL per claim (parent 1) and LX per line within each claim', () => {
    const s = segments(write837p(interchange([firstClaim(), secondClaim(), { ...firstClaim(), controlNumber: 'DL00000003' }])));
    expect(s.filter((x) => x.startsWith('HL*'))).toEqual(['HL*1**20*1', 'HL*2*1*22*0', 'HL*3*1*22*0', 'HL*4*1*22*0']);
    expect(s.filter((x) => x.startsWith('LX*'))).toEqual(['LX*1', 'LX*2', 'LX*3', 'LX*4', 'LX*1', 'LX*1', 'LX*2', 'LX*3', 'LX*4']);
  });
});

describe('write837p: drug lines (2410 LIN/CTP)', () => {
  it('writes LIN**N4 and CTP after REF*6R only for a line with an NDC, with the NDC unit and quantity', () => {
    const claim = firstClaim();
    claim.lines = [
      claim.lines[0]!,
      { ...claim.lines[1]!, ndc: '00338004904', ndcQuantity: 2.5, ndcUnit: 'ML' },
      { ...claim.lines[3]!, ndc: '00409653201', ndcQuantity: 1 / 3, ndcUnit: undefined },
    ];
    const s = segments(write837p(interchange([claim])));
    const after = (prefix: string, n: number) => {
      const at = s.findIndex((x) => x.startsWith(prefix));
      return s.slice(at, at + n);
    };
    expect(after('REF*6R*DL00000001-1', 2)).toEqual(['REF*6R*DL00000001-1', 'LX*2']);
    expect(after('REF*6R*DL00000001-2', 3)).toEqual(['REF*6R*DL00000001-2', 'LIN**N4*00338004904', 'CTP****2.5*ML']);
    // Quantities to 3 decimals; a missing NDC unit goes out as UN.
    expect(after('REF*6R*DL00000001-4', 3)).toEqual(['REF*6R*DL00000001-4', 'LIN**N4*00409653201', 'CTP****0.333*UN']);
  });

  it('check837p refuses a J-code line without LIN/CTP', () => {
    const claim = firstClaim();
    claim.lines = [{ ...claim.lines[1]!, ndc: undefined, ndcQuantity: undefined, ndcUnit: undefined }];
    expect(check837p(write837p(interchange([claim])))).toEqual(['segment 26 (SV1): a drug line needs LIN**N4 and CTP']);
  });
});

describe('write837p: amounts', () => {
  it.each([
    [15000, '150'],
    [4550, '45.5'],
    [625, '6.25'],
    [2505, '25.05'],
    [5, '0.05'],
    [0, '0'],
    [-1250, '-12.5'],
  ])('x12Amount(%i) = %s', (cents, text) => {
    expect(x12Amount(cents)).toBe(text);
  });
});

describe('write837p: what it refuses, and what check837p refuses', () => {
  it('check837p refuses a replacement claim without its payer claim number: REF*F8 with an empty REF02', () => {
    const claim = { ...secondClaim(), payerClaimNumber: undefined };
    const text = write837p(interchange([claim]));
    expect(segments(text)).toContain('REF*F8');
    expect(check837p(text)).toEqual(['segment 22 (REF): REF02 is required but empty']);
  });

  it('check837p refuses an empty submitter phone (PER04)', () => {
    const i = interchange([firstClaim()]);
    i.submitter.phone = '';
    const text = write837p(i);
    expect(segments(text)[5]).toBe('PER*IC*BILLING OFFICE*TE');
    expect(check837p(text)).toEqual(['segment 6 (PER): PER04 is required but empty']);
  });

  it('refuses to write a control number longer than CLM01 allows or an id holding a separator', () => {
    const long = { ...firstClaim(), controlNumber: 'X'.repeat(39) };
    expect(() => write837p(interchange([long]))).toThrow(
      `The 837P cannot be written: CLM01 patient control number "${'X'.repeat(39)}" is longer than 38 characters.`,
    );
    const i = interchange([firstClaim()]);
    i.senderId = 'DRIP:LINE';
    expect(() => write837p(i)).toThrow('The 837P cannot be written: ISA06 sender id "DRIP:LINE" contains ":"');
  });
});
