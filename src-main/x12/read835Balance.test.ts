import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceProblems, read835 } from './read835';
import type { RemitClaim835, RemitService835 } from './read835';
import { remit835 } from './testing/remitFixtures';
import type { ClaimFixture } from './testing/remitFixtures';

// RM-2: a claim or line that does not balance is held for review, never posted silently. balanceProblems checks
// the 835 IG 1.10.2.1 identities: SVC02 - line CAS = SVC03; CLP03 - claim CAS - line CAS = CLP04; and, with lines,
// CLP04 = sum of SVC03 - claim CAS.

const readClaim = (claim: ClaimFixture): RemitClaim835 =>
  read835(remit835([{ paymentCents: claim.paidCents, claims: [claim] }])).transactions[0]!.claims[0]!;

describe('balanceProblems', () => {
  it('is empty for a balanced claim without lines (CLP03 - claim CAS = CLP04)', () => {
    const claim = readClaim({
      id: 'DL1',
      status: '1',
      chargeCents: 10000,
      paidCents: 7500,
      adjustments: [{ group: 'CO', reason: '45', cents: 2500 }],
    });
    expect(balanceProblems(claim)).toEqual([]);
  });

  it('names the claim and its line when a claim without lines does not balance', () => {
    const claim = readClaim({
      id: 'DL2',
      status: '1',
      chargeCents: 10000,
      paidCents: 7500,
      adjustments: [{ group: 'CO', reason: '45', cents: 2000 }],
    });
    expect(balanceProblems(claim)).toEqual([
      'claim DL2 (line 15) does not balance: charge 100.00 less all adjustments 20.00 is 80.00, but the claim payment (CLP04) is 75.00',
    ]);
  });

  it('reports a line whose charge is not its payment plus its adjustments, and the claim that follows from it', () => {
    const claim = readClaim({
      id: 'DL3',
      status: '1',
      chargeCents: 20000,
      paidCents: 15000,
      services: [
        { code: 'S9502', chargeCents: 10000, paidCents: 8000, adjustments: [{ group: 'CO', reason: '45', cents: 1500 }] },
        { code: 'J2185', chargeCents: 10000, paidCents: 7000, adjustments: [{ group: 'PR', reason: '2', cents: 3000 }] },
      ],
    });
    expect(balanceProblems(claim)).toEqual([
      'claim DL3 (line 15): service S9502 on line 16 does not balance: charge 100.00 less adjustments 15.00 is 85.00, but the payer paid 80.00',
      'claim DL3 (line 15) does not balance: charge 200.00 less all adjustments 45.00 is 155.00, but the claim payment (CLP04) is 150.00',
    ]);
  });

  it('reports a claim payment that is not the line payments less the claim-level adjustments', () => {
    // Each line balances, but CLP03/CLP04 disagree with the lines: the payer's claim total is wrong.
    const claim = readClaim({
      id: 'DL4',
      status: '1',
      chargeCents: 20000,
      paidCents: 18000,
      adjustments: [{ group: 'PR', reason: '1', cents: 1000 }],
      services: [
        { code: 'S9502', chargeCents: 10000, paidCents: 10000 },
        { code: 'J2185', chargeCents: 10000, paidCents: 10000 },
      ],
    });
    expect(balanceProblems(claim)).toEqual([
      'claim DL4 (line 15) does not balance: charge 200.00 less all adjustments 10.00 is 190.00, but the claim payment (CLP04) is 180.00',
      'claim DL4 (line 15): the line payments total 200.00, less claim-level adjustments 10.00 that is 190.00, but the claim payment (CLP04) is 180.00',
    ]);
  });

  it('reports a claim whose charge is not the sum of its line charges', () => {
    const claim = readClaim({
      id: 'DL5',
      status: '1',
      chargeCents: 25000,
      paidCents: 20000,
      adjustments: [{ group: 'CO', reason: '45', cents: 5000 }],
      services: [{ code: 'S9502', chargeCents: 20000, paidCents: 20000 }],
    });
    expect(balanceProblems(claim)).toEqual([
      'claim DL5 (line 15): the line payments total 200.00, less claim-level adjustments 50.00 that is 150.00, but the claim payment (CLP04) is 200.00',
    ]);
  });

  it('balances a reversal with negative amounts', () => {
    const claim = readClaim({
      id: 'DL6',
      status: '22',
      chargeCents: -10000,
      paidCents: -8000,
      services: [{ code: 'S9502', chargeCents: -10000, paidCents: -8000, adjustments: [{ group: 'CR', reason: '45', cents: -2000 }] }],
    });
    expect(balanceProblems(claim)).toEqual([]);
  });

  it('property: a claim built to balance always balances, and moving one cent of payment never does', () => {
    const line = fc.record({
      paid: fc.integer({ min: 0, max: 500000 }),
      adjustments: fc.array(
        fc.record({
          group: fc.constantFrom('CO', 'PR', 'OA'),
          reason: fc.constantFrom('1', '2', '45', '197'),
          cents: fc.integer({ min: -5000, max: 50000 }),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 5000 }), (lines, claimLevel) => {
        const services = lines.map((l, i): RemitService835 => ({
          line: 20 + i,
          code: 'S9502',
          qualifier: 'HC',
          modifiers: [],
          chargeCents: l.paid + l.adjustments.reduce((sum, a) => sum + a.cents, 0),
          paidCents: l.paid,
          units: 1,
          submitted: null,
          submittedUnits: null,
          from: null,
          to: null,
          lineControl: null,
          adjustments: l.adjustments.map((a) => ({ ...a, group: a.group as 'CO' | 'PR' | 'OA' })),
          remarks: [],
          allowedCents: null,
        }));
        const charge = services.reduce((sum, s) => sum + s.chargeCents, 0);
        const paid = services.reduce((sum, s) => sum + s.paidCents, 0) - claimLevel;
        const claim: RemitClaim835 = {
          ...readClaim({ id: 'DLP', status: '1', chargeCents: 0, paidCents: 0 }),
          chargeCents: charge,
          paidCents: paid,
          adjustments: claimLevel === 0 ? [] : [{ group: 'PR', reason: '1', cents: claimLevel }],
          services,
        };
        expect(balanceProblems(claim)).toEqual([]);
        expect(balanceProblems({ ...claim, paidCents: paid + 1 })).toHaveLength(2);
      }),
      { numRuns: 200 },
    );
  });
});
