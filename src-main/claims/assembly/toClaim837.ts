import type { Claim837, Interchange837, Line837, OtherPayerAnswer837 } from '../../x12/claim837Types';
import type { Adjustment } from '../../vocabulary';
import type { AssemblyInput, ClaimDraftView, DraftLine } from './claimDraft';
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
      ...linePriorAnswers(l, input),
    })),
  };
}

const answeredByLine = (line: DraftLine) => line.prior !== undefined && (line.prior.paidCents !== 0 || line.prior.adjustments.length > 0);
const patientPart = (adjustments: Adjustment[]) => adjustments.filter((a) => a.group === 'PR').reduce((s, a) => s + a.cents, 0);

/** CB-1: 2430 for a line the payer ahead answered line by line (SVD, CAS, DTP*573, AMT*EAF). */
function linePriorAnswers(line: DraftLine, input: Pick<AssemblyInput, 'payers'>): Pick<Line837, 'priorAnswers'> {
  if (!line.prior || !answeredByLine(line)) return {};
  const payer = input.payers.find((p) => p.id === line.prior!.payerId);
  if (!payer) return {};
  const owed = patientPart(line.prior.adjustments);
  return {
    priorAnswers: [
      {
        payerId: payer.payerId,
        code: line.code,
        modifiers: line.modifiers,
        units: line.units,
        paidCents: line.prior.paidCents,
        adjustments: line.prior.adjustments,
        adjudicatedOn: line.prior.adjudicatedOn,
        ...(owed > 0 ? { remainingPatientLiabilityCents: owed } : {}),
      },
    ],
  };
}

/** CB-1: 2320/2330B: what the payer ahead paid and adjusted at claim level, when this claim carries its answer. */
function claimAnswer(draft: ClaimDraftView, payerId: string): OtherPayerAnswer837 | undefined {
  const answers = (draft.priorClaims ?? []).filter((a) => a.payerId === payerId);
  if (answers.length === 0) return undefined;
  const lineLevel = draft.lines.some((l) => l.prior?.payerId === payerId && answeredByLine(l));
  const owed = answers.reduce((s, a) => s + a.patientResponsibilityCents, 0);
  const payerClaimNumber = answers.find((a) => a.payerClaimNumber)?.payerClaimNumber;
  return {
    paidCents: answers.reduce((s, a) => s + a.paidCents, 0),
    adjustments: answers.flatMap((a) => a.adjustments),
    ...(!lineLevel && owed > 0 ? { remainingPatientLiabilityCents: owed } : {}),
    adjudicatedOn: answers
      .map((a) => a.adjudicatedOn)
      .sort()
      .at(-1)!,
    ...(payerClaimNumber ? { payerClaimNumber } : {}),
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
      const answer = claimAnswer(draft, c.payer);
      return [
        {
          payerResponsibility: RESPONSIBILITY[c.rank],
          ...(c.group ? { groupNumber: c.group } : {}),
          filingIndicator: FILING[payer.kind] ?? 'CI',
          memberId: c.memberId,
          payer: { name: payer.name, payerId: payer.payerId },
          ...(answer ? { answer } : {}),
        },
      ];
    }),
  };
}
