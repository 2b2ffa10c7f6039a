import { isCalendarDate } from '../calendar/calendarDate';
import { isValidNpi } from '../identifiers/npi';
import { elementProblems } from './check837pElements';

// The project's own structural check of an 837P file (005010X222A1): envelope and counts, control numbers,
// HL nesting, CLM02 = sum of SV102, NPIs, LIN**N4 + CTP on every drug line, dates, required elements and the
// character set, and the coordination-of-benefits balancing (CB-1). Run on every file the exporter writes, in tests
// and before a file is handed to the user.

export function check837p(text: string): string[] {
  const errors: string[] = [];
  const segments = text
    .split('~')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split('*'));
  const at = (i: number) => `segment ${i + 1} (${segments[i]?.[0]})`;
  const isa = segments[0];
  if (!isa || isa[0] !== 'ISA') return ['the file does not start with ISA'];
  // Empty required elements and characters outside the X12 set fail the file too (check837pElements.ts).
  errors.push(...elementProblems(segments));
  if (text.indexOf('~') !== 105) errors.push('ISA must be exactly 106 characters');
  if (isa[12] !== '00501' || isa[16] !== ':') errors.push('ISA12 must be 00501 and ISA16 ":"');
  const iea = segments[segments.length - 1];
  if (iea?.[0] !== 'IEA' || iea[2] !== isa[13]) errors.push('IEA02 must repeat ISA13');
  const gs = segments[1];
  const ge = segments[segments.length - 2];
  if (gs?.[0] !== 'GS' || gs[1] !== 'HC' || gs[8] !== '005010X222A1') errors.push('GS must be HC for 005010X222A1');
  if (ge?.[0] !== 'GE' || ge[2] !== gs?.[6]) errors.push('GE02 must repeat GS06');

  const stIndex = segments.findIndex((s) => s[0] === 'ST');
  const seIndex = segments.findIndex((s) => s[0] === 'SE');
  if (stIndex < 0 || seIndex < 0) return [...errors, 'no ST/SE transaction set'];
  if (segments[stIndex]![3] !== '005010X222A1') errors.push('ST03 must be 005010X222A1');
  if (Number(segments[seIndex]![1]) !== seIndex - stIndex + 1)
    errors.push(`SE01 is ${segments[seIndex]![1]}, the transaction has ${seIndex - stIndex + 1} segments`);
  if (segments[seIndex]![2] !== segments[stIndex]![2]) errors.push('SE02 must repeat ST02');
  if (ge && Number(ge[1]) !== segments.filter((s) => s[0] === 'ST').length) errors.push('GE01 must count the transaction sets');

  const hlIds = new Set<string>();
  const hlChildren = new Map<string, boolean>();
  // `cob` once the claim's first 2320 SBR is read: a REF*F8 there is the other payer's claim number (2330B), not ours.
  let claim: { index: number; total: number; sum: number; freq: string; f8: boolean; hi: number; cob: boolean } | null = null;
  let drugLineOpen: { index: number; lin: boolean; ctp: boolean } | null = null;
  const closeLine = () => {
    if (drugLineOpen && (!drugLineOpen.lin || !drugLineOpen.ctp))
      errors.push(`${at(drugLineOpen.index)}: a drug line needs LIN**N4 and CTP`);
    drugLineOpen = null;
  };
  const closeClaim = () => {
    closeLine();
    if (!claim) return;
    if (Math.round(claim.total * 100) !== Math.round(claim.sum * 100))
      errors.push(`${at(claim.index)}: CLM02 ${claim.total} is not the sum of SV102 ${claim.sum.toFixed(2)}`);
    if (claim.freq !== '1' && !claim.f8) errors.push(`${at(claim.index)}: frequency ${claim.freq} needs REF*F8`);
    claim = null;
  };
  segments.forEach((s, i) => {
    switch (s[0]) {
      case 'HL': {
        closeClaim();
        const [, id = '', parent = ''] = s;
        if (hlIds.has(id) || Number(id) !== hlIds.size + 1) errors.push(`${at(i)}: HL01 ${id} is not the next number`);
        if (parent && !hlIds.has(parent)) errors.push(`${at(i)}: HL02 ${parent} is not an earlier HL`);
        if (parent) hlChildren.set(parent, true);
        hlIds.add(id);
        break;
      }
      case 'NM1':
        if (s[8] === 'XX' && !isValidNpi(s[9] ?? '')) errors.push(`${at(i)}: NPI ${s[9]} fails its check digit`);
        break;
      case 'CLM': {
        closeClaim();
        const freq = (s[5] ?? '').split(':')[2] ?? '';
        claim = { index: i, total: Number(s[2]), sum: 0, freq, f8: false, hi: 0, cob: false };
        break;
      }
      case 'SBR':
        if (claim) claim.cob = true;
        break;
      case 'REF':
        if (s[1] === 'F8' && claim && !claim.cob) claim.f8 = true;
        break;
      case 'HI':
        if (claim) claim.hi = s.length - 1;
        for (const code of s.slice(1)) if (code.includes('.')) errors.push(`${at(i)}: diagnosis ${code} must be sent without the dot`);
        break;
      case 'LX':
        closeLine();
        break;
      case 'SV1': {
        if (claim) claim.sum += Number(s[2]);
        const code = (s[1] ?? '').split(':')[1] ?? '';
        if (/^[JB]\d{4}$/.test(code)) drugLineOpen = { index: i, lin: false, ctp: false };
        for (const p of (s[7] ?? '').split(':'))
          if (claim && (Number(p) < 1 || Number(p) > claim.hi)) errors.push(`${at(i)}: pointer ${p} is outside HI`);
        if (!(Number(s[4]) > 0)) errors.push(`${at(i)}: units must be more than 0`);
        break;
      }
      case 'DTP': {
        const values = s[2] === 'RD8' ? (s[3] ?? '').split('-') : [s[3] ?? ''];
        for (const v of values)
          if (!isCalendarDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`)) errors.push(`${at(i)}: ${v} is not a date`);
        break;
      }
      case 'LIN':
        if (drugLineOpen) drugLineOpen.lin = s[1] === '' && s[2] === 'N4' && /^\d{11}$/.test(s[3] ?? '');
        if (s[1] !== '') errors.push(`${at(i)}: LIN01 must be empty (LIN**N4*...)`);
        break;
      case 'CTP':
        if (drugLineOpen) drugLineOpen.ctp = Number(s[4]) > 0 && /^(UN|ML|GR|F2|ME)$/.test(s[5] ?? '');
        break;
      case 'SE':
      case 'GE':
      case 'IEA':
        closeClaim();
        break;
    }
  });
  for (const s of segments.filter((x) => x[0] === 'HL')) {
    const has = hlChildren.get(s[1] ?? '') ?? false;
    if ((s[4] === '1') !== has) errors.push(`HL ${s[1]}: HL04 ${s[4]} does not match whether it has children`);
  }
  errors.push(...cobProblems(segments));
  return errors;
}

// ---- Coordination of benefits (CB-1): what each earlier payer answered must add up, as the 837P IG balances it. ----

interface PayerSeen {
  rank: string;
  id: string;
  paid: number | null;
  adjusted: number;
  cas: number;
  eaf: boolean;
  dtp: boolean;
}
interface AnswerSeen {
  payer: string;
  paid: number;
  adjusted: number;
  cas: number;
  dtp: boolean;
  eaf: boolean;
}
interface LineSeen {
  number: string;
  code: string;
  charge: number;
  answers: AnswerSeen[];
}
interface ClaimSeen {
  control: string;
  rank: string;
  charge: number;
  payers: PayerSeen[];
  lines: LineSeen[];
}

/** An X12 decimal as integer cents by string arithmetic ("12.3" -> 1230, "-5.07" -> -507); null when it is not one. */
export function x12Cents(text: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' && cents !== 0 ? -cents : cents;
}

const dollars = (cents: number) =>
  `${cents < 0 ? '-' : ''}$${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
/** The amounts of a CAS: CAS03, 06, 09, 12, 15 and 18. */
const casAmounts = (s: string[]) => [3, 6, 9, 12, 15, 18].map((p) => s[p] ?? '').filter((v) => v !== '');
const RANK_WORD: Record<string, string> = { P: 'primary', S: 'secondary', T: 'tertiary' };
/** IG: CAS repeats at most 5 times in a 2320 and in a 2430. */
const MAX_CAS = 5;

/** The claims of the file with their 2320/2330B and 2430 loops, read in order; amounts that are not decimals are reported. */
function readCob(segments: readonly string[][], problems: string[]): ClaimSeen[] {
  const claims: ClaimSeen[] = [];
  let rank = '';
  let claim: ClaimSeen | null = null;
  let payer: PayerSeen | null = null;
  let line: LineSeen | null = null;
  let answer: AnswerSeen | null = null;
  const cents = (value: string | undefined, what: string) => {
    const c = x12Cents(value ?? '');
    if (c === null) problems.push(`claim ${claim?.control}: ${what} "${value ?? ''}" is not an amount`);
    return c ?? 0;
  };
  for (const s of segments) {
    const [tag = '', e1 = ''] = s;
    // CAS, AMT*EAF and DTP*573 belong to the 2430 being read, else to the 2320.
    const loop: PayerSeen | AnswerSeen | null = answer ?? payer;
    if (tag === 'HL' || tag === 'SE') {
      claim = payer = line = answer = null;
    } else if (tag === 'SBR' && !claim) {
      rank = e1;
    } else if (tag === 'CLM') {
      claim = { control: e1, rank, charge: 0, payers: [], lines: [] };
      claim.charge = cents(s[2], 'CLM02');
      claims.push(claim);
      payer = line = answer = null;
    } else if (!claim) {
      continue;
    } else if (tag === 'SBR') {
      payer = { rank: e1, id: '', paid: null, adjusted: 0, cas: 0, eaf: false, dtp: false };
      claim.payers.push(payer);
    } else if (tag === 'LX') {
      payer = answer = null;
      line = { number: e1, code: '', charge: 0, answers: [] };
      claim.lines.push(line);
    } else if (tag === 'SV1' && line) {
      line.code = (s[1] ?? '').split(':').slice(1).join('-');
      line.charge = cents(s[2], `line ${line.number} SV102`);
    } else if (tag === 'SVD' && line) {
      answer = { payer: e1, paid: cents(s[2], `line ${line.number} SVD02`), adjusted: 0, cas: 0, dtp: false, eaf: false };
      line.answers.push(answer);
    } else if (tag === 'CAS' && loop) {
      loop.adjusted += casAmounts(s).reduce((sum, v) => sum + cents(v, 'a CAS amount'), 0);
      loop.cas += 1;
    } else if (tag === 'AMT' && e1 === 'D' && payer) {
      payer.paid = cents(s[2], 'AMT*D');
    } else if (tag === 'AMT' && e1 === 'EAF' && loop) {
      loop.eaf = true;
    } else if (tag === 'DTP' && e1 === '573' && loop) {
      loop.dtp = true;
    } else if (tag === 'NM1' && e1 === 'PR' && payer) {
      payer.id = s[9] ?? '';
    } else if (!['CAS', 'DTP', 'AMT'].includes(tag)) {
      answer = null;
    }
  }
  return claims;
}

/**
 * CB-1 and the 837P IG's COB balancing, in words naming the claim and line:
 * - a secondary (tertiary) claim carries the payer(s) ranked ahead of it in 2320;
 * - each 2430 names a payer of the claim's 2330B loops, has its DTP*573, and SV102 = SVD02 + its CAS;
 * - a payer that answered line by line: AMT*D = sum of its SVD02 minus its 2320 CAS, and no 2330B DTP*573 or 2320
 *   AMT*EAF (those are for a claim-level answer only);
 * - a payer that answered at claim level only: CLM02 = AMT*D + its 2320 CAS (X12 RFI 1115, 1294), with DTP*573;
 * - at most five CAS per 2320 and per 2430.
 */
export function cobProblems(segments: readonly string[][]): string[] {
  const problems: string[] = [];
  for (const claim of readCob(segments, problems)) {
    const named = `claim ${claim.control}`;
    const ahead = claim.rank === 'S' ? ['P'] : claim.rank === 'T' ? ['P', 'S'] : [];
    const missing = ahead.filter((r) => !claim.payers.some((p) => p.rank === r));
    if (missing.length > 0)
      problems.push(
        `${named}: a ${RANK_WORD[claim.rank]} claim must name the ${missing.map((r) => RANK_WORD[r]).join(' and ')} payer ahead of it (2320 SBR01 ${missing.join(', ')}, CB-1)`,
      );
    for (const line of claim.lines)
      for (const a of line.answers) {
        const where = `${named}, line ${line.number} (${line.code})`;
        if (!claim.payers.some((p) => p.id.toUpperCase() === a.payer.toUpperCase()))
          problems.push(`${where}: the answer from ${a.payer} (2430 SVD01) names no other payer of the claim (2330B NM109)`);
        if (line.charge !== a.paid + a.adjusted)
          problems.push(
            `${where}: the charge ${dollars(line.charge)} is not what ${a.payer} paid (${dollars(a.paid)}) plus its adjustments (${dollars(a.adjusted)}); SV102 must equal SVD02 + 2430 CAS`,
          );
        if (!a.dtp) problems.push(`${where}: the answer from ${a.payer} has no adjudication date (2430 DTP*573)`);
        if (a.cas > MAX_CAS) problems.push(`${where}: ${a.cas} CAS segments in the answer from ${a.payer}; the IG allows ${MAX_CAS}`);
      }
    for (const p of claim.payers) problems.push(...payerBalance(claim, p));
  }
  return problems;
}

function payerBalance(claim: ClaimSeen, p: PayerSeen): string[] {
  const named = `claim ${claim.control}: ${p.id || 'an other payer'}`;
  const problems: string[] = [];
  if (p.cas > MAX_CAS) problems.push(`${named} has ${p.cas} claim-level CAS segments; the IG allows ${MAX_CAS}`);
  const answers = claim.lines.flatMap((l) => l.answers.filter((a) => a.payer.toUpperCase() === p.id.toUpperCase()));
  if (answers.length > 0) {
    const linesPaid = answers.reduce((sum, a) => sum + a.paid, 0);
    if (p.paid === null) problems.push(`${named} answered lines (2430) but the claim has no paid amount for it (2320 AMT*D)`);
    else if (p.paid !== linesPaid - p.adjusted)
      problems.push(
        `${named} paid ${dollars(p.paid)} (AMT*D), but its lines paid ${dollars(linesPaid)} less ${dollars(p.adjusted)} of claim adjustments; AMT*D must equal the sum of SVD02 minus the 2320 CAS`,
      );
    if (p.dtp) problems.push(`${named} has its adjudication date on the lines (2430 DTP*573), so not in 2330B DTP*573 as well`);
    if (p.eaf) problems.push(`${named} answered line by line: its remaining patient liability goes on the lines (2430 AMT*EAF), not 2320`);
  } else if (p.paid !== null) {
    if (claim.charge !== p.paid + p.adjusted)
      problems.push(
        `${named} paid ${dollars(p.paid)} (AMT*D) with ${dollars(p.adjusted)} of adjustments, which does not make the charge ${dollars(claim.charge)}; CLM02 must equal AMT*D + 2320 CAS when no line carries its answer`,
      );
    if (!p.dtp) problems.push(`${named} answered the claim but has no adjudication date (2330B DTP*573)`);
  }
  return problems;
}
