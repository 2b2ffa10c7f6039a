import { isCalendarDate } from '../calendar/calendarDate';
import { isValidNpi } from '../identifiers/npi';
import { elementProblems } from './check837pElements';

// The project's own structural check of an 837P file (005010X222A1): envelope and counts, control numbers,
// HL nesting, CLM02 = sum of SV102, NPIs, LIN**N4 + CTP on every drug line, dates, required elements and the
// character set. Run on every file the exporter writes, in tests and before a file is handed to the user.

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
  let claim: { index: number; total: number; sum: number; freq: string; f8: boolean; hi: number } | null = null;
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
        claim = { index: i, total: Number(s[2]), sum: 0, freq, f8: false, hi: 0 };
        break;
      }
      case 'REF':
        if (s[1] === 'F8' && claim) claim.f8 = true;
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
  return errors;
}
