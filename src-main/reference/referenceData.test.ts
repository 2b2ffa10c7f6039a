import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { tempRuntime } from '../testing/tempDatabase';
import { countRows, idsaRuntime } from '../testing/runtimeFixtures';
import { resourcesFolder } from '../paths/appRoot';

describe('reference data: pharmacy, prescribers, drugs, payers and fees, HCPCS', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  const count = (table: string) => countRows(runtime, table);
  beforeEach(() => {
    runtime = idsaRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('refuses a prescriber whose NPI check digit is wrong, at the field, and writes nothing', async () => {
    const bad = await runtime.table.dispatch('prescribers.save', { prescriber: { npi: '1234567890', firstName: 'Ann', lastName: 'Lee' } });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        fields: [{ path: 'prescriber.npi', message: 'is not a valid NPI (10 digits with a correct check digit)' }],
      },
    });
    expect(count('prescribers')).toBe(1);
    const good = await runtime.table.dispatch('prescribers.save', { prescriber: { npi: '1234567893', firstName: 'Ann', lastName: 'Lee' } });
    expect(good).toEqual({ ok: true, value: { id: 'DR1' } });
  });

  it('saves the pharmacy profile with its NPI, tax id and taxonomy checked', async () => {
    const pharmacy = {
      name: 'Lakeside Infusion',
      npi: '1234567893',
      taxId: '12-3456789',
      address: { line1: '1 Main', city: 'Peoria', state: 'IL', zip: '61602' },
    };
    const bad = await runtime.table.dispatch('pharmacy.save', { pharmacy });
    expect(bad).toMatchObject({ ok: false, error: { fields: [{ path: 'pharmacy.taxId' }] } });
    const good = await runtime.table.dispatch('pharmacy.save', { pharmacy: { ...pharmacy, taxId: '123456789' } });
    expect(good).toMatchObject({ ok: true, value: { name: 'Lakeside Infusion', taxId: '123456789' } });
  });

  it('keeps dated fees: a line is priced with the fee in force on its date of service', async () => {
    await runtime.table.dispatch('payers.setFee', { payerId: 'bcbs', hcpcs: 'S9502', cents: 16000, effectiveFrom: '2026-01-06' });
    const schedule = await runtime.table.dispatch('payers.fees', { payerId: 'bcbs' });
    expect(schedule.ok && (schedule.value as { fees: { hcpcs: string }[] }).fees.filter((f) => f.hcpcs === 'S9502')).toEqual([
      { hcpcs: 'S9502', cents: 16000, effectiveFrom: '2026-01-06' },
      { hcpcs: 'S9502', cents: 15000, effectiveFrom: '1900-01-01' },
    ]);
    const perDiems = runtime.services.lines({ from: '2026-01-05', to: '2026-01-07' }).lines.filter((l) => l.code === 'S9502');
    expect(perDiems.map((l) => [l.date, l.chargeCents])).toEqual([
      ['2026-01-05', 15000],
      ['2026-01-06', 16000],
      ['2026-01-07', 16000],
    ]);
  });

  it('saves payer profile settings (PF-1..PF-6) that change the lines', async () => {
    await runtime.table.dispatch('payers.save', {
      payer: {
        id: 'bcbs',
        name: 'Example Health Plan',
        payerId: 'EXHP01',
        kind: 'commercial',
        profile: { secondTherapyPercent: 50, thirdTherapyPercent: 0, modifier59WithConcurrent: true },
      },
    });
    const sh = runtime.services.lines({ from: '2026-01-05', to: '2026-01-05' }).lines.find((l) => l.code === 'S9501');
    expect(sh?.modifiers).toEqual(['SH', '59']);
  });

  it('adds the starter catalog without overwriting a drug the pharmacy already has', async () => {
    const before = count('drugs') as number;
    const result = await runtime.table.dispatch('drugs.loadStarterCatalog', {});
    const catalog = JSON.parse(readFileSync(join(resourcesFolder(), 'drug-catalog.json'), 'utf8')) as {
      drugs: { id: string; hcpcs: string }[];
    };
    const added = (result as { ok: true; value: { added: string[] } }).value.added;
    expect(count('drugs')).toBe(before + added.length);
    expect(added).not.toContain('meropenem-1g');
    expect(runtime.opened.sqlite.prepare("SELECT name FROM drugs WHERE id = 'meropenem-1g'").pluck().get()).toBe('Meropenem 1 g vial');
    expect(catalog.drugs.find((d) => d.id === 'vancomycin-1g')?.hcpcs).toBe('J3370');
  });

  it('gives every starter catalog drug the class that BU-1..BU-3 decide from, and stores it', async () => {
    const catalog = JSON.parse(readFileSync(join(resourcesFolder(), 'drug-catalog.json'), 'utf8')) as {
      drugs: { id: string; hcpcs: string; class?: string }[];
    };
    expect(catalog.drugs.filter((d) => d.class === undefined).map((d) => d.id)).toEqual([]);
    const classOf = (hcpcs: string) => [...new Set(catalog.drugs.filter((d) => d.hcpcs === hcpcs).map((d) => d.class))];
    expect(classOf('J3480')).toEqual(['electrolyte']); // potassium chloride is included in TPN whatever its J code
    expect(classOf('B4185')).toEqual(['lipid']);
    expect(classOf('B4178')).toEqual(['amino-acid-standard']);
    expect(classOf('B5000')).toEqual(['amino-acid-specialty']);
    expect(classOf('J1642')).toEqual(['flush']);
    expect(classOf('J7060')).toEqual(['iv-solution']);
    expect(classOf('J2185')).toEqual(['drug']);

    await runtime.table.dispatch('drugs.loadStarterCatalog', {});
    const stored = (id: string) => runtime.opened.sqlite.prepare('SELECT drug_class FROM drugs WHERE id = ?').pluck().get(id);
    expect(stored('potassium-chloride-2meq-ml')).toBe('electrolyte');
    expect(stored('lipid-20pct-250ml')).toBe('lipid');
    expect(stored('heparin-flush-500u')).toBe('flush');
    const drugs = await runtime.table.dispatch('catalog.get', {});
    const listed = drugs.ok ? (drugs.value as { drugs: { id: string; class: string | null }[] }).drugs : [];
    expect(listed.find((d) => d.id === 'potassium-chloride-2meq-ml')?.class).toBe('electrolyte');
    expect(listed.find((d) => d.id === 'meropenem-1g')?.class).toBeNull(); // imported from the IDSA file without one
  });

  it('saves a drug with its class and refuses a class outside the contract, at the field', async () => {
    const drug = {
      name: 'Amino acids 10%, 1000 mL',
      hcpcs: 'B4178',
      billingUnit: { amount: 500, unit: 'mL' },
      ndc: '99999417809',
      ndcUnit: 'ML',
      ndcUnitContains: { amount: 1, unit: 'mL' },
      form: 'solution',
    };
    const bad = await runtime.table.dispatch('drugs.save', { drug: { ...drug, class: 'nutrient' } });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid', fields: [{ path: 'drug.class' }] } });
    const good = await runtime.table.dispatch('drugs.save', { drug: { ...drug, class: 'amino-acid-standard' } });
    const id = good.ok ? (good.value as { id: string }).id : '';
    expect(runtime.opened.sqlite.prepare('SELECT drug_class FROM drugs WHERE id = ?').pluck().get(id)).toBe('amino-acid-standard');
  });

  it('saves interim billing (DS-2) in the payer profile and lists it back', async () => {
    const payer = { id: 'bcbs', name: 'Example Health Plan', payerId: 'EXHP01', kind: 'commercial' };
    const listed = async () => {
      const result = await runtime.table.dispatch('payers.list', {});
      return result.ok ? (result.value as { id: string; profile: { interimBilling?: boolean } }[]).find((p) => p.id === 'bcbs') : undefined;
    };
    await runtime.table.dispatch('payers.save', { payer: { ...payer, profile: { interimBilling: true } } });
    expect((await listed())?.profile).toEqual({ interimBilling: true });
    await runtime.table.dispatch('payers.save', { payer: { ...payer, profile: {} } });
    expect((await listed())?.profile).toEqual({});
  });

  it('holds every code that BILLING-RULES.md names in the HCPCS reference', async () => {
    const result = await runtime.table.dispatch('reference.hcpcs', {});
    const codes = new Set((result as { ok: true; value: { code: string }[] }).value.map((c) => c.code));
    for (const code of [
      'S9500',
      'S9501',
      'S9502',
      'S9503',
      'S9504',
      'S9497',
      'S9494',
      'S9490',
      'S9326',
      'S9365',
      'S9368',
      'S9374',
      'S9810',
      'J1642',
      'J2185',
      'J3370',
      '99601',
      '99602',
      'A4216',
      'E0791',
      'J3480',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});
