import { describe, expect, it } from 'vitest';
import { balanceProblems, read835 } from './read835';
import type { RemitClaim835 } from './read835';
import { fixtureInterchange, remit835, remitBody } from './testing/remitFixtures';
import type { ClaimFixture, RemitFixture } from './testing/remitFixtures';

// read835 on the outcomes a home-infusion biller meets (RM-1..RM-3): paid in full, paid with patient
// responsibility, denied, a line denied inside a paid claim, a code the payer changed; and the file shapes:
// several transaction sets, payers and functional groups.

const patient = { last: 'DIAZ', first: 'ANA', memberId: 'M0001' };

const paidInFull: ClaimFixture = {
  id: 'DL00000001',
  status: '1',
  chargeCents: 105000,
  paidCents: 105000,
  payerClaimNumber: 'PCN0001',
  frequency: '1',
  patient,
  statementFrom: '2026-01-05',
  statementTo: '2026-01-11',
  receivedOn: '2026-02-02',
  services: [
    {
      code: 'S9502',
      chargeCents: 105000,
      paidCents: 105000,
      units: 7,
      date: '2026-01-05',
      lineControl: 'DL00000001-1',
      allowedCents: 105000,
    },
  ],
};

const oneRemit = (claims: ClaimFixture[], extra: Partial<RemitFixture> = {}): RemitFixture => ({
  paymentCents: claims.reduce((sum, c) => sum + c.paidCents, 0),
  productionDate: '2026-03-04',
  claims,
  ...extra,
});

describe('read835: claims as paid', () => {
  it('reads a claim paid in full, with envelope, payment, trace, payer and payee', () => {
    const remit = read835(remit835([oneRemit([paidInFull])], { controlNumber: '000000777' }));
    expect(remit.interchangeControlNumber).toBe('000000777');
    expect([remit.senderId, remit.receiverId]).toEqual(['PAYERSENDER', 'DRIPLINE']);
    expect(remit.warnings).toEqual([]);
    const [transaction] = remit.transactions;
    expect(transaction).toMatchObject({
      controlNumber: '0001',
      payment: { handlingCode: 'I', totalCents: 105000, creditDebit: 'C', method: 'ACH', date: '2026-03-06' },
      trace: { type: '1', number: 'EFT0001', originatorId: '1512345678' },
      payer: { name: 'ACME HEALTH PLAN', id: '60054' },
      payee: { name: 'DRIPLINE INFUSION', npi: '1234567893', taxId: '861234567' },
      productionDate: '2026-03-04',
      providerAdjustments: [],
    });
    expect(transaction!.claims).toEqual([
      {
        line: 16,
        controlNumber: 'DL00000001',
        statusCode: '1',
        chargeCents: 105000,
        paidCents: 105000,
        patientResponsibilityCents: 0,
        filingIndicator: 'CI',
        payerClaimNumber: 'PCN0001',
        frequency: '1',
        adjustments: [],
        patient: { lastName: 'DIAZ', firstName: 'ANA', memberId: 'M0001' },
        correctedInsuredId: null,
        crossover: null,
        remarks: [],
        statementFrom: '2026-01-05',
        statementTo: '2026-01-11',
        receivedOn: '2026-02-02',
        services: [
          {
            line: 21,
            code: 'S9502',
            qualifier: 'HC',
            modifiers: [],
            chargeCents: 105000,
            paidCents: 105000,
            units: 7,
            submitted: null,
            submittedUnits: null,
            from: '2026-01-05',
            to: '2026-01-05',
            lineControl: 'DL00000001-1',
            adjustments: [],
            remarks: [],
            allowedCents: 105000,
          },
        ],
      } satisfies RemitClaim835,
    ]);
  });

  it('reads a partial payment: PR-1 deductible, PR-2 coinsurance and CO-45 on the line', () => {
    const claim: ClaimFixture = {
      id: 'DL00000002',
      status: '1',
      chargeCents: 150000,
      paidCents: 64000,
      patientCents: 36000,
      patient,
      services: [
        {
          code: 'J2185',
          chargeCents: 150000,
          paidCents: 64000,
          units: 30,
          date: '2026-01-06',
          adjustments: [
            { group: 'CO', reason: '45', cents: 50000 },
            { group: 'PR', reason: '1', cents: 20000 },
            { group: 'PR', reason: '2', cents: 16000 },
          ],
          allowedCents: 100000,
        },
      ],
    };
    const [read] = read835(remit835([oneRemit([claim])])).transactions[0]!.claims;
    expect(read!.patientResponsibilityCents).toBe(36000);
    expect(read!.adjustments).toEqual([]);
    expect(read!.services[0]!.adjustments).toEqual([
      { group: 'CO', reason: '45', cents: 50000 },
      { group: 'PR', reason: '1', cents: 20000 },
      { group: 'PR', reason: '2', cents: 16000 },
    ]);
    expect(read!.services[0]!.allowedCents).toBe(100000);
    expect(balanceProblems(read!)).toEqual([]);
  });

  it('reads a denied claim: CLP02 4, CO-197 with remark N30 on the line, CO-50 with a quantity', () => {
    const claim: ClaimFixture = {
      id: 'DL00000003',
      status: '4',
      chargeCents: 80000,
      paidCents: 0,
      remarks: ['N30'],
      services: [
        {
          code: 'S9500',
          chargeCents: 50000,
          paidCents: 0,
          units: 5,
          adjustments: [{ group: 'CO', reason: '197', cents: 50000 }],
          remarks: ['N30'],
        },
        { code: '99601', chargeCents: 30000, paidCents: 0, adjustments: [{ group: 'CO', reason: '50', cents: 30000, quantity: 1 }] },
      ],
    };
    const [read] = read835(remit835([oneRemit([claim])])).transactions[0]!.claims;
    expect(read!.statusCode).toBe('4');
    expect(read!.paidCents).toBe(0);
    expect(read!.remarks).toEqual(['N30']);
    expect(read!.services.map((s) => [s.code, s.units, s.paidCents, s.adjustments, s.remarks])).toEqual([
      ['S9500', 5, 0, [{ group: 'CO', reason: '197', cents: 50000 }], ['N30']],
      ['99601', 1, 0, [{ group: 'CO', reason: '50', cents: 30000, quantity: 1 }], []],
    ]);
    expect(balanceProblems(read!)).toEqual([]);
  });

  it('reads a line denied inside a paid claim (RM-5): one line paid, one line CO-197', () => {
    const claim: ClaimFixture = {
      id: 'DL00000004',
      status: '1',
      chargeCents: 135000,
      paidCents: 105000,
      services: [
        { code: 'S9502', chargeCents: 105000, paidCents: 105000, units: 7, lineControl: 'DL00000004-1' },
        {
          code: 'J3370',
          chargeCents: 30000,
          paidCents: 0,
          units: 4,
          lineControl: 'DL00000004-2',
          adjustments: [{ group: 'CO', reason: '197', cents: 30000 }],
          remarks: ['N30', 'M62'],
        },
      ],
    };
    const [read] = read835(remit835([oneRemit([claim])])).transactions[0]!.claims;
    expect(read!.statusCode).toBe('1');
    const denied = read!.services.filter((s) => s.paidCents === 0);
    expect(denied.map((s) => [s.lineControl, s.code, s.adjustments[0]?.reason, s.remarks])).toEqual([
      ['DL00000004-2', 'J3370', '197', ['N30', 'M62']],
    ]);
    expect(balanceProblems(read!)).toEqual([]);
  });

  it('reads SVC06/SVC07 when the payer paid under another code than the one sent', () => {
    const claim: ClaimFixture = {
      id: 'DL00000005',
      status: '1',
      chargeCents: 70000,
      paidCents: 56000,
      services: [
        {
          code: 'S9500',
          modifiers: ['SH'],
          chargeCents: 70000,
          paidCents: 56000,
          units: 7,
          submitted: { code: 'S9494', modifiers: ['SH', '59'], units: 7 },
          adjustments: [{ group: 'CO', reason: '45', cents: 14000 }],
        },
      ],
    };
    const [service] = read835(remit835([oneRemit([claim])])).transactions[0]!.claims[0]!.services;
    expect(service).toMatchObject({
      code: 'S9500',
      qualifier: 'HC',
      modifiers: ['SH'],
      submitted: { qualifier: 'HC', code: 'S9494', modifiers: ['SH', '59'] },
      submittedUnits: 7,
    });
  });
});

describe('read835: several transaction sets, payers and groups', () => {
  const second: RemitFixture = {
    paymentCents: 64000,
    method: 'CHK',
    trace: 'CHK445566',
    payer: { name: 'MEDICARE JURISDICTION M', id: '15004', idIn: 'N1' },
    claims: [
      { id: 'DL00000009', status: '2', chargeCents: 80000, paidCents: 64000, adjustments: [{ group: 'CO', reason: '45', cents: 16000 }] },
    ],
  };

  it('reads two ST/SE in one GS, each with its own payer, payment and trace', () => {
    const remit = read835(remit835([oneRemit([paidInFull]), second]));
    expect(remit.warnings).toEqual([]);
    expect(remit.transactions.map((t) => [t.controlNumber, t.payer, t.trace.number, t.payment.method, t.payment.totalCents])).toEqual([
      ['0001', { name: 'ACME HEALTH PLAN', id: '60054' }, 'EFT0001', 'ACH', 105000],
      ['0002', { name: 'MEDICARE JURISDICTION M', id: '15004' }, 'CHK445566', 'CHK', 64000],
    ]);
    expect(remit.transactions.map((t) => t.claims.map((c) => c.controlNumber))).toEqual([['DL00000001'], ['DL00000009']]);
  });

  it('reads several GS groups in one interchange', () => {
    const text = fixtureInterchange([[remitBody(oneRemit([paidInFull]))], [remitBody(second)]]);
    const remit = read835(text);
    expect(remit.warnings).toEqual([]);
    expect(remit.transactions.map((t) => t.payer.name)).toEqual(['ACME HEALTH PLAN', 'MEDICARE JURISDICTION M']);
  });

  it('keeps claims in file order, several per transaction set', () => {
    const claims: ClaimFixture[] = [
      { id: 'DL00000011', status: '1', chargeCents: 1000, paidCents: 1000 },
      { id: 'DL00000012', status: '1', chargeCents: 2050, paidCents: 2050 },
      { id: 'DL00000013', status: '1', chargeCents: 307, paidCents: 307 },
    ];
    const [transaction] = read835(remit835([oneRemit(claims)])).transactions;
    expect(transaction!.claims.map((c) => [c.controlNumber, c.paidCents])).toEqual([
      ['DL00000011', 1000],
      ['DL00000012', 2050],
      ['DL00000013', 307],
    ]);
    expect(transaction!.payment.totalCents).toBe(3357);
  });
});
