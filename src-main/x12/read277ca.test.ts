import { describe, expect, it } from 'vitest';
import { read277ca } from './read277ca';
import { claimAck277 } from './testing/remitFixturesAcks';
import type { ClaimAckFixture } from './testing/remitFixturesAcks';

// The 277CA 005010X214 claim acknowledgment: per claim we sent (TRN02 = our CLM01), accepted into adjudication,
// rejected, or pending, with every STC status (STC01, STC10, STC11) and the line-level ones.

const accepted: ClaimAckFixture = {
  controlNumber: 'DL00000001',
  patient: { last: 'DIAZ', first: 'ANA', memberId: 'M0001' },
  payerClaimNumber: 'PCN0001',
  statuses: [{ codes: [['A2', '20', 'PR']], date: '2026-03-02', amountCents: 105000 }],
  from: '2026-01-05',
  to: '2026-01-11',
};

const rejected: ClaimAckFixture = {
  controlNumber: 'DL00000002',
  statuses: [
    {
      codes: [
        ['A7', '562', '85'],
        ['A7', '128', '85'],
        ['A3', '21'],
      ],
      date: '2026-03-02',
      amountCents: 30000,
    },
  ],
  from: '2026-01-06',
  lines: [
    { lineControl: 'DL00000002-1', code: 'J3370', chargeCents: 30000, statuses: [{ codes: [['A7', '453']], amountCents: 30000 }] },
    { code: '99601', modifiers: ['59'], chargeCents: 0, statuses: [] },
  ],
};

describe('read277ca', () => {
  it('reads an accepted claim with its payer claim number, dates, total and patient', () => {
    const ack = read277ca(claimAck277([{ patients: [[accepted]] }]));
    expect(ack.warnings).toEqual([]);
    expect(ack.interchangeControlNumber).toBe('000000101');
    expect(ack.claims).toEqual([
      {
        line: 19,
        controlNumber: 'DL00000001',
        payerClaimNumber: 'PCN0001',
        status: 'accepted',
        statuses: [{ category: 'A2', code: '20', entity: 'PR', date: '2026-03-02', amountCents: 105000 }],
        patient: { lastName: 'DIAZ', firstName: 'ANA', memberId: 'M0001' },
        from: '2026-01-05',
        to: '2026-01-11',
        totalCents: 105000,
        lines: [],
      },
    ]);
  });

  it('reads a rejected claim with STC10/STC11 statuses and line-level statuses (REF*FJ)', () => {
    const [claim] = read277ca(claimAck277([{ patients: [[rejected]] }])).claims;
    expect(claim!.status).toBe('rejected');
    expect(claim!.statuses).toEqual([
      { category: 'A7', code: '562', entity: '85', date: '2026-03-02', amountCents: 30000 },
      { category: 'A7', code: '128', entity: '85', date: '2026-03-02', amountCents: 30000 },
      { category: 'A3', code: '21', entity: null, date: '2026-03-02', amountCents: 30000 },
    ]);
    expect([claim!.from, claim!.to]).toEqual(['2026-01-06', '2026-01-06']);
    expect(claim!.lines).toEqual([
      {
        line: 22,
        lineControl: 'DL00000002-1',
        code: 'J3370',
        modifiers: [],
        chargeCents: 30000,
        statuses: [{ category: 'A7', code: '453', entity: null, date: '2026-03-02', amountCents: 30000 }],
      },
      { line: 25, lineControl: null, code: '99601', modifiers: ['59'], chargeCents: 0, statuses: [] },
    ]);
  });

  it.each([
    ['A1', 'accepted'],
    ['A2', 'accepted'],
    ['A3', 'rejected'],
    ['A6', 'rejected'],
    ['A7', 'rejected'],
    ['A8', 'rejected'],
    ['A4', 'pending'],
    ['E0', 'pending'],
  ])('maps category %s to %s', (category, status) => {
    const claim: ClaimAckFixture = { controlNumber: 'DL9', statuses: [{ codes: [[category, '20']] }] };
    expect(read277ca(claimAck277([{ patients: [[claim]] }])).claims[0]!.status).toBe(status);
  });

  it('reads several claims under one patient and several patients, with the levels above them', () => {
    const third: ClaimAckFixture = { ...accepted, controlNumber: 'DL00000003', patient: { last: 'LEE', first: 'MIN', memberId: 'M0003' } };
    const ack = read277ca(
      claimAck277(
        [
          {
            receiverStatuses: [{ codes: [['A1', '19', 'PR']] }],
            providerStatuses: [{ codes: [['A1', '19', '85']] }],
            patients: [[accepted, rejected], [third]],
          },
        ],
        {
          element: '|',
          component: '>',
          segment: '!',
          lineBreak: '\r\n',
        },
      ),
    );
    expect(ack.warnings).toEqual([]);
    expect(ack.claims.map((c) => [c.controlNumber, c.status, c.patient?.lastName])).toEqual([
      ['DL00000001', 'accepted', 'DIAZ'],
      ['DL00000002', 'rejected', 'DIAZ'],
      ['DL00000003', 'accepted', 'LEE'],
    ]);
    expect(ack.levels.map((l) => [l.level, l.name, l.id, l.statuses.map((s) => `${s.category}:${s.code}:${s.entity}`)])).toEqual([
      ['source', 'ACME HEALTH PLAN', '60054', []],
      ['receiver', 'DRIPLINE INFUSION', 'DRIPLINE', ['A1:19:PR']],
      ['provider', 'DRIPLINE INFUSION', '1234567893', ['A1:19:85']],
    ]);
  });

  it('refuses what it cannot place: an STC before the claim TRN, an SVC outside a claim, an unknown level, ambiguous money', () => {
    const text = claimAck277([{ patients: [[accepted]] }]);
    expect(() => read277ca(text.replace('TRN*2*DL00000001~\n', ''))).toThrow(
      'line 19, segment STC (#19): STC at the patient level comes before the TRN that names the claim',
    );
    expect(() => read277ca(text.replace('HL*4*3*PT', 'HL*4*3*9'))).toThrow(
      "line 17, segment HL (#17): HL03 level '9' is not a 277 level (20, 21, 19, 22, 23, PT)",
    );
    expect(() => read277ca(text.replace('*1050~', '*1050.001~'))).toThrow(
      "STC04 (total claim charge) '1050.001' is not an amount in dollars and cents",
    );
    const withLine = claimAck277([{ patients: [[rejected]] }]);
    expect(() => read277ca(withLine.replace('TRN*2*DL00000002~\n', ''))).toThrow('line 19, segment STC (#19)');
  });

  it('warns when the transaction set names another guide than 005010X214', () => {
    const ack = read277ca(claimAck277([{ patients: [[accepted]] }], { guide: '005010X212' }));
    expect(ack.warnings).toEqual([{ line: 3, segmentId: 'ST', message: "ST03 is '005010X212', a 277CA is 005010X214; read as a 277CA" }]);
    expect(ack.claims[0]!.status).toBe('accepted');
  });
});
