import type { Claim837, Interchange837, Line837 } from './claim837Types';
import { lineAdjudicationSegments, otherPayerSegments } from './write837pCob';
import { x12Identifier, x12Text } from './x12Text';

// ANSI X12 837P 005010X222A1 writer: pure, data in, text out. Separators: * element, : component, ^ repetition, ~ segment.

const SEGMENT_END = '~\n';

// Free text is transliterated (José -> JOSE); identifiers go out as entered or the writer refuses (x12Text.ts).
const clean = x12Text;
const id = x12Identifier;

/** Integer cents as an X12 decimal: 15000 -> 150, 4550 -> 45.5, 625 -> 6.25. */
export function x12Amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

export const x12Date = (date: string) => date.replaceAll('-', '');
const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);
/** One segment's text without its terminator; trailing empty elements are dropped. */
export const segment = (...elements: (string | number | undefined)[]) => {
  const values = elements.map((e) => (e === undefined ? '' : String(e)));
  while (values.length > 1 && values[values.length - 1] === '') values.pop();
  return values.join('*');
};

function claimSegments(claim: Claim837, lines: string[]): void {
  const total = claim.lines.reduce((sum, l) => sum + l.chargeCents, 0);
  lines.push(
    segment(
      'CLM',
      id(claim.controlNumber, 38, 'CLM01 patient control number'),
      x12Amount(total),
      '',
      '',
      `${claim.placeOfService}:B:${claim.frequency}`,
      'Y',
      'A',
      'Y',
      'Y',
    ),
  );
  if (claim.frequency !== '1') lines.push(segment('REF', 'F8', id(claim.payerClaimNumber ?? '', 50, 'REF*F8 payer claim number')));
  if (claim.priorAuth) lines.push(segment('REF', 'G1', id(claim.priorAuth, 50, 'prior authorization number')));
  lines.push(segment('HI', ...claim.diagnoses.slice(0, 12).map((code, i) => `${i === 0 ? 'ABK' : 'ABF'}:${code}`)));
  if (claim.referringProvider) {
    const r = claim.referringProvider;
    lines.push(segment('NM1', 'DN', '1', clean(r.lastName, 60), clean(r.firstName, 35), '', '', '', 'XX', r.npi));
  }
  // 2320 other subscriber information with its 2330A/2330B loops, one per payer ranked ahead (CB-1, PY-1).
  for (const other of claim.otherPayers ?? []) otherPayerSegments(claim, other, lines);
  claim.lines.forEach((line, i) => serviceLine(line, i + 1, lines));
}

function serviceLine(line: Line837, number: number, lines: string[]): void {
  lines.push(segment('LX', number));
  const procedure = ['HC', line.code, ...line.modifiers.slice(0, 4)].join(':');
  lines.push(
    segment('SV1', procedure, x12Amount(line.chargeCents), 'UN', formatUnits(line.units), '', '', line.pointers.slice(0, 4).join(':')),
  );
  lines.push(
    line.from === line.to
      ? segment('DTP', '472', 'D8', x12Date(line.from))
      : segment('DTP', '472', 'RD8', `${x12Date(line.from)}-${x12Date(line.to)}`),
  );
  if (line.priorAuth) lines.push(segment('REF', 'G1', id(line.priorAuth, 50, 'prior authorization number')));
  lines.push(segment('REF', '6R', id(line.lineControl, 50, 'REF*6R line control number')));
  if (line.ndc) {
    // 2410: LIN01 is not used, so the segment reads LIN**N4*<11-digit NDC>.
    lines.push(segment('LIN', '', 'N4', line.ndc));
    lines.push(segment('CTP', '', '', '', formatUnits(line.ndcQuantity ?? 0), line.ndcUnit ?? 'UN'));
  }
  // 2430 comes after 2410 (and the 2420 loops Dripline does not write): each earlier payer's answer (CB-1).
  lineAdjudicationSegments(line, lines);
}

/** Units and quantities to 3 decimals at most (SV104, CTP04, SVD05, CAS quantities). */
export const formatUnits = (units: number) => String(Math.round(units * 1000) / 1000);

/** One interchange (ISA/IEA) with one functional group (GS/GE) and one transaction set (ST/SE) holding every claim. */
export function write837p(interchange: Interchange837): string {
  const ic = String(interchange.interchangeControlNumber).padStart(9, '0');
  const gc = String(interchange.groupControlNumber);
  const yymmdd = x12Date(interchange.createdOn).slice(2);
  const body: string[] = [];
  const bp = interchange.billingProvider;
  body.push(segment('ST', '837', '0001', '005010X222A1'));
  body.push(segment('BHT', '0019', '00', `DL${ic}`, x12Date(interchange.createdOn), interchange.createdAt, 'CH'));
  body.push(
    segment(
      'NM1',
      '41',
      '2',
      clean(interchange.submitter.name, 60),
      '',
      '',
      '',
      '',
      '46',
      id(interchange.submitter.id, 80, 'submitter id'),
    ),
  );
  body.push(segment('PER', 'IC', clean(interchange.submitter.contactName, 60), 'TE', interchange.submitter.phone));
  body.push(
    segment('NM1', '40', '2', clean(interchange.receiver.name, 60), '', '', '', '', '46', id(interchange.receiver.id, 80, 'receiver id')),
  );
  body.push(segment('HL', '1', '', '20', interchange.claims.length > 0 ? '1' : '0'));
  if (bp.taxonomy) body.push(segment('PRV', 'BI', 'PXC', bp.taxonomy));
  body.push(segment('NM1', '85', '2', clean(bp.name, 60), '', '', '', '', 'XX', bp.npi));
  body.push(segment('N3', clean(bp.address.line1, 55), bp.address.line2 ? clean(bp.address.line2, 55) : undefined));
  body.push(segment('N4', clean(bp.address.city, 30), bp.address.state, bp.address.zip));
  body.push(segment('REF', 'EI', bp.taxId));

  interchange.claims.forEach((claim, i) => {
    const s = claim.subscriber;
    body.push(segment('HL', String(i + 2), '1', '22', '0'));
    body.push(
      segment(
        'SBR',
        s.payerResponsibility,
        '18',
        s.groupNumber ? id(s.groupNumber, 50, 'group number') : '',
        '',
        '',
        '',
        '',
        '',
        s.filingIndicator,
      ),
    );
    body.push(segment('NM1', 'IL', '1', clean(s.lastName, 60), clean(s.firstName, 35), '', '', '', 'MI', id(s.memberId, 80, 'member ID')));
    body.push(segment('N3', clean(s.address.line1, 55), s.address.line2 ? clean(s.address.line2, 55) : undefined));
    body.push(segment('N4', clean(s.address.city, 30), s.address.state, s.address.zip));
    body.push(segment('DMG', 'D8', x12Date(s.birthDate), s.sex));
    body.push(segment('NM1', 'PR', '2', clean(claim.payer.name, 60), '', '', '', '', 'PI', id(claim.payer.payerId, 80, 'payer ID')));
    claimSegments(claim, body);
  });
  body.push(segment('SE', String(body.length + 1), '0001'));

  const isa = segment(
    'ISA',
    '00',
    pad('', 10),
    '00',
    pad('', 10),
    'ZZ',
    pad(id(interchange.senderId, 15, 'ISA06 sender id'), 15),
    'ZZ',
    pad(id(interchange.receiverId, 15, 'ISA08 receiver id'), 15),
    yymmdd,
    interchange.createdAt,
    '^',
    '00501',
    ic,
    '1',
    interchange.usage,
    ':',
  );
  const gs = segment(
    'GS',
    'HC',
    id(interchange.senderId, 15, 'GS02 sender id'),
    id(interchange.receiverId, 15, 'GS03 receiver id'),
    x12Date(interchange.createdOn),
    interchange.createdAt,
    gc,
    'X',
    '005010X222A1',
  );
  return [isa, gs, ...body, segment('GE', '1', gc), segment('IEA', '1', ic)].join(SEGMENT_END) + SEGMENT_END;
}
