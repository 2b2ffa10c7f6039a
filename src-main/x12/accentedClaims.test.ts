import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import type { DatasetInput } from '../dataset/datasetSchema';
import { check837p } from './check837p';
import { DOCUMENT_KINDS } from '../vocabulary';

// Accented names and addresses through the whole path: dataset import, drafts, toClaim837, write837p, check837p.

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

/** The IDSA example with a Spanish-named patient, pharmacy and prescriber, every order documented (PY-3). */
function accentedDataset(): DatasetInput {
  const d = idsaDataset();
  d.pharmacy.name = 'Farmacia Peña Infusión';
  d.pharmacy.address = { ...d.pharmacy.address, line1: '100 Calle Señor', city: 'Española' };
  d.payers[0]!.name = 'Société Santé Plan';
  d.prescribers[0] = { ...d.prescribers[0]!, firstName: 'Zoë', lastName: 'Ørsted' };
  const patient = d.patients[0]!;
  patient.firstName = 'José';
  patient.lastName = 'Muñoz-Pérez';
  patient.address = { ...patient.address, line1: '200 Avenida Niño', line2: 'Apt “B”', city: 'Cañon City' };
  for (const plan of patient.plansOfCare)
    for (const o of plan.orders) o.documents = DOCUMENT_KINDS.map((kind) => ({ kind, date: o.start, reference: `${kind}-${o.id}` }));
  return d;
}

describe('an 837P for a patient with an accented name', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('writes José Muñoz-Pérez as JOSE MUNOZ-PEREZ, every name and address in ASCII capitals, and passes the check', () => {
    importInto(runtime, accentedDataset());
    const drafts = runtime.services.claimDrafts(JANUARY).drafts;
    const file = runtime.services.exportClaims837(
      JANUARY,
      drafts.map((d) => d.draftId),
    );
    expect(check837p(file.content)).toEqual([]);
    expect(file.content).toContain(
      'NM1*IL*1*MUNOZ-PEREZ*JOSE****MI*XEH123456789~\nN3*200 AVENIDA NINO*APT "B"~\nN4*CANON CITY*IL*627040002~',
    );
    expect(file.content).toContain('NM1*85*2*FARMACIA PENA INFUSION*****XX*1765432186~\nN3*100 CALLE SENOR~\nN4*ESPANOLA*IL*627010001~');
    expect(file.content).toContain('NM1*PR*2*SOCIETE SANTE PLAN*****PI*EXHP01~');
    expect(file.content).toContain('NM1*DN*1*ORSTED*ZOE****XX*1543278968~');
    expect(/^[\x20-\x7E\n]*$/.test(file.content)).toBe(true);
  });
});
