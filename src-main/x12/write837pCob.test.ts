import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medicarePrimary837, professionalClaim837, secondarySubscriber837, serviceLine837, testInterchange } from '../testing/x12Fixtures';
import { ADJUSTMENT_GROUPS, type Adjustment } from '../vocabulary';
import { check837p, x12Cents } from './check837p';
import type { Claim837, Line837, LinePriorAnswer837 } from './claim837Types';
import { write837p } from './write837p';
import { casSegments } from './write837pCob';

// CB-1/CB-2 in the 837P: loop 2320 (CAS, AMT*D, AMT*EAF), 2330B (DTP*573, REF*F8) and 2430 (SVD, CAS, DTP*573,
// AMT*EAF), written from hand-built answers; every file must also pass check837p's COB balancing.

const SENDER = {
  name: 'Prairie Home Infusion',
  contactName: 'Billing Office',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627010001' },
  interchangeControlNumber: 51,
  groupControlNumber: 51,
};

const line = (n: number, code: string, chargeCents: number, units: number, extra: Partial<Line837> = {}): Line837 =>
  serviceLine837(`DL00000010-${n}`, code, chargeCents, units, extra);

const denied = (code: string, units: number, cents: number): LinePriorAnswer837 => ({
  payerId: 'MCR01',
  code,
  modifiers: [],
  units,
  paidCents: 0,
  adjustments: [{ group: 'CO', reason: '96', cents }],
  adjudicatedOn: '2026-01-20',
  remainingPatientLiabilityCents: 0,
});

/** PY-1: a Medicare beneficiary's nursing visit went to Medicare for the denial; the per diem and drug did not. */
const afterMedicare = (): Claim837 =>
  professionalClaim837({
    controlNumber: 'DL00000010',
    diagnoses: ['M86171'],
    subscriber: secondarySubscriber837(),
    otherPayers: [medicarePrimary837({ paidCents: 0, adjustments: [], adjudicatedOn: '2026-01-20', payerClaimNumber: '22126001234000' })],
    lines: [
      line(1, 'S9502', 45000, 3, { to: '2026-01-07' }),
      line(2, 'J2185', 40500, 90, { to: '2026-01-07', ndc: '63323050720', ndcQuantity: 9, ndcUnit: 'UN' }),
      line(3, '99601', 18000, 1, { priorAnswers: [denied('99601', 1, 18000)] }),
      line(4, '99602', 16000, 2, { priorAnswers: [denied('99602', 2, 16000)] }),
    ],
  });

const acmeLine = (paidCents: number, adjustments: Adjustment[], code: string, units: number, eaf: number): LinePriorAnswer837 => ({
  payerId: 'ACME1',
  code,
  modifiers: [],
  units,
  paidCents,
  adjustments,
  adjudicatedOn: '2026-01-25',
  remainingPatientLiabilityCents: eaf,
});

/** CB-2: a commercial primary allowed less (CO-45), applied the deductible (PR-1) and coinsurance (PR-2); Medicaid is next. */
const afterCommercial = (): Claim837 => ({
  ...afterMedicare(),
  controlNumber: 'DL00000011',
  subscriber: { ...afterMedicare().subscriber, filingIndicator: 'MC', memberId: 'MCD555' },
  payer: { name: 'State Medicaid', payerId: 'MCD01' },
  otherPayers: [
    {
      payerResponsibility: 'P',
      groupNumber: 'GRP77',
      filingIndicator: 'CI',
      memberId: 'XYZ987',
      payer: { name: 'Acme Health', payerId: 'ACME1' },
      answer: { paidCents: 13600, adjustments: [], adjudicatedOn: '2026-01-25', payerClaimNumber: 'AC2026-5511' },
    },
  ],
  lines: [
    line(1, 'S9502', 15000, 1, {
      priorAnswers: [
        acmeLine(
          5600,
          [
            { group: 'CO', reason: '45', cents: 3000 },
            { group: 'PR', reason: '1', cents: 5000 },
            { group: 'PR', reason: '2', cents: 1400 },
          ],
          'S9502',
          1,
          6400,
        ),
      ],
    }),
    line(2, 'J2185', 13500, 30, {
      ndc: '63323050720',
      ndcQuantity: 3,
      priorAnswers: [
        acmeLine(
          8000,
          [
            { group: 'CO', reason: '45', cents: 3500 },
            { group: 'PR', reason: '2', cents: 2000 },
          ],
          'J2185',
          30,
          2000,
        ),
      ],
    }),
  ],
});

const written = (claims: Claim837[]) => write837p(testInterchange(SENDER, claims));
/** The claim's segments from CLM up to the next HL or SE. */
const claimPart = (text: string) => {
  const all = text.split('~\n').filter(Boolean);
  const from = all.findIndex((s) => s.startsWith('CLM*'));
  const to = all.findIndex((s, i) => i > from && (s.startsWith('HL*') || s.startsWith('SE*')));
  return all.slice(from, to);
};

describe('write837p with coordination of benefits (CB-1)', () => {
  it('after a Medicare denial of the nursing lines: 2430 on those lines only, none on the per diem and drug Medicare never had (PY-1)', () => {
    const text = written([afterMedicare()]);
    expect(check837p(text)).toEqual([]);
    // The denial's remark code (RARC) stays in the remittance: the 837P 2430 has no element for it.
    expect(claimPart(text)).toEqual([
      'CLM*DL00000010*1195***12:B:1*Y*A*Y*Y',
      'HI*ABK:M86171',
      'SBR*P*18*******MB',
      'AMT*D*0',
      'OI***Y***Y',
      'NM1*IL*1*NG*BEN****MI*1EG4TE5MK73',
      'NM1*PR*2*MEDICARE PART B*****PI*MCR01',
      // No 2330B DTP*573: the adjudication date is on each 2430.
      'REF*F8*22126001234000',
      'LX*1',
      'SV1*HC:S9502*450*UN*3***1',
      'DTP*472*RD8*20260105-20260107',
      'REF*6R*DL00000010-1',
      'LX*2',
      'SV1*HC:J2185*405*UN*90***1',
      'DTP*472*RD8*20260105-20260107',
      'REF*6R*DL00000010-2',
      'LIN**N4*63323050720',
      'CTP****9*UN',
      'LX*3',
      'SV1*HC:99601*180*UN*1***1',
      'DTP*472*D8*20260105',
      'REF*6R*DL00000010-3',
      'SVD*MCR01*0*HC:99601**1',
      'CAS*CO*96*180',
      'DTP*573*D8*20260120',
      'AMT*EAF*0',
      'LX*4',
      'SV1*HC:99602*160*UN*2***1',
      'DTP*472*D8*20260105',
      'REF*6R*DL00000010-4',
      'SVD*MCR01*0*HC:99602**2',
      'CAS*CO*96*160',
      'DTP*573*D8*20260120',
      'AMT*EAF*0',
    ]);
  });

  it('after a commercial partial payment (CB-2): PR-1, PR-2 and CO-45 per line, one CAS per group, AMT*EAF on each line', () => {
    const text = written([afterCommercial()]);
    expect(check837p(text)).toEqual([]);
    const part = claimPart(text);
    expect(part.slice(2, 8)).toEqual([
      'SBR*P*18*GRP77******CI',
      'AMT*D*136',
      'OI***Y***Y',
      'NM1*IL*1*NG*BEN****MI*XYZ987',
      'NM1*PR*2*ACME HEALTH*****PI*ACME1',
      'REF*F8*AC2026-5511',
    ]);
    expect(part.slice(12, 17)).toEqual([
      'SVD*ACME1*56*HC:S9502**1',
      'CAS*CO*45*30',
      'CAS*PR*1*50**2*14',
      'DTP*573*D8*20260125',
      'AMT*EAF*64',
    ]);
    expect(part.slice(-5)).toEqual(['SVD*ACME1*80*HC:J2185**30', 'CAS*CO*45*35', 'CAS*PR*2*20', 'DTP*573*D8*20260125', 'AMT*EAF*20']);
  });

  it('a claim-level answer only (no line detail): 2320 CAS, AMT*D, AMT*EAF, and the date in 2330B DTP*573', () => {
    const claim = afterCommercial();
    claim.lines = claim.lines.map((l) => ({ ...l, priorAnswers: undefined }));
    claim.otherPayers![0]!.answer = {
      paidCents: 13600,
      adjustments: [
        { group: 'CO', reason: '45', cents: 6500 },
        { group: 'PR', reason: '1', cents: 5000 },
        { group: 'PR', reason: '2', cents: 3400 },
      ],
      remainingPatientLiabilityCents: 8400,
      adjudicatedOn: '2026-01-25',
    };
    const text = written([claim]);
    expect(check837p(text)).toEqual([]);
    expect(claimPart(text).slice(2, 11)).toEqual([
      'SBR*P*18*GRP77******CI',
      'CAS*CO*45*65',
      'CAS*PR*1*50**2*34',
      'AMT*D*136',
      'AMT*EAF*84',
      'OI***Y***Y',
      'NM1*IL*1*NG*BEN****MI*XYZ987',
      'NM1*PR*2*ACME HEALTH*****PI*ACME1',
      'DTP*573*D8*20260125',
    ]);
    expect(text).not.toContain('SVD*');
  });

  it('a claim-level adjustment beside line answers: CAS before AMT*D, and AMT*D = lines paid less that adjustment', () => {
    const claim = afterCommercial();
    claim.otherPayers![0]!.answer = {
      paidCents: 13328,
      adjustments: [{ group: 'CO', reason: '253', cents: 272 }],
      adjudicatedOn: '2026-01-25',
    };
    const text = written([claim]);
    expect(check837p(text)).toEqual([]);
    expect(claimPart(text).slice(2, 5)).toEqual(['SBR*P*18*GRP77******CI', 'CAS*CO*253*2.72', 'AMT*D*133.28']);
  });

  it('more than six adjustments of one group on a line continue in a second CAS; quantities go in CAS04; zero amounts are left out', () => {
    const adjustments: Adjustment[] = [
      ...['45', '97', '59', '151', '197', '234', '253'].map((reason) => ({ group: 'CO' as const, reason, cents: 1000 })),
      { group: 'PR', reason: '3', cents: 2000, quantity: 1 },
      { group: 'OA', reason: '23', cents: 0 },
    ];
    const claim = afterCommercial();
    claim.lines = [line(1, '99601', 100000, 1, { priorAnswers: [acmeLine(91000, adjustments, '99601', 1, 2000)] })];
    claim.otherPayers![0]!.answer = { paidCents: 91000, adjustments: [], adjudicatedOn: '2026-01-25' };
    const text = written([claim]);
    expect(check837p(text)).toEqual([]);
    expect(claimPart(text).slice(-6)).toEqual([
      'SVD*ACME1*910*HC:99601**1',
      'CAS*CO*45*10**97*10**59*10**151*10**197*10**234*10',
      'CAS*CO*253*10',
      'CAS*PR*3*20*1',
      'DTP*573*D8*20260125',
      'AMT*EAF*20',
    ]);
  });

  it('writes the payer-adjudicated code, modifiers and units in SVD03/SVD05, and refuses an SVD01 holding a separator', () => {
    const claim = afterCommercial();
    claim.lines[0]!.priorAnswers = [{ ...claim.lines[0]!.priorAnswers![0]!, code: 'S9501', modifiers: ['SH'], units: 0.5 }];
    expect(written([claim])).toContain('SVD*ACME1*56*HC:S9501:SH**0.5~');
    claim.lines[0]!.priorAnswers = [{ ...claim.lines[0]!.priorAnswers![0]!, payerId: 'AC*1' }];
    expect(() => written([claim])).toThrow('The 837P cannot be written: SVD01 other payer id "AC*1" contains "*"');
  });

  it('an other payer without an answer is written as before: SBR, OI, NM1*IL, NM1*PR only', () => {
    const claim = afterMedicare();
    claim.otherPayers![0]!.answer = undefined;
    claim.lines = claim.lines.map((l) => ({ ...l, priorAnswers: undefined }));
    expect(claimPart(written([claim])).slice(2, 7)).toEqual([
      'SBR*P*18*******MB',
      'OI***Y***Y',
      'NM1*IL*1*NG*BEN****MI*1EG4TE5MK73',
      'NM1*PR*2*MEDICARE PART B*****PI*MCR01',
      'LX*1',
    ]);
  });
});

const adjustmentArb = fc.record({
  group: fc.constantFrom(...ADJUSTMENT_GROUPS),
  reason: fc.constantFrom('1', '2', '3', '45', '96', '97', '253'),
  cents: fc.integer({ min: -50000, max: 50000 }),
});

describe('casSegments and line balancing (properties)', () => {
  it('one group per CAS, at most six trios each, as few CAS as the groups need, and the amounts add up to the non-zero adjustments', () => {
    fc.assert(
      fc.property(fc.array(adjustmentArb, { maxLength: 40, size: 'max' }), (adjustments) => {
        const cas = casSegments(adjustments).map((s) => s.split('*'));
        const kept = adjustments.filter((a) => a.cents !== 0);
        const trios = (s: string[]) => Math.ceil((s.length - 2) / 3);
        for (const group of ADJUSTMENT_GROUPS) {
          const n = kept.filter((a) => a.group === group).length;
          const ofGroup = cas.filter((s) => s[1] === group);
          expect(ofGroup.length).toBe(Math.ceil(n / 6));
          // Every CAS of a group is full (six trios) but its last.
          expect(ofGroup.map(trios)).toEqual(ofGroup.map((_, i) => (i < ofGroup.length - 1 ? 6 : n - 6 * i)));
        }
        const amounts = cas.flatMap((s) => [3, 6, 9, 12, 15, 18].map((p) => s[p]).filter((v): v is string => !!v));
        expect(amounts.reduce((sum, v) => sum + x12Cents(v)!, 0)).toBe(kept.reduce((sum, a) => sum + a.cents, 0));
      }),
    );
  });

  it('a line whose answer balances passes check837p; one off by any amount is refused naming the claim and line', () => {
    fc.assert(
      fc.property(fc.array(adjustmentArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: -300, max: 300 }), (adjustments, off) => {
        const positive = adjustments.map((a) => ({ ...a, cents: Math.abs(a.cents) + 1 }));
        const charge = positive.reduce((sum, a) => sum + a.cents, 0) + 5000;
        const claim = afterCommercial();
        claim.lines = [line(1, '99601', charge, 1, { priorAnswers: [acmeLine(5000 + off, positive, '99601', 1, 0)] })];
        claim.otherPayers![0]!.answer = { paidCents: 5000 + off, adjustments: [], adjudicatedOn: '2026-01-25' };
        const casCount = casSegments(positive).length;
        const problems = check837p(written([claim])).filter((p) => !p.includes('CAS segments'));
        expect(problems.length).toBe(off === 0 ? 0 : 1);
        if (off !== 0) expect(problems[0]).toMatch(/^claim DL00000011, line 1 \(99601\): the charge \$[\d.]+ is not what ACME1 paid/);
        expect(check837p(written([claim])).some((p) => p.includes('CAS segments'))).toBe(casCount > 5);
      }),
    );
  });
});
