import type { Address837, Claim837, Interchange837, Line837, OtherPayerAnswer837 } from '../x12/claim837Types';

type Subscriber837 = Claim837['subscriber'];
type OtherPayer837 = NonNullable<Claim837['otherPayers']>[number];

/** Who sends a test interchange: the pharmacy's name, its billing contact and address, and the control numbers. */
export interface TestSender {
  name: string;
  contactName: string;
  address: Address837;
  interchangeControlNumber: number;
  groupControlNumber: number;
}

/** A test-usage interchange around `claims`, the pharmacy both submitter and billing provider, sent 2026-02-02 09:30. */
export function testInterchange(sender: TestSender, claims: Claim837[]): Interchange837 {
  return {
    senderId: '1765432186',
    receiverId: 'CLEARINGHOUSE',
    usage: 'T',
    interchangeControlNumber: sender.interchangeControlNumber,
    groupControlNumber: sender.groupControlNumber,
    createdOn: '2026-02-02',
    createdAt: '0930',
    submitter: { name: sender.name, id: '1765432186', contactName: sender.contactName, phone: '2175550100' },
    receiver: { name: 'Clearinghouse', id: 'CLEARINGHOUSE' },
    billingProvider: { name: sender.name, npi: '1765432186', taxId: '371234567', taxonomy: '3336H0001X', address: { ...sender.address } },
    claims,
  };
}

/** A service line (2400) on 2026-01-05 pointing at the principal diagnosis, unless `extra` says otherwise. */
export function serviceLine837(
  lineControl: string,
  code: string,
  chargeCents: number,
  units: number,
  extra: Partial<Line837> = {},
): Line837 {
  return { code, modifiers: [], chargeCents, units, from: '2026-01-05', to: '2026-01-05', pointers: [1], lineControl, ...extra };
}

/** Ana Diaz (claimPatient), primary on Blue Cross group G100, unless `overrides` say otherwise. */
export function subscriber837(overrides: Partial<Subscriber837> = {}): Subscriber837 {
  return {
    payerResponsibility: 'P',
    groupNumber: 'G100',
    filingIndicator: 'CI',
    lastName: 'Diaz',
    firstName: 'Ana',
    memberId: 'M0001',
    address: { line1: '200 Oak St', city: 'Springfield', state: 'IL', zip: '627040002' },
    birthDate: '1958-03-12',
    sex: 'F',
    ...overrides,
  };
}

/** José Muñoz-Pérez at `address`, primary on group GRP0042: accented names the writer spells in ASCII capitals. */
export const accentedSubscriber837 = (address: Address837): Subscriber837 =>
  subscriber837({ groupNumber: 'GRP0042', lastName: 'Muñoz-Pérez', firstName: 'José', memberId: 'XEH123456789', address, sex: 'M' });

/** Ben Ng, born 1947, whose commercial plan (no group) pays after Medicare (CB-1). */
export function secondarySubscriber837(): Subscriber837 {
  const address = { line1: '9 Elm St', city: 'Peoria', state: 'IL', zip: '616020003' };
  const { groupNumber: _none, ...ben } = subscriber837({ lastName: 'Ng', firstName: 'Ben', memberId: 'M0002', address, sex: 'M' });
  return { ...ben, payerResponsibility: 'S', birthDate: '1947-11-30' };
}

/** Medicare Part B ahead of Ben Ng's plan (2320 SBR P, SBR09 MB), with its answer once it has answered (CB-1). */
export function medicarePrimary837(answer?: OtherPayerAnswer837): OtherPayer837 {
  const medicare: OtherPayer837 = {
    payerResponsibility: 'P',
    filingIndicator: 'MB',
    memberId: '1EG4TE5MK73',
    payer: { name: 'Medicare Part B', payerId: 'MCR01' },
  };
  return answer ? { ...medicare, answer } : medicare;
}

/** Claim DL00000001 (frequency 1, home, osteomyelitis M86171 and Z792) from Ana Diaz to Blue Cross: one S9502 day. */
export function professionalClaim837(overrides: Partial<Claim837> = {}): Claim837 {
  return {
    controlNumber: 'DL00000001',
    frequency: '1',
    placeOfService: '12',
    diagnoses: ['M86171', 'Z792'],
    subscriber: subscriber837(),
    payer: { name: 'Blue Cross', payerId: 'BCBS01' },
    lines: [serviceLine837('DL00000001-1', 'S9502', 15000, 1, { pointers: [1, 2] })],
    ...overrides,
  };
}
