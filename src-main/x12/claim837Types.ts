import type { CalendarDate } from '../calendar/calendarDate';
import type { Adjustment, Sex } from '../vocabulary';

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
  /**
   * CB-1, loop 2430: each earlier payer's answer for this line. A line that payer never received (PY-1: S-codes
   * are not sent to Medicare) has no entry for it.
   */
  priorAnswers?: LinePriorAnswer837[] | undefined;
}

/** One earlier payer's answer for one line (2430 SVD, CAS, DTP*573, AMT*EAF). */
export interface LinePriorAnswer837 {
  /** SVD01: the same id as that payer's 2330B NM109 (`otherPayers[].payer.payerId`). */
  payerId: string;
  /** SVD03: the code and modifiers the payer adjudicated, which may differ from what was billed. */
  code: string;
  modifiers: string[];
  /** SVD05: units the payer paid for. */
  units: number;
  /** SVD02: 0 for a denied line. */
  paidCents: number;
  /** 2430 CAS: SV102 = SVD02 + the sum of these (the IG's COB line balancing, checked by check837p). */
  adjustments: Adjustment[];
  /** 2430 DTP*573. */
  adjudicatedOn: CalendarDate;
  /** 2430 AMT*EAF (CB-2): what the patient still owes on this line after this payer. */
  remainingPatientLiabilityCents?: number | undefined;
}

/** One earlier payer's answer for the whole claim (2320 CAS, AMT*D, AMT*EAF; 2330B DTP*573, REF*F8). */
export interface OtherPayerAnswer837 {
  /** 2320 AMT*D: what this payer paid on the claim; 0 when it denied it. */
  paidCents: number;
  /** 2320 CAS: claim-level adjustments only; line adjustments belong to the line's `priorAnswers`. */
  adjustments: Adjustment[];
  /**
   * 2320 AMT*EAF (CB-2). The IG uses it only when this payer answered at claim level (no 2430 for it on any
   * line); otherwise it goes per line in `priorAnswers` (check837p refuses both).
   */
  remainingPatientLiabilityCents?: number | undefined;
  /** 2330B DTP*573, written only when no line carries a 2430 for this payer (the IG wants one or the other). */
  adjudicatedOn: CalendarDate;
  /** 2330B REF*F8: this payer's claim control number (its 835 CLP07). */
  payerClaimNumber?: string | undefined;
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
    /** CB-1: this payer's answer; absent until it has answered (then no AMT*D, CAS or DTP*573 is written). */
    answer?: OtherPayerAnswer837 | undefined;
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
