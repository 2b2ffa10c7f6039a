import type { CalendarDate } from '../calendar/calendarDate';
import type { Sex } from '../vocabulary';

// What the 837P writer needs, already decided: the writer formats, it does not bill.

export interface Address837 {
  line1: string;
  line2?: string | undefined;
  city: string;
  state: string;
  zip: string;
}

export interface Line837 {
  code: string;
  modifiers: string[];
  chargeCents: number;
  units: number;
  from: CalendarDate;
  to: CalendarDate;
  /** 1-based pointers into the claim's diagnoses, at most 4. */
  pointers: number[];
  /** REF*6R: unique per line within the claim. */
  lineControl: string;
  ndc?: string | undefined;
  ndcQuantity?: number | undefined;
  ndcUnit?: string | undefined;
  priorAuth?: string | undefined;
}

export interface Claim837 {
  /** CLM01, the patient control number: unique per claim, at most 38 characters. */
  controlNumber: string;
  frequency: '1' | '7' | '8';
  /** REF*F8, required for frequency 7 (replacement) and 8 (void). */
  payerClaimNumber?: string | undefined;
  placeOfService: string;
  priorAuth?: string | undefined;
  /** ICD-10-CM, without the dot; the first is the principal diagnosis. */
  diagnoses: string[];
  referringProvider?: { firstName: string; lastName: string; npi: string } | undefined;
  subscriber: {
    payerResponsibility: 'P' | 'S' | 'T';
    groupNumber?: string | undefined;
    /** SBR09: CI commercial, MC Medicaid, MB Medicare Part B. */
    filingIndicator: 'CI' | 'MC' | 'MB';
    lastName: string;
    firstName: string;
    memberId: string;
    address: Address837;
    birthDate: CalendarDate;
    sex: Sex;
  };
  payer: { name: string; payerId: string };
  /**
   * 2320/2330: the patient's other coverages when this payer is not primary (e.g. Medicare primary, which
   * does not recognize S-codes, PY-1). The subscriber is the patient in each.
   */
  otherPayers?: {
    payerResponsibility: 'P' | 'S' | 'T';
    groupNumber?: string | undefined;
    filingIndicator: 'CI' | 'MC' | 'MB';
    memberId: string;
    payer: { name: string; payerId: string };
  }[];
  lines: Line837[];
}

export interface Interchange837 {
  senderId: string;
  receiverId: string;
  usage: 'T' | 'P';
  interchangeControlNumber: number;
  groupControlNumber: number;
  createdOn: CalendarDate;
  /** HHMM */
  createdAt: string;
  submitter: { name: string; id: string; contactName: string; phone: string };
  receiver: { name: string; id: string };
  billingProvider: { name: string; npi: string; taxId: string; taxonomy?: string | undefined; address: Address837 };
  claims: Claim837[];
}
