import { describe, expect, it } from 'vitest';
import { read835 } from './read835';
import { ack999 } from './testing/remitFixturesAcks';
import { remit835 } from './testing/remitFixtures';
import type { RemitFixture } from './testing/remitFixtures';
import { X12ReadError } from './x12Segments';

// What read835 refuses: anything that would make a payment, a claim or an adjustment ambiguous. Each refusal
// is an X12ReadError naming the line, the segment and its ordinal, so a biller can open the file there.

const remit: RemitFixture = {
  paymentCents: 64000,
  claims: [
    {
      id: 'DL00000071',
      status: '1',
      chargeCents: 80000,
      paidCents: 64000,
      services: [
        { code: 'S9502', chargeCents: 80000, paidCents: 64000, units: 4, adjustments: [{ group: 'CO', reason: '45', cents: 16000 }] },
      ],
    },
  ],
};
// Lines: ISA 1 ... LX 14, CLP 15, SVC 16, CAS 17, SE 18.
const text = remit835([remit]);

function refusal(file: string): X12ReadError {
  try {
    read835(file);
  } catch (error) {
    if (error instanceof X12ReadError) return error;
    throw error;
  }
  throw new Error('read835 read the file');
}

describe('read835 refuses, naming line and segment', () => {
  it('a file that is not an 835', () => {
    const e = refusal(ack999([{ groupControlNumber: '1', status: 'A', transactions: [{ controlNumber: '0001', status: 'A' }] }]));
    expect(e.message).toBe("line 3, segment ST (#3): this is not an 835 remittance: ST01 is '999', expected 835");
    expect([e.segmentId, e.segmentNumber, e.line]).toEqual(['ST', 3, 3]);
  });

  it('a file with no ISA', () => {
    expect(refusal(text.replace(/^ISA[^~]*~\n/, '')).message).toBe(
      'line 1, segment GS (#1): the file does not begin with an ISA interchange header: not an X12 interchange',
    );
    expect(refusal('').message).toBe(
      'line 1, segment (none) (#1): the file does not begin with an ISA interchange header: not an X12 interchange',
    );
  });

  it('a CLP before any BPR or TRN', () => {
    expect(refusal(text.replace(/BPR\*[^~]*~\n/, '')).message).toBe(
      'line 14, segment CLP (#14): CLP comes before the BPR payment: the claim has no payment to belong to',
    );
    expect(refusal(text.replace(/TRN\*[^~]*~\n/, '')).message).toBe(
      'line 14, segment CLP (#14): CLP comes before the TRN trace: the claim has no payment to belong to',
    );
  });

  it('a transaction set without BPR even when it has no claims', () => {
    const empty = remit835([{ paymentCents: 0, claims: [] }]).replace(/BPR\*[^~]*~\n/, '');
    expect(refusal(empty).message).toBe('line 3, segment ST (#3): transaction set 0001 has no BPR: the payment is unknown');
  });

  it('an SVC outside a CLP', () => {
    expect(refusal(text.replace(/CLP\*[^~]*~\n/, '')).message).toBe('line 15, segment SVC (#15): SVC is outside a claim: no CLP before it');
  });

  it('a CAS outside a CLP or SVC', () => {
    const casFirst = text.replace('LX*1~\n', 'LX*1~\nCAS*CO*45*10~\n');
    expect(refusal(casFirst).message).toBe('line 15, segment CAS (#15): CAS is outside a claim or service: no CLP before it');
  });

  it('an unknown CAS group code', () => {
    expect(refusal(text.replace('CAS*CO*45', 'CAS*XX*45')).message).toBe(
      "line 17, segment CAS (#17): CAS01 group code 'XX' is not one of CO, PR, OA, PI, CR",
    );
  });

  it('money that is not a number or has more than two decimals', () => {
    expect(refusal(text.replace('CLP*DL00000071*1*800*', 'CLP*DL00000071*1*8OO*')).message).toBe(
      "line 15, segment CLP (#15): CLP03 (total claim charge) '8OO' is not an amount in dollars and cents; the money would be ambiguous",
    );
    expect(refusal(text.replace('CAS*CO*45*160', 'CAS*CO*45*160.005')).message).toBe(
      "line 17, segment CAS (#17): CAS03 (adjustment amount for CO-45) '160.005' is not an amount in dollars and cents; the money would be ambiguous",
    );
    expect(refusal(text.replace(/BPR\*I\*640\*/, 'BPR*I*640,00*')).message).toContain("BPR02 (total actual provider payment) '640,00'");
    expect(refusal(text.replace('SVC*HC:S9502*800*640', 'SVC*HC:S9502*800*')).message).toBe(
      'line 16, segment SVC (#16): SVC03 (line item provider payment) is missing; the money would be ambiguous',
    );
  });

  it('a CAS reason without its amount, or an amount without its reason', () => {
    const casRefusal = (cas: string) => refusal(text.replace('CAS*CO*45*160', cas)).message;
    expect(['CAS*CO*45*', 'CAS*CO*45*160**A1*', 'CAS*CO*45*160***20'].map(casRefusal)).toEqual([
      'line 17, segment CAS (#17): CAS03 (adjustment amount for CO-45) is missing; the money would be ambiguous',
      'line 17, segment CAS (#17): CAS06 (adjustment amount for CO-A1) is missing; the money would be ambiguous',
      'line 17, segment CAS (#17): CAS06 has an amount without a reason code',
    ]);
  });

  it('a PLB amount that is not money', () => {
    const withPlb = remit835([
      { ...remit, plb: [{ providerId: '1234567893', fiscalPeriodEnd: '2026-12-31', adjustments: [{ reason: 'WO', cents: 100 }] }] },
    ]);
    expect(refusal(withPlb.replace('WO*1~', 'WO*1.001~')).message).toBe(
      "line 18, segment PLB (#18): PLB04 (provider adjustment amount for WO) '1.001' is not an amount in dollars and cents; the money would be ambiguous",
    );
  });

  it('content outside a transaction set', () => {
    expect(refusal(text.replace(/(SE\*[^~]*~\n)/, '$1CLP*X*1*1*1~\n')).message).toBe(
      'line 19, segment CLP (#19): CLP is outside a transaction set (no ST before it)',
    );
  });
});
