import { describe, expect, it } from 'vitest';
import { read835 } from './read835';
import { read277ca } from './read277ca';

// Deviations met in 835 and 277 files written by other systems, where the meaning stays unambiguous.

const ISA = 'ISA*00*          *00*          *ZZ*PAYERX         *ZZ*PHARMACY       *261215*1200*^*00501*000000777*0*P*:~';

describe('files from other systems', () => {
  it('reads SVC01 written with ">" under an ISA16 of ":" (the guide’s examples), with a warning', () => {
    const text = [
      ISA,
      'GS*HP*PAYERX*PHARMACY*20261215*1200*777*X*005010X221A1~',
      'ST*835*0001~',
      'BPR*I*150*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*999999999*DA*654321*20261215~',
      'TRN*1*T-777*1999999999~',
      'N1*PR*WESTERN MUTUAL*XV*WM001~',
      'N1*PE*HOME INFUSION RX*XX*1234567893~',
      'LX*1~',
      'CLP*DL00000042*1*180*150*30*12*WM26-42~',
      'SVC*HC>S9500>SH*180*150**1~',
      'DTM*472*20261110~',
      'CAS*PR*2*30~',
      'SE*11*0001~',
      'GE*1*777~',
      'IEA*1*000000777~',
    ].join('\n');
    const remit = read835(text);
    expect(remit.transactions[0]!.claims[0]!.services[0]).toMatchObject({
      qualifier: 'HC',
      code: 'S9500',
      modifiers: ['SH'],
      paidCents: 15000,
    });
    expect(remit.warnings.map((w) => w.message)).toContain(
      "SVC01 'HC>S9500>SH' separates its parts with '>', not the ISA's ':': read with '>'",
    );
  });

  it('reads a 277 claim status response (005010X212) whose claims sit under the subscriber level (HL 22)', () => {
    const text = [
      ISA,
      'GS*HN*PAYERX*PHARMACY*20261215*1200*778*X*005010X212~',
      'ST*277*0001*005010X212~',
      'BHT*0010*08*STATUS1*20261215*1200~',
      'HL*1**20*1~',
      'NM1*PR*2*WESTERN MUTUAL*****PI*WM001~',
      'HL*2*1*21*1~',
      'NM1*41*2*HOME INFUSION RX*****46*1234567893~',
      'HL*3*2*19*1~',
      'NM1*1P*2*HOME INFUSION RX*****XX*1234567893~',
      'HL*4*3*22*0~',
      'NM1*IL*1*LINDQVIST*ASTRID****MI*WM123456~',
      'TRN*2*DL00000042~',
      'STC*A2:20*20261215**180~',
      'REF*1K*WM26-42~',
      'SE*14*0001~',
      'GE*1*778~',
      'IEA*1*000000777~',
    ].join('\n');
    const ack = read277ca(text);
    expect(ack.claims).toMatchObject([
      {
        controlNumber: 'DL00000042',
        status: 'accepted',
        payerClaimNumber: 'WM26-42',
        patient: { lastName: 'LINDQVIST', memberId: 'WM123456' },
      },
    ]);
  });
});
