import type { CalendarDate } from '../calendar/calendarDate';
import type {
  AdministeredBy,
  CoverageRank,
  Delivery,
  DrugClass,
  DrugForm,
  HoldReason,
  NdcUnit,
  OrderPurpose,
  PayerKind,
  PayerProfileSettings,
  PumpEventKind,
  QuantityUnit,
} from '../vocabulary';

// The engine's input: the clinical record for a period, as plain data. No database, file or clock here.

export type { DrugClass, PayerKind, PayerProfileSettings, QuantityUnit };

export interface Quantity {
  amount: number;
  unit: QuantityUnit;
}

export interface FeeRow {
  hcpcs: string;
  cents: number;
  from: CalendarDate;
  to?: CalendarDate | undefined;
}

export interface PayerRecord {
  id: string;
  name: string;
  kind: PayerKind;
  profile: PayerProfileSettings;
  fees: FeeRow[];
}

export interface DrugRecord {
  id: string;
  name: string;
  hcpcs: string;
  billingUnit: Quantity;
  ndc: string;
  ndcUnit: NdcUnit;
  ndcUnitContains: Quantity;
  form?: DrugForm | undefined;
  /** What the product is (BU-1..BU-3 decide from it, whatever its HCPCS code); absent means "drug". */
  class?: DrugClass | undefined;
}

export interface OrderRecord {
  id: string;
  therapy: string;
  drug?: string | undefined;
  dose?: Quantity | undefined;
  schedule: string;
  start: CalendarDate;
  stop?: CalendarDate | undefined;
  route: string;
  delivery?: Delivery | undefined;
  litersPerDay?: number | undefined;
  administeredBy?: AdministeredBy | undefined;
  purpose?: OrderPurpose | undefined;
  priorAuth?: { number: string; from: CalendarDate; to: CalendarDate; units?: number | undefined } | undefined;
  documents?: { kind: string; date: CalendarDate; reference: string }[] | undefined;
  /** OR-1: the id of the order this one is a component of (additive, diluent, premedication). */
  partOf?: string | undefined;
  /**
   * OR-2: the dates this version of the order applies, when the order was edited with an effective date.
   * Several records may share an order id, each with its own window; the schedule still counts from `start`.
   */
  effective?: { from?: CalendarDate | undefined; to?: CalendarDate | undefined } | undefined;
}

export interface CoverageRecord {
  payer: string;
  memberId: string;
  rank: CoverageRank;
  from: CalendarDate;
  to?: CalendarDate | undefined;
}

export interface PatientRecord {
  id: string;
  residence?: string | undefined;
  coverages: CoverageRecord[];
  orders: OrderRecord[];
  holds: { from: CalendarDate; to: CalendarDate; reason: HoldReason }[];
  nursingVisits: { date: CalendarDate; minutes: number; order?: string | undefined }[];
  pumpEvents: { order: string; date: CalendarDate; kind: PumpEventKind }[];
}

export interface BillingRecord {
  payers: PayerRecord[];
  drugs: DrugRecord[];
  patients: PatientRecord[];
}

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}
