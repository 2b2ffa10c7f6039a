import { describe, expect, it } from 'vitest';
import { check837p } from './check837p';
import { write837p } from './write837p';
import type { Interchange837 } from './claim837Types';
import { testInterchange } from '../testing/x12Fixtures';

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
    {
      controlNumber: 'DL00000001',
      frequency: '1',
      placeOfService: '12',
      diagnoses: ['M86171', 'Z792'],
      referringProvider: { firstName: 'Anita', lastName: 'Patel', npi: '1543278968' },
      subscriber: {
        payerResponsibility: 'P',
        groupNumber: 'GRP0042',
        filingIndicator: 'CI',
        lastName: 'Muñoz-Pérez',
        firstName: 'José',
        memberId: 'XEH123456789',
        address: { line1: '200 Avenida Niño', city: 'Española', state: 'NM', zip: '875320002' },
        birthDate: '1958-03-12',
        sex: 'M',
      },
      payer: { name: 'Example Health Plan', payerId: 'EXHP01' },
      lines: [
        {
          code: 'S9502',
          modifiers: [],
          chargeCents: 15000,
          units: 1,
          from: '2026-01-05',
          to: '2026-01-05',
          pointers: [1, 2],
          lineControl: 'DL00000001-1',
        },
      ],
    },
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
