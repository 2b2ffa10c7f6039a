import type { PayerKind, PayerProfileSettings } from './terms';

// What the app and the pharmacy's reference data answer with (app/, dataset/, reference/).

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

export interface PharmacyView {
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string | null;
  phone: string | null;
  address: { line1: string; line2: string | null; city: string; state: string; zip: string };
}

export interface FeeScheduleView {
  payerId: string;
  payerName: string;
  fees: { hcpcs: string; cents: number; effectiveFrom: string }[];
}

export interface HcpcsEntry {
  code: string;
  description: string;
  source: string;
}

export interface PayerView {
  id: string;
  name: string;
  payerId: string;
  kind: PayerKind;
  profile: PayerProfileSettings;
}

/** One audit trail entry, as `dripline audit --json` prints it. */
export interface AuditEntryView {
  at: string;
  actor: string;
  action: string;
  entity: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditVerificationView {
  ok: boolean;
  entries: number;
  /** Entries written before the chain existed: kept, not verifiable. */
  unchained: number;
  problems: string[];
}

export interface BackupView {
  bytes: number;
  schemaVersion: number;
  integrity: 'ok';
}
