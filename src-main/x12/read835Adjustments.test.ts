import { describe, expect, it } from 'vitest';
import { balanceProblems, read835, transactionBalanceProblems } from './read835';
import { remit835 } from './testing/remitFixtures';
import type { AdjustmentFixture, ClaimFixture } from './testing/remitFixtures';

// Adjustments beyond the line: reversals (RM-3 22), crossovers (RM-3 19-21), claim-level CAS (RM-2: they stay on
// the claim) and provider-level PLB (RM-4: kept with the remittance), with the IG balancing they must satisfy.

/** The one claim of a remittance that pays exactly what the claim was paid. */
const readClaim = (claim: ClaimFixture) =>
  read835(remit835([{ paymentCents: claim.paidCents, claims: [claim] }])).transactions[0]!.claims[0]!;

describe('read835: reversal and correction (RM-3 22)', () => {
  const original: ClaimFixture = {
    id: 'DL00000021',
    status: '1',
    chargeCents: 105000,
    paidCents: 84000,
    payerClaimNumber: 'PCN0021',
    adjustments: [{ group: 'CO', reason: '45', cents: 21000 }],
  };
  // RM-3 22: the payer takes back every amount of the original (CAS group CR), then pays the correction.
  const reversal: ClaimFixture = {
    ...original,
    status: '22',
    chargeCents: -original.chargeCents,
    paidCents: -original.paidCents,
    adjustments: original.adjustments!.map((a) => ({ ...a, group: 'CR', cents: -a.cents })),
  };
  const corrected: ClaimFixture = {
    ...original,
    paidCents: 94500,
    payerClaimNumber: 'PCN0022',
    adjustments: [{ group: 'CO', reason: '45', cents: 10500 }],
  };

  it('keeps the reversal with negative amounts right after the original, then the correction', () => {
    const [transaction] = read835(remit835([{ paymentCents: 94500, claims: [original, reversal, corrected] }])).transactions;
    expect(transaction!.claims.map((c) => [c.controlNumber, c.statusCode, c.chargeCents, c.paidCents, c.payerClaimNumber])).toEqual([
      ['DL00000021', '1', 105000, 84000, 'PCN0021'],
      ['DL00000021', '22', -105000, -84000, 'PCN0021'],
      ['DL00000021', '1', 105000, 94500, 'PCN0022'],
    ]);
    expect(transaction!.claims[1]!.adjustments).toEqual([{ group: 'CR', reason: '45', cents: -21000 }]);
    expect(transaction!.claims.flatMap(balanceProblems)).toEqual([]);
    expect(transactionBalanceProblems(transaction!)).toEqual([]);
  });
});

describe('read835: crossover (RM-3 19)', () => {
  const crossover: ClaimFixture = {
    id: 'DL00000031',
    status: '19',
    chargeCents: 50000,
    paidCents: 40000,
    patientCents: 10000,
    filing: 'MB',
    crossover: { name: 'BLUE CROSS SUPPLEMENT', id: 'BCS77' },
    correctedInsuredId: 'NEWID123',
    services: [
      {
        code: '99601',
        chargeCents: 50000,
        paidCents: 40000,
        adjustments: [{ group: 'PR', reason: '2', cents: 10000 }],
        remarks: ['MA18'],
      },
    ],
  };

  it('reads CLP02 19 with the payer it was forwarded to (NM1*TT) and a corrected insured id (NM1*74)', () => {
    const read = readClaim(crossover);
    expect(read).toMatchObject({
      statusCode: '19',
      filingIndicator: 'MB',
      crossover: { name: 'BLUE CROSS SUPPLEMENT', id: 'BCS77' },
      correctedInsuredId: 'NEWID123',
      patientResponsibilityCents: 10000,
    });
    expect(read.services[0]!.remarks).toEqual(['MA18']);
  });
});

describe('read835: claim-level CAS (RM-2)', () => {
  it('keeps claim-level adjustments on the claim, apart from the lines', () => {
    // 837P balancing example: lines paid 70 and 15 with line co-pays, then a 5.00 deductible per claim.
    const read = readClaim({
      id: 'DL00000041',
      status: '1',
      chargeCents: 10000,
      paidCents: 8000,
      patientCents: 2000,
      adjustments: [{ group: 'PR', reason: '1', cents: 500 }],
      services: [
        { code: '99601', chargeCents: 8000, paidCents: 7000, adjustments: [{ group: 'PR', reason: '3', cents: 1000 }] },
        { code: '99602', chargeCents: 2000, paidCents: 1500, adjustments: [{ group: 'PR', reason: '3', cents: 500 }] },
      ],
    });
    expect(read.adjustments).toEqual([{ group: 'PR', reason: '1', cents: 500 }]);
    expect(read.services.map((s) => s.adjustments)).toEqual([
      [{ group: 'PR', reason: '3', cents: 1000 }],
      [{ group: 'PR', reason: '3', cents: 500 }],
    ]);
    expect(balanceProblems(read)).toEqual([]);
  });

  it('reads up to six reason/amount/quantity triplets of one CAS, and several CAS per group', () => {
    const adjustments: AdjustmentFixture[] = [
      { group: 'CO', reason: '45', cents: 10000 },
      { group: 'CO', reason: '253', cents: 1000 },
      { group: 'CO', reason: '59', cents: 2000, quantity: 2 },
      { group: 'CO', reason: '97', cents: 3000 },
      { group: 'CO', reason: '234', cents: 4000 },
      { group: 'CO', reason: '94', cents: 1 },
      { group: 'OA', reason: '23', cents: -1 },
    ];
    const read = readClaim({ id: 'DL00000042', status: '1', chargeCents: 100000, paidCents: 80000, adjustments });
    expect(read.adjustments).toEqual(adjustments);
    expect(balanceProblems(read)).toEqual([]);
  });
});

describe('read835: provider-level adjustments (PLB, RM-4)', () => {
  it('reads one entry per reason pair: WO recovery, L6 interest, FB forward balance', () => {
    const claims: ClaimFixture[] = [{ id: 'DL00000051', status: '1', chargeCents: 50000, paidCents: 50000 }];
    const text = remit835([
      {
        paymentCents: 47525,
        claims,
        plb: [
          {
            providerId: '1234567893',
            fiscalPeriodEnd: '2026-12-31',
            adjustments: [
              { reason: 'WO', reference: 'PCN0007', cents: 3000 },
              { reason: 'L6', cents: -25 },
              { reason: 'FB', reference: 'FB2026A', cents: -500 },
            ],
          },
        ],
      },
    ]);
    expect(text).toContain('PLB*1234567893*20261231*WO:PCN0007*30*L6*-0.25*FB:FB2026A*-5~');
    const [transaction] = read835(text).transactions;
    expect(transaction!.providerAdjustments).toEqual([
      { line: 16, providerId: '1234567893', fiscalPeriodEnd: '2026-12-31', reason: 'WO', reference: 'PCN0007', cents: 3000 },
      { line: 16, providerId: '1234567893', fiscalPeriodEnd: '2026-12-31', reason: 'L6', reference: null, cents: -25 },
      { line: 16, providerId: '1234567893', fiscalPeriodEnd: '2026-12-31', reason: 'FB', reference: 'FB2026A', cents: -500 },
    ]);
    // IG 1.10.2.1.3: 500.00 paid on claims less 30.00 recovered plus 0.25 interest and 5.00 forward balance.
    expect(transactionBalanceProblems(transaction!)).toEqual([]);
  });

  it('says when BPR02 is not the claim payments less the PLB amounts', () => {
    const [transaction] = read835(
      remit835([
        {
          paymentCents: 50000,
          trace: 'EFT9',
          claims: [{ id: 'DL00000052', status: '1', chargeCents: 50000, paidCents: 50000 }],
          plb: [{ providerId: '1234567893', fiscalPeriodEnd: '2026-12-31', adjustments: [{ reason: 'WO', cents: 3000 }] }],
        },
      ]),
    ).transactions;
    expect(transactionBalanceProblems(transaction!)).toEqual([
      'remittance 0001 (trace EFT9) does not balance: claim payments 500.00 less provider adjustments 30.00 is 470.00, but the payment (BPR02) is 500.00',
    ]);
  });
});
