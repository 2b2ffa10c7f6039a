// Shapes the renderer reads. Plain data only: this file is compiled for both the main process and the page.

export interface AppStatus {
  databasePath: string;
  schemaVersion: number;
  isEmpty: boolean;
  pharmacyName: string | null;
  patientCount: number;
  today: string;
}

export interface ImportSummaryView {
  payers: number;
  prescribers: number;
  drugs: number;
  patients: number;
  plansOfCare: number;
  orders: number;
}

export interface PatientSummary {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'U';
  primaryPayer: string | null;
  memberId: string | null;
  activeOrders: number;
}

export interface CoverageView {
  payerId: string;
  payerName: string;
  payerKind: 'commercial' | 'medicaid' | 'medicare';
  memberId: string;
  group: string | null;
  rank: 'primary' | 'secondary' | 'tertiary';
  from: string;
  to: string | null;
}

export interface OrderView {
  id: string;
  therapy: string;
  drugId: string | null;
  drugName: string | null;
  hcpcs: string | null;
  dose: string | null;
  schedule: string;
  start: string;
  stop: string | null;
  route: string;
  delivery: string | null;
  litersPerDay: number | null;
  administeredBy: string | null;
  priorAuthNumber: string | null;
  documents: { kind: string; date: string; reference: string }[];
}

export interface PlanOfCareView {
  id: string;
  prescriberName: string;
  prescriberNpi: string;
  from: string;
  to: string;
  /** Shown with the dot, e.g. M86.171. */
  diagnoses: string[];
  signedOn: string | null;
  orders: OrderView[];
}

export interface PatientDetail {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'U';
  address: { line1: string; line2: string | null; city: string; state: string; zip: string };
  residence: string | null;
  coverages: CoverageView[];
  plansOfCare: PlanOfCareView[];
  holds: { from: string; to: string; reason: string }[];
  nursingVisits: { date: string; minutes: number; order: string | null }[];
  pumpEvents: { date: string; kind: string; order: string }[];
}
