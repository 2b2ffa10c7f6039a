import type { Claim837, Interchange837 } from '../../x12/claim837Types';
import type { AssemblyInput, ClaimDraftView } from './claimDraft';
import type { ClaimSettings } from './claimSettingsSchema';

// A draft (or a stored claim's snapshot) into the writer's shape.

const FILING: Record<string, Claim837['subscriber']['filingIndicator']> = { commercial: 'CI', medicaid: 'MC', medicare: 'MB' };
const RESPONSIBILITY = { primary: 'P', secondary: 'S', tertiary: 'T' } as const;

export function toClaim837(
  draft: ClaimDraftView,
  input: Pick<AssemblyInput, 'patients' | 'payers'>,
  controlNumber: string,
  frequency: Claim837['frequency'] = '1',
  payerClaimNumber?: string,
): Claim837 {
  const patient = input.patients.find((p) => p.id === draft.patientId);
  const payer = input.payers.find((p) => p.id === draft.payerId);
  if (!patient || !payer) throw new Error(`claim ${draft.draftId} names a patient or payer that is not loaded`);
  return {
    controlNumber,
    frequency,
    ...(payerClaimNumber !== undefined ? { payerClaimNumber } : {}),
    placeOfService: draft.placeOfService,
    ...(draft.priorAuth ? { priorAuth: draft.priorAuth } : {}),
    diagnoses: draft.diagnoses,
    ...(draft.referringProvider ? { referringProvider: draft.referringProvider } : {}),
    subscriber: {
      payerResponsibility: RESPONSIBILITY[draft.coverageRank],
      ...(draft.groupNumber ? { groupNumber: draft.groupNumber } : {}),
      filingIndicator: FILING[payer.kind] ?? 'CI',
      lastName: patient.lastName,
      firstName: patient.firstName,
      memberId: draft.memberId,
      address: patient.address,
      birthDate: patient.birthDate,
      sex: patient.sex,
    },
    payer: { name: payer.name, payerId: payer.payerId },
    ...otherPayers(draft, patient, input),
    lines: draft.lines.map((l, i) => ({
      code: l.code,
      modifiers: l.modifiers,
      chargeCents: l.chargeCents,
      units: l.units,
      from: l.from,
      to: l.to,
      pointers: l.pointers,
      lineControl: `${controlNumber}-${i + 1}`,
      ...(l.ndc ? { ndc: l.ndc, ndcQuantity: l.ndcQuantity, ndcUnit: l.ndcUnit } : {}),
      ...(l.priorAuth ? { priorAuth: l.priorAuth } : {}),
    })),
  };
}

export function interchange(
  settings: ClaimSettings,
  pharmacy: NonNullable<AssemblyInput['pharmacy']>,
  claims: Claim837[],
  control: { interchange: number; group: number },
  now: { date: string; time: string },
): Interchange837 {
  return {
    senderId: settings.senderId,
    receiverId: settings.receiverId,
    usage: settings.usage,
    interchangeControlNumber: control.interchange,
    groupControlNumber: control.group,
    createdOn: now.date,
    createdAt: now.time,
    submitter: { name: settings.submitterName, id: settings.senderId, contactName: settings.contactName, phone: settings.contactPhone },
    receiver: { name: settings.receiverName, id: settings.receiverId },
    billingProvider: {
      name: pharmacy.name,
      npi: pharmacy.npi,
      taxId: pharmacy.taxId,
      ...(pharmacy.taxonomy ? { taxonomy: pharmacy.taxonomy } : {}),
      address: pharmacy.address,
    },
    claims,
  };
}

const RANK_ORDER = { primary: 0, secondary: 1, tertiary: 2 } as const;

/** For a secondary or tertiary claim: the coverages ranked ahead of it that are active on the claim's dates. */
function otherPayers(
  draft: ClaimDraftView,
  patient: AssemblyInput['patients'][number],
  input: Pick<AssemblyInput, 'payers'>,
): Pick<Claim837, 'otherPayers'> {
  const ahead = patient.coverages.filter(
    (c) => RANK_ORDER[c.rank] < RANK_ORDER[draft.coverageRank] && c.from <= draft.to && (c.to === null || c.to >= draft.from),
  );
  if (ahead.length === 0) return {};
  return {
    otherPayers: ahead.flatMap((c) => {
      const payer = input.payers.find((p) => p.id === c.payer);
      if (!payer) return [];
      return [
        {
          payerResponsibility: RESPONSIBILITY[c.rank],
          ...(c.group ? { groupNumber: c.group } : {}),
          filingIndicator: FILING[payer.kind] ?? 'CI',
          memberId: c.memberId,
          payer: { name: payer.name, payerId: payer.payerId },
        },
      ];
    }),
  };
}
