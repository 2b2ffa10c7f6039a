import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDataset } from './validateDataset';
import { idsaDataset } from '../testing/datasetBuilders';
import { tempRuntime } from '../testing/tempDatabase';
import { InvalidInputError } from '../vocabulary';

// Text that cannot go on a claim is refused by the import at its JSON path, and nothing is written.

const problemsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
};
const NO_ASCII = (chars: string) =>
  `has ${chars}, which cannot be written on a claim (no Latin-letter form): enter it in Latin letters as the payer has it on file`;

describe('dataset import: claim text', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  beforeEach(() => {
    runtime = tempRuntime();
  });
  afterEach(() => runtime.cleanup());

  it('accepts accented names and addresses', () => {
    const d = idsaDataset();
    Object.assign(d.patients[0]!, { firstName: 'José', lastName: 'Muñoz-Pérez' });
    d.pharmacy.name = 'Farmacia Peña';
    expect(problemsOf(d)).toEqual([]);
  });

  it('refuses 王 at patients[0].lastName and writes nothing', () => {
    const d = idsaDataset();
    d.patients[0]!.lastName = '王';
    expect(problemsOf(d)).toEqual([{ path: 'patients[0].lastName', message: NO_ASCII('"王"') }]);
    expect(() => runtime.services.importDocument(d)).toThrow(InvalidInputError);
    expect(runtime.opened.sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);
    expect(runtime.opened.sqlite.prepare('SELECT count(*) FROM payers').pluck().get()).toBe(0);
  });

  it('refuses a mixed name, emoji in an address and a foreign payer, prescriber or pharmacy name, each at its path', () => {
    const d = idsaDataset();
    d.patients[0]!.firstName = 'Zoë 王';
    d.patients[0]!.address.city = 'Springfield 😀';
    d.payers[0]!.name = '平安';
    d.prescribers[0]!.lastName = 'Иваненко';
    d.pharmacy.address.line1 = '100 Main Street ★';
    expect(problemsOf(d)).toEqual([
      { path: 'pharmacy.address.line1', message: NO_ASCII('"★"') },
      { path: 'payers[0].name', message: NO_ASCII('"平", "安"') },
      { path: 'prescribers[0].lastName', message: NO_ASCII('"И", "в", "а", "н", "е"...') },
      { path: 'patients[0].firstName', message: NO_ASCII('"王"') },
      { path: 'patients[0].address.city', message: NO_ASCII('"😀"') },
    ]);
  });

  it('refuses an identifier with an X12 separator or an edge space, untrimmed, at its path', () => {
    const d = idsaDataset();
    d.patients[0]!.coverages[0]!.memberId = 'AB*123';
    d.patients[0]!.coverages[0]!.group = 'AB~1';
    d.payers[0]!.payerId = ' EXHP01';
    d.patients[0]!.plansOfCare[0]!.orders[0]!.priorAuth = { number: 'PA:1', from: '2026-01-05', to: '2026-01-31' };
    expect(problemsOf(d)).toEqual([
      { path: 'payers[0].payerId', message: 'starts or ends with a space: remove it (identifiers are sent exactly as entered)' },
      {
        path: 'patients[0].coverages[0].memberId',
        message: 'contains "*", which separates the parts of a claim file: enter it without "*"',
      },
      { path: 'patients[0].coverages[0].group', message: 'contains "~", which separates the parts of a claim file: enter it without "~"' },
      {
        path: 'patients[0].plansOfCare[0].orders[0].priorAuth.number',
        message: 'contains ":", which separates the parts of a claim file: enter it without ":"',
      },
    ]);
  });
});
