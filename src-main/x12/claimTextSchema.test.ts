import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { patientSaveInput, planSaveInput } from '../patients/intakeInputs';
import { payerSaveInput, prescriberSaveInput } from '../reference/referenceInputs';
import { claimSettingsSchema } from '../claims/assembly/claimSettingsSchema';

// The intake, reference and settings channels refuse claim text at its field, with a message a biller can act on.

const issues = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

const patient = (bend: Record<string, unknown> = {}, coverage: Record<string, unknown> = {}) => ({
  isNew: true,
  patient: {
    firstName: 'José',
    lastName: 'Muñoz-Pérez',
    birthDate: '1958-03-12',
    sex: 'M',
    address: { line1: '200 Avenida Niño', city: 'Española', state: 'NM', zip: '87532' },
    coverages: [{ payer: 'bcbs', memberId: 'XEH123456789', group: 'GRP0042', rank: 'primary', from: '2026-01-01', ...coverage }],
    ...bend,
  },
});

describe('claim text at entry', () => {
  it('accepts accented names and addresses as entered (transliterated only when a claim is written)', () => {
    const parsed = patientSaveInput.parse(patient());
    expect(parsed.patient.lastName).toBe('Muñoz-Pérez');
    expect(parsed.patient.address.city).toBe('Española');
  });

  it('refuses a name with no ASCII form, and a mixed one that would lose a part, at the field', () => {
    expect(issues(patientSaveInput, patient({ lastName: '王' }))).toEqual([
      {
        path: 'patient.lastName',
        message:
          'Last name has "王", which cannot be written on a claim (no Latin-letter form): enter it in Latin letters as the payer has it on file',
      },
    ]);
    expect(issues(patientSaveInput, patient({ firstName: 'Zoë 王' })).map((i) => i.path)).toEqual(['patient.firstName']);
    expect(issues(patientSaveInput, patient({ firstName: '😀' })).map((i) => i.path)).toEqual(['patient.firstName']);
    const address = { line1: '北京路 1', city: '😀', state: 'NM', zip: '87532' };
    expect(issues(patientSaveInput, patient({ address })).map((i) => i.path)).toEqual(['patient.address.line1', 'patient.address.city']);
  });

  it('refuses a member ID holding an X12 separator or an edge space, never trimming it', () => {
    expect(issues(patientSaveInput, patient({}, { memberId: 'AB*123' }))).toEqual([
      {
        path: 'patient.coverages.0.memberId',
        message: 'Member ID contains "*", which separates the parts of a claim file: enter it without "*"',
      },
    ]);
    expect(issues(patientSaveInput, patient({}, { memberId: 'AB~1' }))).toEqual([
      {
        path: 'patient.coverages.0.memberId',
        message: 'Member ID contains "~", which separates the parts of a claim file: enter it without "~"',
      },
    ]);
    expect(issues(patientSaveInput, patient({}, { memberId: 'XEH123 ' }))[0]?.message).toBe(
      'Member ID starts or ends with a space: remove it (identifiers are sent exactly as entered)',
    );
    expect(issues(patientSaveInput, patient({}, { group: 'G:1' })).map((i) => i.path)).toEqual(['patient.coverages.0.group']);
  });

  it('refuses a separator in a prior authorization number, a payer ID and the submitter id; a foreign payer name', () => {
    const plan = {
      patientId: 'p1',
      plan: {
        prescriber: 'dr',
        from: '2026-01-05',
        to: '2026-02-03',
        diagnoses: ['M86.171'],
        orders: [
          {
            therapy: 'anti-infective',
            schedule: 'q8h',
            start: '2026-01-05',
            route: 'IV',
            priorAuth: { number: 'PA^77', from: '2026-01-05', to: '2026-02-03' },
          },
        ],
      },
    };
    expect(issues(planSaveInput, plan)).toEqual([
      {
        path: 'plan.orders.0.priorAuth.number',
        message: 'Authorization number contains "^", which separates the parts of a claim file: enter it without "^"',
      },
    ]);
    const payer = { name: 'Société Santé', payerId: 'EX*1', kind: 'commercial' };
    expect(issues(payerSaveInput, { payer }).map((i) => i.path)).toEqual(['payer.payerId']);
    expect(issues(payerSaveInput, { payer: { ...payer, name: '平安保险', payerId: 'EX1' } }).map((i) => i.path)).toEqual(['payer.name']);
    const prescriber = { npi: '1543278968', firstName: 'Зоя', lastName: 'Ørsted' };
    expect(issues(prescriberSaveInput, { prescriber }).map((i) => i.path)).toEqual(['prescriber.firstName']);
    const settings = {
      senderId: 'SENDER~1',
      submitterName: 'Farmacia Peña',
      contactName: 'Billing',
      contactPhone: '2175550100',
      receiverId: ' CLEARINGHOUSE',
      receiverName: 'Clearinghouse',
      usage: 'T',
    };
    expect(issues(claimSettingsSchema, settings)).toEqual([
      { path: 'senderId', message: 'The submitter id contains "~", which separates the parts of a claim file: enter it without "~"' },
      { path: 'receiverId', message: 'The receiver id starts or ends with a space: remove it (identifiers are sent exactly as entered)' },
    ]);
  });
});
