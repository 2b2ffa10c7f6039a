import type { Adjustment, CalendarDate } from '../vocabulary';
import type { ReadWarning } from './x12Segments';

// What read835 answers with: one 835 005010X221A1 file as plain data, money in integer cents, dates as
// CalendarDate. Each claim, service and PLB keeps the line it starts on so a biller can find it in the file.

export type { ReadWarning };

export interface Remittance835 {
  /** ISA13. */
  interchangeControlNumber: string;
  /** ISA06 and ISA08, without padding. */
  senderId: string;
  receiverId: string;
  transactions: RemitTransaction835[];
  warnings: ReadWarning[];
}

export interface ProviderAdjustment835 {
  line: number;
  /** PLB01. */
  providerId: string;
  /** PLB02. */
  fiscalPeriodEnd: CalendarDate | null;
  /** PLB03-1 (WO, L6, FB, ...). */
  reason: string;
  /** PLB03-2. */
  reference: string | null;
  /** PLB04: positive takes money from the payment (835 IG 1.10.2.1.3). */
  cents: number;
}

export interface RemitTransaction835 {
  /** ST02. */
  controlNumber: string;
  /** BPR01 handling, BPR02 total, BPR03 credit/debit, BPR04 method, BPR16 date. */
  payment: { handlingCode: string; totalCents: number; creditDebit: string; method: string; date: CalendarDate | null };
  /** TRN01..03: the trace number RM-4 keys duplicates on. */
  trace: { type: string; number: string; originatorId: string };
  /** N1*PR name; id = N104 or REF*2U, else ''. */
  payer: { name: string; id: string };
  /** N1*PE (N103 XX -> npi, FI -> taxId) and REF*TJ. */
  payee: { name: string; npi: string | null; taxId: string | null };
  /** DTM*405. */
  productionDate: CalendarDate | null;
  claims: RemitClaim835[];
  /** PLB, one entry per reason/amount pair (PLB03/04 .. PLB13/14). */
  providerAdjustments: ProviderAdjustment835[];
}

export interface RemitClaim835 {
  line: number;
  /** CLP01 = our CLM01 (RM-1). */
  controlNumber: string;
  /** CLP02 (RM-3). */
  statusCode: string;
  /** CLP03, CLP04, CLP05 (absent -> 0). */
  chargeCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  /** CLP06, CLP07, CLP09. */
  filingIndicator: string | null;
  payerClaimNumber: string | null;
  frequency: string | null;
  /** Claim-level CAS (loop 2100). */
  adjustments: Adjustment[];
  /** NM1*QC. */
  patient: { lastName: string; firstName: string; memberId: string } | null;
  /** NM1*74 NM109. */
  correctedInsuredId: string | null;
  /** NM1*TT: the payer the claim was forwarded to (RM-3 19-21). */
  crossover: { name: string; id: string } | null;
  /** MOA03..07 and MIA05, MIA20..24. */
  remarks: string[];
  /** DTM*232, DTM*233, DTM*050. */
  statementFrom: CalendarDate | null;
  statementTo: CalendarDate | null;
  receivedOn: CalendarDate | null;
  services: RemitService835[];
}

export interface RemitService835 {
  line: number;
  /** SVC01 composite qualifier:code:modifier1..4. */
  code: string;
  qualifier: string;
  modifiers: string[];
  /** SVC02, SVC03, SVC05 (absent -> 1). */
  chargeCents: number;
  paidCents: number;
  units: number;
  /** SVC06: the code as we sent it, when the payer paid under another one. */
  submitted: { qualifier: string; code: string; modifiers: string[] } | null;
  /** SVC07. */
  submittedUnits: number | null;
  /** DTM*472 (from = to, or an RD8 range), DTM*150 / DTM*151. */
  from: CalendarDate | null;
  to: CalendarDate | null;
  /** REF*6R: the line control number we sent (RM-1). */
  lineControl: string | null;
  /** Service-level CAS (loop 2110). */
  adjustments: Adjustment[];
  /** LQ*HE remark codes. */
  remarks: string[];
  /** AMT*B6. */
  allowedCents: number | null;
}
