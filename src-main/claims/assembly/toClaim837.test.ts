import { describe, expect, it } from 'vitest';
import { claimDraftView, claimPatient, COMMERCIAL_PROFILE } from '../../testing/claimFixtures';
import { check837p } from '../../x12/check837p';
import type { Claim837 } from '../../x12/claim837Types';
import { write837p } from '../../x12/write837p';
import { accentedSubscriber837, professionalClaim837, serviceLine837 } from '../../testing/x12Fixtures';
import type { AssemblyInput, ClaimDraftView, ClaimPatient, ClaimPayer, DraftLine } from './claimDraft';
import type { ClaimSettings } from './claimSettingsSchema';
import { interchange, toClaim837 } from './toClaim837';

// toClaim837 from a hand-built draft (no database): the 837P structure the writer receives, and what the
// writer makes of it.

const PROFILE = COMMERCIAL_PROFILE;

const payers: ClaimPayer[] = [
  { id: 'ssp', name: 'Société Santé Plan', payerId: 'SSP01', kind: 'commercial', profile: PROFILE },
  { id: 'mcr', name: 'Medicare Part B', payerId: 'MCR01', kind: 'medicare', profile: { ...PROFILE, recognizesSCodes: false } },
  { id: 'mcd', name: 'State Medicaid', payerId: 'MCD01', kind: 'medicaid', profile: PROFILE },
];

const ADDRESS = { line1: '200 Avenida Niño', line2: 'Apt “B”', city: 'Cañon City', state: 'CO', zip: '812120002' };

function patient(coverages: ClaimPatient['coverages'] = [coverage('ssp', 'primary', 'XEH123456789', 'GRP0042')]): ClaimPatient {
  return claimPatient({ firstName: 'José', lastName: 'Muñoz-Pérez', sex: 'M', address: ADDRESS, coverages });
}

function coverage(
  payer: string,
  rank: 'primary' | 'secondary' | 'tertiary',
  memberId: string,
  group: string | null = null,
  from = '2026-01-01',
  to: string | null = null,
): ClaimPatient['coverages'][number] {
  return { payer, memberId, group, rank, from, to };
}

const LINES: DraftLine[] = [
  {
    kind: 'per-diem',
    order: 'o1',
    code: 'S9502',
    modifiers: [],
    units: 2,
    chargeCents: 30000,
    from: '2026-01-05',
    to: '2026-01-06',
    pointers: [1, 2],
    rules: ['PD-1', 'PU-1', 'PF-4'],
    billingLineIds: [1, 3],
  },
  {
    kind: 'drug',
    order: 'o1',
    code: 'J2185',
    modifiers: [],
    units: 60,
    chargeCents: 9000,
    from: '2026-01-05',
    to: '2026-01-06',
    pointers: [1],
    ndc: '63323050720',
    ndcQuantity: 6,
    ndcUnit: 'UN',
    rules: ['DR-1', 'DR-2', 'MT-3', 'PF-4'],
    billingLineIds: [2, 4],
  },
  {
    kind: 'nursing',
    code: '99601',
    modifiers: [],
    units: 1,
    chargeCents: 18000,
    from: '2026-01-05',
    to: '2026-01-05',
    pointers: [1, 2],
    rules: ['NU-1'],
    billingLineIds: [5],
  },
];

function draft(overrides: Partial<ClaimDraftView> = {}): ClaimDraftView {
  return claimDraftView({
    draftId: 'pt1|ssp|2026-01|1',
    patientName: 'Muñoz-Pérez, José',
    payerId: 'ssp',
    payerName: 'Société Santé Plan',
    memberId: 'XEH123456789',
    groupNumber: 'GRP0042',
    referringProvider: { firstName: 'Zoë', lastName: 'Ørsted', npi: '1543278968' },
    lines: LINES.map((l) => ({ ...l })),
    totalCents: 57000,
    ...overrides,
  });
}

const input = (p: ClaimPatient = patient()): Pick<AssemblyInput, 'patients' | 'payers'> => ({ patients: [p], payers });

const PRIMARY_CLAIM: Claim837 = professionalClaim837({
  referringProvider: { firstName: 'Zoë', lastName: 'Ørsted', npi: '1543278968' },
  subscriber: accentedSubscriber837(ADDRESS),
  payer: { name: 'Société Santé Plan', payerId: 'SSP01' },
  lines: [
    serviceLine837('DL00000001-1', 'S9502', 30000, 2, { to: '2026-01-06', pointers: [1, 2] }),
    serviceLine837('DL00000001-2', 'J2185', 9000, 60, { to: '2026-01-06', ndc: '63323050720', ndcQuantity: 6, ndcUnit: 'UN' }),
    serviceLine837('DL00000001-3', '99601', 18000, 1, { pointers: [1, 2] }),
  ],
});

const SETTINGS: ClaimSettings = {
  senderId: '1765432186',
  submitterName: 'Farmacia Peña',
  contactName: 'Zoë Ångström',
  contactPhone: '2175550100',
  receiverId: 'CLEARINGHOUSE',
  receiverName: 'Clearinghouse',
  usage: 'T',
};
const PHARMACY: NonNullable<AssemblyInput['pharmacy']> = {
  name: 'Farmacia Peña',
  npi: '1765432186',
  taxId: '371234567',
  taxonomy: '3336H0001X',
  address: { line1: '100 Calle Señor', city: 'Española', state: 'NM', zip: '875320001' },
};
const write = (...claims: Claim837[]) =>
  write837p(interchange(SETTINGS, PHARMACY, claims, { interchange: 5, group: 5 }, { date: '2026-02-02', time: '0930' }));

describe('toClaim837: a primary claim', () => {
  it('maps the draft to the 837P structure: subscriber from the coverage and patient, payer, lines with REF*6R controls', () => {
    expect(toClaim837(draft(), input(), 'DL00000001')).toStrictEqual(PRIMARY_CLAIM);
  });

  it('keeps names as entered; the writer transliterates them to ASCII capitals', () => {
    const claim = toClaim837(draft(), input(), 'DL00000001');
    expect([claim.subscriber.lastName, claim.subscriber.firstName, claim.referringProvider?.lastName]).toEqual([
      'Muñoz-Pérez',
      'José',
      'Ørsted',
    ]);
    const text = write(claim);
    expect(check837p(text)).toEqual([]);
    expect(text).toContain('NM1*IL*1*MUNOZ-PEREZ*JOSE****MI*XEH123456789~\nN3*200 AVENIDA NINO*APT "B"~\nN4*CANON CITY*CO*812120002~');
    expect(text).toContain('NM1*PR*2*SOCIETE SANTE PLAN*****PI*SSP01~');
    expect(text).toContain('NM1*DN*1*ORSTED*ZOE****XX*1543278968~');
    expect(text).toContain('NM1*85*2*FARMACIA PENA*****XX*1765432186~\nN3*100 CALLE SENOR~\nN4*ESPANOLA*NM*875320001~');
    expect(text).toContain('PER*IC*ZOE ANGSTROM*TE*2175550100~');
  });

  it('leaves out the group, the referring provider and the prior authorization when the draft has none', () => {
    const claim = toClaim837(draft({ groupNumber: null, referringProvider: null }), input(), 'DL00000001');
    expect('groupNumber' in claim.subscriber).toBe(false);
    expect('referringProvider' in claim).toBe(false);
    expect('priorAuth' in claim).toBe(false);
    expect('payerClaimNumber' in claim).toBe(false);
    expect('otherPayers' in claim).toBe(false);
  });

  it('sets SBR09 by the payer’s kind: CI commercial, MB Medicare, MC Medicaid', () => {
    const filing = (payerId: string) =>
      toClaim837(draft({ payerId }), input(patient([coverage(payerId, 'primary', 'M1')])), 'DL1').subscriber.filingIndicator;
    expect([filing('ssp'), filing('mcr'), filing('mcd')]).toEqual(['CI', 'MB', 'MC']);
  });

  it('refuses a draft whose patient or payer is not loaded', () => {
    expect(() => toClaim837(draft({ payerId: 'gone' }), input(), 'DL1')).toThrow(
      'claim pt1|ssp|2026-01|1 names a patient or payer that is not loaded',
    );
    expect(() => toClaim837(draft({ patientId: 'pt9' }), input(), 'DL1')).toThrow('names a patient or payer that is not loaded');
  });
});

describe('toClaim837: replacement and void (frequency 7 and 8)', () => {
  it.each(['7', '8'] as const)('frequency %s carries the payer claim number (REF*F8) and the new control number', (frequency) => {
    const claim = toClaim837(draft(), input(), 'DL00000002', frequency, 'PCN20260115001');
    expect(claim).toStrictEqual({
      ...PRIMARY_CLAIM,
      controlNumber: 'DL00000002',
      frequency,
      payerClaimNumber: 'PCN20260115001',
      lines: PRIMARY_CLAIM.lines.map((l, i) => ({ ...l, lineControl: `DL00000002-${i + 1}` })),
    });
    const text = write(claim);
    expect(text).toContain(`CLM*DL00000002*570***12:B:${frequency}*Y*A*Y*Y~\nREF*F8*PCN20260115001~\nHI*ABK:M86171*ABF:Z792~`);
    expect(check837p(text)).toEqual([]);
  });
});

describe('toClaim837: secondary and tertiary claims (2320/2330)', () => {
  const medicareFirst = patient([
    coverage('mcr', 'primary', '1EG4TE5MK73'),
    coverage('ssp', 'secondary', 'XEH123456789', 'GRP0042'),
    coverage('mcd', 'tertiary', 'MCD7788'),
  ]);

  it('a secondary claim carries the primary coverage as the other payer; the subscriber is S', () => {
    const claim = toClaim837(draft({ coverageRank: 'secondary' }), input(medicareFirst), 'DL00000003');
    expect(claim.subscriber.payerResponsibility).toBe('S');
    expect(claim.subscriber.filingIndicator).toBe('CI');
    expect(claim.otherPayers).toStrictEqual([
      { payerResponsibility: 'P', filingIndicator: 'MB', memberId: '1EG4TE5MK73', payer: { name: 'Medicare Part B', payerId: 'MCR01' } },
    ]);
    const text = write(claim);
    expect(check837p(text)).toEqual([]);
    expect(text).toContain(
      [
        'NM1*DN*1*ORSTED*ZOE****XX*1543278968',
        'SBR*P*18*******MB',
        'OI***Y***Y',
        'NM1*IL*1*MUNOZ-PEREZ*JOSE****MI*1EG4TE5MK73',
        'NM1*PR*2*MEDICARE PART B*****PI*MCR01',
        'LX*1',
      ].join('~\n'),
    );
  });

  it('a tertiary claim carries both coverages ranked ahead, in rank order, with their groups', () => {
    const claim = toClaim837(
      draft({ payerId: 'mcd', coverageRank: 'tertiary', memberId: 'MCD7788', groupNumber: null }),
      input(medicareFirst),
      'DL00000004',
    );
    expect(claim.subscriber).toStrictEqual({
      payerResponsibility: 'T',
      filingIndicator: 'MC',
      lastName: 'Muñoz-Pérez',
      firstName: 'José',
      memberId: 'MCD7788',
      address: ADDRESS,
      birthDate: '1958-03-12',
      sex: 'M',
    });
    expect(claim.otherPayers).toStrictEqual([
      { payerResponsibility: 'P', filingIndicator: 'MB', memberId: '1EG4TE5MK73', payer: { name: 'Medicare Part B', payerId: 'MCR01' } },
      {
        payerResponsibility: 'S',
        groupNumber: 'GRP0042',
        filingIndicator: 'CI',
        memberId: 'XEH123456789',
        payer: { name: 'Société Santé Plan', payerId: 'SSP01' },
      },
    ]);
    const text = write(claim);
    expect(check837p(text)).toEqual([]);
    expect(text).toContain('SBR*S*18*GRP0042******CI~\nOI***Y***Y~\nNM1*IL*1*MUNOZ-PEREZ*JOSE****MI*XEH123456789~');
  });

  it('leaves out coverages ahead that are not active on the claim’s dates, or whose payer is not loaded', () => {
    const p = patient([
      coverage('mcr', 'primary', 'OLD1', null, '2024-01-01', '2026-01-04'), // ended the day before the claim
      coverage('mcd', 'primary', 'LATE1', null, '2026-01-07'), // starts the day after
      coverage('ssp', 'secondary', 'XEH123456789', 'GRP0042'),
    ]);
    expect('otherPayers' in toClaim837(draft({ coverageRank: 'secondary' }), input(p), 'DL5')).toBe(false);
    const unknown = patient([coverage('gone', 'primary', 'GONE1'), coverage('ssp', 'secondary', 'XEH123456789', 'GRP0042')]);
    const claim = toClaim837(draft({ coverageRank: 'secondary' }), input(unknown), 'DL5');
    expect(claim.otherPayers).toStrictEqual([]);
    expect(write(claim)).not.toContain('OI*');
    const overlapping = patient([
      coverage('mcr', 'primary', 'EDGE1', null, '2024-01-01', '2026-01-05'), // ends on the claim's first day
      coverage('ssp', 'secondary', 'XEH123456789'),
    ]);
    expect(toClaim837(draft({ coverageRank: 'secondary' }), input(overlapping), 'DL6').otherPayers?.map((o) => o.memberId)).toEqual([
      'EDGE1',
    ]);
  });
});

describe('toClaim837: prior authorization', () => {
  it('REF*G1 on the claim when the draft has one number', () => {
    const claim = toClaim837(draft({ priorAuth: 'PA-0001' }), input(), 'DL00000007');
    expect(claim.priorAuth).toBe('PA-0001');
    expect(claim.lines.map((l) => l.priorAuth)).toEqual([undefined, undefined, undefined]);
    expect(write(claim)).toContain('CLM*DL00000007*570***12:B:1*Y*A*Y*Y~\nREF*G1*PA-0001~\nHI*');
  });

  it('REF*G1 on each line that has its own number', () => {
    const lines = LINES.map((l, i) => (i === 2 ? { ...l } : { ...l, priorAuth: i === 0 ? 'PA-0001' : 'PA-0002' }));
    const claim = toClaim837(draft({ lines }), input(), 'DL00000008');
    expect('priorAuth' in claim).toBe(false);
    expect(claim.lines.map((l) => l.priorAuth)).toEqual(['PA-0001', 'PA-0002', undefined]);
    const text = write(claim);
    expect(text).toContain('DTP*472*RD8*20260105-20260106~\nREF*G1*PA-0001~\nREF*6R*DL00000008-1~');
    expect(text).toContain('DTP*472*RD8*20260105-20260106~\nREF*G1*PA-0002~\nREF*6R*DL00000008-2~');
    expect(text).toContain('DTP*472*D8*20260105~\nREF*6R*DL00000008-3~');
    expect(check837p(text)).toEqual([]);
  });
});

describe('interchange: settings and pharmacy into the envelope', () => {
  it('takes the ids, names and usage from the claim settings and the billing provider from the pharmacy', () => {
    const claim = toClaim837(draft(), input(), 'DL00000001');
    expect(interchange(SETTINGS, PHARMACY, [claim], { interchange: 12, group: 34 }, { date: '2026-02-02', time: '0930' })).toStrictEqual({
      senderId: '1765432186',
      receiverId: 'CLEARINGHOUSE',
      usage: 'T',
      interchangeControlNumber: 12,
      groupControlNumber: 34,
      createdOn: '2026-02-02',
      createdAt: '0930',
      submitter: { name: 'Farmacia Peña', id: '1765432186', contactName: 'Zoë Ångström', phone: '2175550100' },
      receiver: { name: 'Clearinghouse', id: 'CLEARINGHOUSE' },
      billingProvider: {
        name: 'Farmacia Peña',
        npi: '1765432186',
        taxId: '371234567',
        taxonomy: '3336H0001X',
        address: PHARMACY.address,
      },
      claims: [claim],
    });
    const noTaxonomy = interchange(
      SETTINGS,
      { ...PHARMACY, taxonomy: null },
      [],
      { interchange: 1, group: 1 },
      { date: '2026-02-02', time: '0930' },
    );
    expect('taxonomy' in noTaxonomy.billingProvider).toBe(false);
  });
});
