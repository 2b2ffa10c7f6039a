import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frozenClock } from '../calendar/clock';
import { openRuntime, type Runtime } from '../app/runtime';
import { tempFolder } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { NEW_PATIENT_SAVE } from '../testing/runtimeFixtures';
import { patientSaveInput, planSaveInput } from '../patients/intakeInputs';
import { payerSaveInput, pharmacySaveInput, prescriberSaveInput } from '../reference/referenceInputs';

// created_at / updated_at come from the injected clock on every write, never from SQLite's 'now'.

const FIRST = '2026-11-24T15:00:00.000Z';
const LATER = '2026-11-25T09:30:00.000Z';
const STAMPED = ['payers', 'prescribers', 'drugs', 'patients'];

describe('row timestamps from the clock', () => {
  let dir: string;
  let cleanup: () => void;
  let runtimes: Runtime[];
  beforeEach(() => {
    ({ dir, cleanup } = tempFolder());
    runtimes = [];
  });
  afterEach(() => {
    for (const r of runtimes) r.close();
    cleanup();
  });

  /** A runtime on the one test database whose clock is frozen at `now`. */
  function at(now: string): Runtime {
    const runtime = openRuntime({ databasePath: join(dir, 'dripline.sqlite'), clock: frozenClock(now.slice(0, 10), now) });
    runtimes.push(runtime);
    return runtime;
  }
  const stamps = (r: Runtime, table: string) =>
    r.opened.sqlite.prepare(`SELECT id, created_at AS createdAt, updated_at AS updatedAt FROM ${table} ORDER BY id`).all();
  const pharmacyStamp = (r: Runtime) => r.opened.sqlite.prepare('SELECT updated_at FROM pharmacy').pluck().get();

  it('stamps an import with exactly the frozen instant, and a re-import updates updated_at only', () => {
    const first = at(FIRST);
    importInto(first, idsaDataset());
    expect(pharmacyStamp(first)).toBe(FIRST);
    for (const table of STAMPED) {
      const rows = stamps(first, table) as { createdAt: string; updatedAt: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.createdAt === FIRST && r.updatedAt === FIRST)).toBe(true);
    }
    const later = at(LATER);
    importInto(later, idsaDataset());
    expect(pharmacyStamp(later)).toBe(LATER);
    for (const table of STAMPED)
      expect(
        (stamps(later, table) as { createdAt: string; updatedAt: string }[]).every((r) => r.createdAt === FIRST && r.updatedAt === LATER),
      ).toBe(true);
  });

  it('stamps saves from the intake and reference screens with the clock', () => {
    importInto(at(FIRST), idsaDataset());
    const later = at(LATER);
    const { services } = later;
    const { id } = services.savePatient(patientSaveInput.parse(NEW_PATIENT_SAVE));
    services.savePlanOfCare(
      planSaveInput.parse({
        patientId: 'p1',
        plan: { id: 'poc2', prescriber: 'dr-patel', from: '2026-12-01', to: '2026-12-31', diagnoses: ['A41.9'], orders: [] },
      }),
    );
    const prescriber = services.reference.savePrescriber(
      prescriberSaveInput.parse({ prescriber: { npi: '1234567893', firstName: 'Ann', lastName: 'Lee' } }),
    );
    services.reference.savePayer(
      payerSaveInput.parse({ payer: { id: 'bcbs', name: 'Example Health Plan', payerId: 'EXHP01', kind: 'commercial' } }),
    );
    services.reference.savePharmacy(
      pharmacySaveInput.parse({
        pharmacy: {
          name: 'Lakeside Infusion',
          npi: '1234567893',
          taxId: '123456789',
          address: { line1: '1 Main', city: 'Peoria', state: 'IL', zip: '61602' },
        },
      }),
    );
    const { added } = services.reference.loadStarterCatalog();
    expect(added.length).toBeGreaterThan(0);

    const row = (table: string, rowId: string) => stamps(later, table).find((r) => (r as { id: string }).id === rowId);
    expect(row('patients', id)).toEqual({ id, createdAt: LATER, updatedAt: LATER });
    expect(row('patients', 'p1')).toEqual({ id: 'p1', createdAt: FIRST, updatedAt: LATER }); // its plan of care changed
    expect(row('prescribers', prescriber.id)).toEqual({ id: prescriber.id, createdAt: LATER, updatedAt: LATER });
    expect(row('payers', 'bcbs')).toEqual({ id: 'bcbs', createdAt: FIRST, updatedAt: LATER });
    expect(row('drugs', added[0]!)).toEqual({ id: added[0], createdAt: LATER, updatedAt: LATER });
    expect(pharmacyStamp(later)).toBe(LATER);
  });

  it("leaves SQLite's 'now' to the schema's defaults for old rows: no write path uses it", () => {
    const root = join(import.meta.dirname, '..');
    // The tables' defaults (store/recordTables.ts) are the one place SQLite's 'now' is written.
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith(join('store', 'recordTables.ts')),
    );
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((f) => /'now'/.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});
