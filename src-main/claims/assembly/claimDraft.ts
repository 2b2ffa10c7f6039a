import type { CalendarDate } from '../../calendar/calendarDate';
import type { BillingLine, Finding } from '../../billing/billingLine';
import type { ResolvedProfile } from '../../billing/payerProfile';
import type { Address837 } from '../../x12/claim837Types';
import type { ClaimDraftSummary, ClaimLineView, CoverageRank, PayerKind, PriorClaimAnswer, Sex } from '../../vocabulary';

// Claim assembly's input (what the store knows) and output (drafts a biller reviews and exports).

export interface StoredBillingLine extends BillingLine {
  id: number;
}

export interface ClaimPlan {
  id: string;
  from: CalendarDate;
  to: CalendarDate;
  /** Stored without the dot. */
  diagnoses: string[];
  signedOn: CalendarDate | null;
  prescriber: { firstName: string; lastName: string; npi: string };
}

export interface ClaimOrder {
  id: string;
  planId: string;
  /** The order's last day (DS-2: a claim whose orders have all stopped is ready once that day has passed). */
  stop: CalendarDate | null;
  priorAuth?: { number: string; from: CalendarDate; to: CalendarDate; units?: number | undefined } | undefined;
  documentKinds: string[];
}

export interface ClaimPatient {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: CalendarDate;
  sex: Sex;
  address: Address837;
  residence: string | null;
  coverages: {
    payer: string;
    memberId: string;
    group: string | null;
    rank: CoverageRank;
    from: CalendarDate;
    to: CalendarDate | null;
  }[];
  plans: ClaimPlan[];
  orders: ClaimOrder[];
}

export interface ClaimPayer {
  id: string;
  name: string;
  payerId: string;
  kind: PayerKind;
  profile: ResolvedProfile;
}

export interface ClaimPharmacy {
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string | null;
  address: Address837;
}

export interface AssemblyInput {
  pharmacy: ClaimPharmacy | null;
  patients: ClaimPatient[];
  payers: ClaimPayer[];
  lines: StoredBillingLine[];
  findings: Finding[];
  /** The pharmacy's today: no date of service after it is on a claim (DS-1); a running month waits (DS-2). */
  today: CalendarDate;
  /** CB-1: answered claims whose lines the next payer is asked to cover (CB-2), not yet sent to it. */
  answered?: AnsweredClaim[] | undefined;
  /** CB-1: per patient, payer and month, what that payer has not answered yet (claims out, lines not billed). */
  awaiting?: AwaitingAnswer[] | undefined;
}

/** A claim a payer answered, with its lines as they went out and what was paid and adjusted on each. */
export interface AnsweredClaim {
  answer: PriorClaimAnswer;
  patient: string;
  rank: CoverageRank;
  from: CalendarDate;
  to: CalendarDate;
  /** RM-3 19-21: the payer forwarded the claim to the next payer itself. */
  crossover: string | null;
  lines: DraftLine[];
}

export interface AwaitingAnswer {
  patient: string;
  payer: string;
  from: CalendarDate;
  to: CalendarDate;
  /** In words: "claim 000000123 sent 2026-12-01", "lines of 2026-11 not billed yet". */
  what: string;
}

/** A service line as the claim carries it (one day, or a PF-4 span), with the stored lines behind it: the page shows it as is. */
export type DraftLine = ClaimLineView;

export interface ReadinessProblem {
  rule: string;
  message: string;
  /** Index into the draft's lines when the problem is one line's. */
  line?: number;
}

/** The summary the page shows (draftId is patient|payer|from|to|part, stable across regenerations), with the typed parts claims need. */
export interface ClaimDraftView extends Omit<ClaimDraftSummary, 'lines' | 'problems' | 'findings'> {
  groupNumber: string | null;
  referringProvider: ClaimPlan['prescriber'] | null;
  lines: DraftLine[];
  problems: ReadinessProblem[];
  findings: Finding[];
}
