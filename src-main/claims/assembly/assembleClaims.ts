import { addDays, lastDayOfMonth, monthOf, type CalendarDate } from '../../calendar/calendarDate';
import { isValidNpi } from '../../identifiers/npi';
import { isIcd10Shape } from '../../identifiers/icd10';
import { coordinationProblems, forwardedBlocks, forwardedClaims } from './coordination';
import type {
  AnsweredClaim,
  AssemblyInput,
  ClaimDraftView,
  ClaimPatient,
  ClaimPayer,
  DraftLine,
  ReadinessProblem,
  StoredBillingLine,
} from './claimDraft';
import { toDraftLines } from './lineSpans';
import { claimTextProblem, identifierProblem } from '../../x12/x12Text';
import { DOCUMENT_KINDS, RESIDENCES } from '../../vocabulary';

// Lines into claims: per patient, payer and calendar month; per diems with their drugs (MT-3); at most 50
// service lines a claim; diagnosis pointers; place of service (PY-2); readiness checked before export.

export const MAX_LINES_PER_CLAIM = 50;
const HOME_RESIDENCES: ReadonlySet<string> = new Set(RESIDENCES.filter((r) => r !== 'skilled-nursing-facility'));

/** PY-2: 12 home (including a relative's home, assisted living, a retirement home). */
export function placeOfService(residence: string | null): string {
  return residence === null || HOME_RESIDENCES.has(residence) ? '12' : '99';
}

export function assembleClaims(input: AssemblyInput): ClaimDraftView[] {
  const patients = new Map(input.patients.map((p) => [p.id, p]));
  const payers = new Map(input.payers.map((p) => [p.id, p]));
  const groups = new Map<string, StoredBillingLine[]>();
  for (const line of input.lines) {
    // DS-1: a date of service after today is scheduled, never on a claim.
    if (line.date > input.today) continue;
    const key = `${line.patient}|${line.payer}|${monthOf(line.date)}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  // Findings by patient: a claim looks only at its own patient's.
  const findingsByPatient = new Map<string, AssemblyInput['findings']>();
  for (const f of input.findings) {
    const list = findingsByPatient.get(f.patient);
    if (list) list.push(f);
    else findingsByPatient.set(f.patient, [f]);
  }
  // CB-1: answered claims going on to the next payer join that payer's claim for the month.
  const forwarded = forwardedClaims(input, patients);
  const drafts: ClaimDraftView[] = [];
  for (const key of [...new Set([...groups.keys(), ...forwarded.keys()])].sort()) {
    const lines = groups.get(key) ?? [];
    const [patientId, payerId, month] = key.split('|') as [string, string, string];
    const patient = patients.get(patientId);
    const payer = payers.get(payerId);
    if (!patient || !payer) continue;
    drafts.push(...claimsForGroup(input, findingsByPatient.get(patientId) ?? [], patient, payer, month, lines, forwarded.get(key) ?? []));
  }
  return drafts;
}

/** MT-3 blocks: each per diem with the drug lines of its order and dates; nursing and lone drugs by themselves. */
function blocks(lines: DraftLine[]): DraftLine[][] {
  const out: DraftLine[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const joinsPerDiem =
      line.kind === 'drug' &&
      last?.[0]?.kind === 'per-diem' &&
      last[0].order === (line.anchorOrder ?? line.order) &&
      last[0].from === line.from;
    if (joinsPerDiem) last!.push(line);
    else out.push([line]);
  }
  return out;
}

function claimsForGroup(
  input: AssemblyInput,
  patientFindings: AssemblyInput['findings'],
  patient: ClaimPatient,
  payer: ClaimPayer,
  month: string,
  monthLines: StoredBillingLine[],
  answered: AnsweredClaim[],
): ClaimDraftView[] {
  const coverage = patient.coverages.find((c) => c.payer === payer.id) ?? null;
  const timing = monthLines.length > 0 ? monthTiming(input.today, month, monthLines, patient, payer) : { interim: false, why: '' };
  const lines = timing.interim ? monthLines.filter((l) => l.date < input.today) : monthLines;
  if (lines.length === 0 && answered.length === 0) return [];
  const draftLines = toDraftLines(lines, payer.profile.lineSpan);
  const parts: DraftLine[][] = [[]];
  for (const block of [...blocks(draftLines), ...forwardedBlocks(answered)]) {
    const current = parts[parts.length - 1]!;
    if (current.length + block.length > MAX_LINES_PER_CLAIM && current.length > 0) parts.push([...block]);
    else current.push(...block);
  }
  return parts.map((partLines, i) => {
    const from = partLines.reduce((min, l) => (l.from < min ? l.from : min), partLines[0]!.from);
    const to = partLines.reduce((max, l) => (l.to > max ? l.to : max), partLines[0]!.to);
    const draft: ClaimDraftView = {
      draftId: `${patient.id}|${payer.id}|${month}|${i + 1}`,
      patientId: patient.id,
      patientName: `${patient.lastName}, ${patient.firstName}`,
      payerId: payer.id,
      payerName: payer.name,
      coverageRank: coverage?.rank ?? 'primary',
      memberId: coverage?.memberId ?? '',
      groupNumber: coverage?.group ?? null,
      from,
      to,
      part: i + 1,
      placeOfService: placeOfService(patient.residence),
      priorAuth: null,
      diagnoses: [],
      referringProvider: null,
      lines: partLines,
      totalCents: partLines.reduce((sum, l) => sum + l.chargeCents, 0),
      problems: [],
      findings: patientFindings.filter(
        (f) =>
          (f.date === undefined || (f.date >= from && f.date <= to)) &&
          (f.order === undefined || partLines.some((l) => l.order === f.order)),
      ),
    };
    const carried = answered.filter((a) => partLines.some((l) => l.prior?.claimKey === a.answer.claimKey)).map((a) => a.answer);
    if (carried.length > 0) draft.priorClaims = carried;
    pointDiagnoses(draft, patient);
    priorAuthorizations(draft, patient);
    draft.problems = [...readiness(draft, patient, payer, input), ...coordinationProblems(draft, patient, input)];
    if (timing.readyOn) {
      draft.readyOn = timing.readyOn;
      draft.problems.unshift({
        rule: 'DS-2',
        message: `The month is still running: this claim is ready on ${timing.readyOn}${timing.why}.`,
      });
    }
    return draft;
  });
}

/**
 * DS-2: a claim covers one calendar month and is ready once the month has ended, or once every order on it
 * has stopped and that day has passed; a payer that takes interim claims is billed through yesterday.
 */
function monthTiming(
  today: CalendarDate,
  month: string,
  lines: StoredBillingLine[],
  patient: ClaimPatient,
  payer: ClaimPayer,
): { interim: boolean; readyOn?: CalendarDate; why: string } {
  const monthEnd = lastDayOfMonth(month);
  if (today > monthEnd) return { interim: false, why: '' };
  const orderIds = [...new Set(lines.flatMap((l) => (l.order === undefined ? [] : [l.order])))];
  const stops = orderIds.map((id) => patient.orders.find((o) => o.id === id)?.stop ?? null);
  const lastStop = orderIds.length > 0 && stops.every((s) => s !== null) ? (stops as string[]).sort().at(-1)! : null;
  if (lastStop !== null && lastStop < today) return { interim: false, why: '' };
  if (payer.profile.interimBilling) return { interim: true, why: '' };
  if (lastStop !== null && lastStop < monthEnd)
    return { interim: false, readyOn: addDays(lastStop, 1), why: `, the day after its orders stop (${lastStop})` };
  return { interim: false, readyOn: addDays(monthEnd, 1), why: ', the day after the month ends' };
}

function planFor(patient: ClaimPatient, order: string | undefined, date: CalendarDate) {
  const byOrder = order === undefined ? undefined : patient.orders.find((o) => o.id === order);
  if (byOrder) return patient.plans.find((p) => p.id === byOrder.planId);
  return patient.plans.find((p) => p.from <= date && date <= p.to) ?? patient.plans[0];
}

/** HI holds the plans' diagnoses, principal first; each line points at up to 4 of its own plan's codes. */
function pointDiagnoses(draft: ClaimDraftView, patient: ClaimPatient): void {
  const hi: string[] = [];
  for (const line of draft.lines) {
    const plan = planFor(patient, line.order, line.from);
    for (const code of plan?.diagnoses ?? []) if (!hi.includes(code)) hi.push(code);
    line.pointers = (plan?.diagnoses ?? []).slice(0, 4).map((code) => hi.indexOf(code) + 1);
  }
  draft.diagnoses = hi;
  draft.referringProvider = planFor(patient, draft.lines[0]?.order, draft.from)?.prescriber ?? null;
}

/** REF*G1: on the claim when every authorized line shares one number, otherwise on each line. */
function priorAuthorizations(draft: ClaimDraftView, patient: ClaimPatient): void {
  const numbers = new Set<string>();
  for (const line of draft.lines) {
    const auth = patient.orders.find((o) => o.id === line.order)?.priorAuth;
    if (auth) numbers.add(auth.number);
  }
  if (numbers.size === 1) draft.priorAuth = [...numbers][0]!;
  else if (numbers.size > 1) {
    for (const line of draft.lines) {
      const auth = patient.orders.find((o) => o.id === line.order)?.priorAuth;
      if (auth) line.priorAuth = auth.number;
    }
  }
}

function readiness(draft: ClaimDraftView, patient: ClaimPatient, payer: ClaimPayer, input: AssemblyInput): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const pharmacy = input.pharmacy;
  if (!pharmacy) problems.push({ rule: 'ID', message: 'The pharmacy profile is missing (Pharmacy setup).' });
  else {
    if (!isValidNpi(pharmacy.npi)) problems.push({ rule: 'ID', message: `The pharmacy NPI ${pharmacy.npi} is not valid.` });
    if (!/^\d{9}$/.test(pharmacy.taxId)) problems.push({ rule: 'ID', message: 'The pharmacy tax id must be 9 digits.' });
    if (!/^\d{9}$/.test(pharmacy.address.zip))
      problems.push({ rule: 'ID', message: 'The pharmacy ZIP must be the 9-digit ZIP+4 on a claim.' });
  }
  if (!payer.payerId.trim()) problems.push({ rule: 'ID', message: `${payer.name} has no payer id.` });
  // Data stored before entry checks existed: an identifier is never altered to fit, so the claim waits.
  const identifiers: [string, string | null][] = [
    ['payer id', payer.payerId],
    ['member ID', draft.memberId],
    ['group number', draft.groupNumber],
  ];
  for (const [what, value] of identifiers) {
    const problem = value ? identifierProblem(value) : null;
    if (problem) problems.push({ rule: 'ID', message: `The ${what} ${value}: ${problem}` });
  }
  for (const [what, value] of [
    ['last name', patient.lastName],
    ['first name', patient.firstName],
    ['address', patient.address.line1],
    ['city', patient.address.city],
  ] as const) {
    const problem = claimTextProblem(value);
    if (problem) problems.push({ rule: 'ID', message: `The patient's ${what} ${value}: ${problem}` });
  }
  if (!draft.memberId)
    problems.push({ rule: 'CV-1', message: `${patient.firstName} ${patient.lastName} has no ${payer.name} coverage on file.` });
  if (draft.diagnoses.length === 0) problems.push({ rule: 'PY-3', message: 'No plan of care diagnosis covers these lines.' });
  if (draft.diagnoses.length > 12)
    problems.push({ rule: 'PY-3', message: `${draft.diagnoses.length} diagnoses: a claim holds 12 at most.` });
  for (const code of draft.diagnoses)
    if (!isIcd10Shape(code)) problems.push({ rule: 'PY-3', message: `Diagnosis ${code} is not an ICD-10-CM code.` });
  if (draft.referringProvider && !isValidNpi(draft.referringProvider.npi))
    problems.push({ rule: 'ID', message: `The prescriber NPI ${draft.referringProvider.npi} is not valid.` });

  draft.lines.forEach((line, index) => {
    // MT-2: a concurrent per diem at a 0 % rate is a valid zero charge that shows the payer the therapy.
    if (line.chargeCents <= 0 && !(line.kind === 'per-diem' && line.rules.includes('MT-2')))
      problems.push({ rule: 'FS-1', line: index, message: `${line.code} has no charge: set its fee for ${payer.name}.` });
    if (line.order === undefined) return;
    const order = patient.orders.find((o) => o.id === line.order);
    const plan = planFor(patient, line.order, line.from);
    if (!plan) return problems.push({ rule: 'PY-3', line: index, message: `Order ${line.order} has no plan of care.` });
    if (!plan.signedOn) problems.push({ rule: 'PY-3', line: index, message: `Plan of care ${plan.id} is not signed.` });
    if (line.from < plan.from || line.to > plan.to)
      problems.push({
        rule: 'PY-3',
        line: index,
        message: `${line.from}–${line.to} is outside plan of care ${plan.id} (${plan.from} to ${plan.to}).`,
      });
    // A component (OR-1) or extra TPN order (PD-4a) is documented with the order it travels with.
    const anchor = line.anchorOrder === undefined ? undefined : patient.orders.find((o) => o.id === line.anchorOrder);
    const missing = DOCUMENT_KINDS.filter((k) => !order?.documentKinds.includes(k) && !anchor?.documentKinds.includes(k));
    if (missing.length > 0) problems.push({ rule: 'PY-3', line: index, message: `Order ${line.order} lacks ${missing.join(', ')}.` });
  });
  for (const finding of draft.findings) {
    if (finding.severity === 'error') problems.push({ rule: finding.rule, message: finding.message });
  }
  // One message per rule and text: the same missing document should not be listed for every day.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.rule}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
