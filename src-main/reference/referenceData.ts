import { asc, desc, eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import { InvalidInputError, NotFoundError, type FeeScheduleView, type HcpcsEntry, type PayerView, type PharmacyView } from '../vocabulary';
import { drugSchema } from '../dataset/datasetSchema';
import { drugRow, nextSequentialId, payerProfileSettings, payerRow } from './referenceRows';
import type { DrugSaveInput, FeeSetInput, PayerSaveInput, PharmacySaveInput, PrescriberSaveInput } from './referenceInputs';
import type { Clock } from '../calendar/clock';

// The pharmacy's reference data: its profile, payers with their profiles (PF-1..PF-7) and dated fee
// schedules, prescribers, the drug catalog and the HCPCS reference (resources/). Saves stamp rows from the clock.

export function getPharmacy(store: Store): PharmacyView | null {
  const row = store.select().from(t.pharmacy).get();
  if (!row) return null;
  return {
    name: row.name,
    npi: row.npi,
    taxId: row.taxId,
    taxonomy: row.taxonomy,
    phone: row.phone,
    address: { line1: row.line1, line2: row.line2, city: row.city, state: row.state, zip: row.zip },
  };
}

export function savePharmacy(store: Store, { pharmacy }: PharmacySaveInput, clock: Clock): PharmacyView {
  const { address, ...rest } = pharmacy;
  const row = { id: 1, ...rest, taxonomy: rest.taxonomy ?? null, phone: rest.phone ?? null, ...address, line2: address.line2 ?? null };
  const now = clock.now();
  store
    .insert(t.pharmacy)
    .values({ ...row, updatedAt: now })
    .onConflictDoUpdate({ target: t.pharmacy.id, set: { ...row, updatedAt: now } })
    .run();
  return getPharmacy(store)!;
}

export function savePrescriber(store: Store, { prescriber }: PrescriberSaveInput, clock: Clock): { id: string } {
  const id =
    prescriber.id ??
    nextSequentialId(
      store
        .select({ id: t.prescribers.id })
        .from(t.prescribers)
        .all()
        .map((p) => p.id),
      'DR',
    );
  const row = { id, npi: prescriber.npi, firstName: prescriber.firstName, lastName: prescriber.lastName };
  const now = clock.now();
  store
    .insert(t.prescribers)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: t.prescribers.id, set: { ...row, updatedAt: now } })
    .run();
  return { id };
}

export function saveDrug(store: Store, { drug }: DrugSaveInput, clock: Clock): { id: string } {
  const id =
    drug.id ??
    nextSequentialId(
      store
        .select({ id: t.drugs.id })
        .from(t.drugs)
        .all()
        .map((d) => d.id),
      'DRUG',
    );
  const row = drugRow(id, drug);
  const now = clock.now();
  store
    .insert(t.drugs)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: t.drugs.id, set: { ...row, updatedAt: now } })
    .run();
  return { id };
}

/** Adds the starter catalog's drugs that the pharmacy does not have yet (by id); never overwrites one. */
export function loadStarterCatalog(store: Store, resourcesFolder: string, clock: Clock): { added: string[] } {
  const file = JSON.parse(readFileSync(join(resourcesFolder, 'drug-catalog.json'), 'utf8')) as { drugs: unknown[] };
  const have = new Set(
    store
      .select({ id: t.drugs.id })
      .from(t.drugs)
      .all()
      .map((d) => d.id),
  );
  const added: string[] = [];
  store.transaction(() => {
    for (const raw of file.drugs) {
      const drug = drugSchema.parse(raw);
      if (have.has(drug.id)) continue;
      saveDrug(store, { drug }, clock);
      added.push(drug.id);
    }
  });
  return { added };
}

export function savePayer(store: Store, { payer }: PayerSaveInput, clock: Clock): { id: string } {
  const id =
    payer.id ??
    nextSequentialId(
      store
        .select({ id: t.payers.id })
        .from(t.payers)
        .all()
        .map((p) => p.id),
      'PAYER',
    );
  const row = payerRow(id, payer);
  const now = clock.now();
  store
    .insert(t.payers)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: t.payers.id, set: { ...row, updatedAt: now } })
    .run();
  return { id };
}

/**
 * A fee from a date on. Earlier rows stay (lines already priced with them can be explained); the engine
 * takes the latest row that started on or before each date of service.
 */
export function setFee(store: Store, input: FeeSetInput): FeeScheduleView {
  if (!store.select({ id: t.payers.id }).from(t.payers).where(eq(t.payers.id, input.payerId)).get()) {
    throw new InvalidInputError('Unknown payer.', [{ path: 'payerId', message: 'Choose a payer' }]);
  }
  store
    .insert(t.payerFees)
    .values({ payerId: input.payerId, hcpcs: input.hcpcs, effectiveFrom: input.effectiveFrom, cents: input.cents })
    .onConflictDoUpdate({ target: [t.payerFees.payerId, t.payerFees.hcpcs, t.payerFees.effectiveFrom], set: { cents: input.cents } })
    .run();
  return feeSchedule(store, input.payerId);
}

export function feeSchedule(store: Store, payerId: string): FeeScheduleView {
  const payer = store.select().from(t.payers).where(eq(t.payers.id, payerId)).get();
  if (!payer) throw new NotFoundError(`There is no payer "${payerId}".`);
  const rows = store
    .select()
    .from(t.payerFees)
    .where(eq(t.payerFees.payerId, payerId))
    .orderBy(asc(t.payerFees.hcpcs), desc(t.payerFees.effectiveFrom))
    .all();
  return { payerId, payerName: payer.name, fees: rows.map((r) => ({ hcpcs: r.hcpcs, cents: r.cents, effectiveFrom: r.effectiveFrom })) };
}

let hcpcsCache: HcpcsEntry[] | undefined;
/** Every code BILLING-RULES.md and the seeds name, with its description (resources/hcpcs-reference.json). */
export function hcpcsReference(resourcesFolder: string): HcpcsEntry[] {
  hcpcsCache ??= (JSON.parse(readFileSync(join(resourcesFolder, 'hcpcs-reference.json'), 'utf8')) as { codes: HcpcsEntry[] }).codes;
  return hcpcsCache;
}

/** Every payer with its profile settings as stored (absent settings take the rules' defaults). */
export function listPayers(store: Store): PayerView[] {
  return store
    .select()
    .from(t.payers)
    .orderBy(asc(t.payers.name))
    .all()
    .map((p) => ({ id: p.id, name: p.name, payerId: p.payerId, kind: p.kind, profile: payerProfileSettings(p) }));
}
