import type { Address837, Claim837, Interchange837 } from '../x12/claim837Types';

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
