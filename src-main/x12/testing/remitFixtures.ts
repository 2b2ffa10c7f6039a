// Test fixtures: 835 interchanges built from small structured inputs, laid out after the 005010X221A1 loop
// structure (table 1 header/1000A/1000B, 2000 LX, 2100 CLP, 2110 SVC, table 3 PLB). Written for Dripline's tests
// from the implementation guide's structure; any separators and line breaks, so tests read like the scenario.

/** An element: a value, or a composite's components (joined with the component separator). */
export type FixtureElement = string | readonly string[];
/** A segment: its id, then its elements; trailing empty elements are dropped when rendered. */
export type FixtureSegment = readonly [string, ...FixtureElement[]];

export interface FixtureFormat {
  element?: string;
  component?: string;
  /** ISA11; 'U' means none. */
  repetition?: string;
  segment?: string;
  /** What follows each terminator: '' (one long line), '\n' or '\r\n'. */
  lineBreak?: string;
}

export interface FixtureEnvelope extends FixtureFormat {
  controlNumber?: string;
  sender?: string;
  receiver?: string;
  /** GS01: HP 835, FA 999, HN 277. */
  functionalId?: string;
  /** GS08 and ST03. */
  guide?: string;
  /** ST01. */
  setId?: string;
}

/** Integer cents as an X12 decimal with trailing zeros suppressed (X12.6 type R): 15000 -> "150", 4550 -> "45.5". */
export function fixtureAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`;
}

/** 'YYYY-MM-DD' to CCYYMMDD. */
export const fixtureDate = (date: string) => date.replaceAll('-', '');

function render(segments: readonly FixtureSegment[], format: Required<FixtureFormat>): string {
  return segments
    .map(([id, ...elements]) => {
      const values = elements.map((e) => (typeof e === 'string' ? e : e.join(format.component)));
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
      return [id, ...values].join(format.element) + format.segment + format.lineBreak;
    })
    .join('');
}

/**
 * A whole interchange: ISA/IEA around GS/GE groups, each transaction set's body wrapped in ST/SE with the right
 * counts. `groups[g][t]` is the body (segments between ST and SE) of transaction set t of group g.
 */
export function fixtureInterchange(groups: readonly (readonly (readonly FixtureSegment[])[])[], envelope: FixtureEnvelope = {}): string {
  const format: Required<FixtureFormat> = {
    element: envelope.element ?? '*',
    component: envelope.component ?? ':',
    repetition: envelope.repetition ?? '^',
    segment: envelope.segment ?? '~',
    lineBreak: envelope.lineBreak ?? '\n',
  };
  const control = (envelope.controlNumber ?? '000000101').padStart(9, '0');
  const guide = envelope.guide ?? '005010X221A1';
  const e = format.element;
  // X12.5 ISA: fixed widths, ISA16 the component separator, then the segment terminator.
  const isa =
    ['ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', (envelope.sender ?? 'PAYERSENDER').padEnd(15)]
      .concat(['ZZ', (envelope.receiver ?? 'DRIPLINE').padEnd(15), '260305', '1200', format.repetition, '00501', control, '0', 'T'])
      .join(e) +
    e +
    format.component +
    format.segment +
    format.lineBreak;
  let transactionNumber = 0;
  const groupTexts = groups.map((sets, g) => {
    const groupControl = String(g + 1);
    const segments: FixtureSegment[] = [
      ['GS', envelope.functionalId ?? 'HP', 'PAYERSENDER', 'DRIPLINE', '20260305', '1200', groupControl, 'X', guide],
    ];
    for (const body of sets) {
      const st = String(++transactionNumber).padStart(4, '0');
      segments.push(['ST', envelope.setId ?? '835', st, guide], ...body, ['SE', String(body.length + 2), st]);
    }
    segments.push(['GE', String(sets.length), groupControl]);
    return render(segments, format);
  });
  return isa + groupTexts.join('') + render([['IEA', String(groups.length), control]], format);
}

export interface AdjustmentFixture {
  group: string;
  reason: string;
  cents: number;
  quantity?: number;
}

export interface ServiceFixture {
  code: string;
  modifiers?: string[];
  chargeCents: number;
  paidCents: number;
  units?: number;
  /** SVC06/SVC07: the code as sent, when the payer paid under another one. */
  submitted?: { code: string; modifiers?: string[]; units?: number };
  /** DTM*472 single date. */
  date?: string;
  lineControl?: string;
  adjustments?: AdjustmentFixture[];
  remarks?: string[];
  allowedCents?: number;
}

export interface ClaimFixture {
  id: string;
  status: string;
  chargeCents: number;
  paidCents: number;
  patientCents?: number;
  filing?: string;
  payerClaimNumber?: string;
  frequency?: string;
  adjustments?: AdjustmentFixture[];
  patient?: { last: string; first: string; memberId: string };
  correctedInsuredId?: string;
  crossover?: { name: string; id: string };
  /** MOA03..: claim-level remark codes. */
  remarks?: string[];
  statementFrom?: string;
  statementTo?: string;
  receivedOn?: string;
  services?: ServiceFixture[];
}

export interface RemitFixture {
  paymentCents: number;
  method?: string;
  paymentDate?: string;
  trace?: string;
  payer?: { name: string; id?: string; idIn?: 'REF' | 'N1' };
  payee?: { name: string; npi?: string; taxId?: string };
  productionDate?: string;
  claims: ClaimFixture[];
  plb?: { providerId: string; fiscalPeriodEnd: string; adjustments: { reason: string; reference?: string; cents: number }[] }[];
}

/** CAS segments for a list of adjustments: one CAS per group, up to six triplets each. */
export function casSegments(adjustments: readonly AdjustmentFixture[]): FixtureSegment[] {
  const groups = [...new Set(adjustments.map((a) => a.group))];
  return groups.map((group): FixtureSegment => {
    const triplets = adjustments
      .filter((a) => a.group === group)
      .flatMap((a) => [a.reason, fixtureAmount(a.cents), a.quantity === undefined ? '' : String(a.quantity)]);
    return ['CAS', group, ...triplets];
  });
}

function serviceSegments(service: ServiceFixture): FixtureSegment[] {
  const submitted = service.submitted;
  const segments: FixtureSegment[] = [
    [
      'SVC',
      ['HC', service.code, ...(service.modifiers ?? [])],
      fixtureAmount(service.chargeCents),
      fixtureAmount(service.paidCents),
      '',
      service.units === undefined ? '' : String(service.units),
      submitted ? ['HC', submitted.code, ...(submitted.modifiers ?? [])] : '',
      submitted?.units === undefined ? '' : String(submitted.units),
    ],
  ];
  if (service.date) segments.push(['DTM', '472', fixtureDate(service.date)]);
  segments.push(...casSegments(service.adjustments ?? []));
  if (service.lineControl) segments.push(['REF', '6R', service.lineControl]);
  if (service.allowedCents !== undefined) segments.push(['AMT', 'B6', fixtureAmount(service.allowedCents)]);
  for (const remark of service.remarks ?? []) segments.push(['LQ', 'HE', remark]);
  return segments;
}

function claimSegments(claim: ClaimFixture): FixtureSegment[] {
  const segments: FixtureSegment[] = [
    [
      'CLP',
      claim.id,
      claim.status,
      fixtureAmount(claim.chargeCents),
      fixtureAmount(claim.paidCents),
      claim.patientCents === undefined ? '' : fixtureAmount(claim.patientCents),
      claim.filing ?? 'CI',
      claim.payerClaimNumber ?? '',
      '',
      claim.frequency ?? '',
    ],
    ...casSegments(claim.adjustments ?? []),
  ];
  if (claim.patient) segments.push(['NM1', 'QC', '1', claim.patient.last, claim.patient.first, '', '', '', 'MI', claim.patient.memberId]);
  if (claim.correctedInsuredId) segments.push(['NM1', '74', '1', '', '', '', '', '', 'C', claim.correctedInsuredId]);
  if (claim.crossover) segments.push(['NM1', 'TT', '2', claim.crossover.name, '', '', '', '', 'PI', claim.crossover.id]);
  if (claim.remarks?.length) segments.push(['MOA', '', '', ...claim.remarks]);
  if (claim.statementFrom) segments.push(['DTM', '232', fixtureDate(claim.statementFrom)]);
  if (claim.statementTo) segments.push(['DTM', '233', fixtureDate(claim.statementTo)]);
  if (claim.receivedOn) segments.push(['DTM', '050', fixtureDate(claim.receivedOn)]);
  for (const service of claim.services ?? []) segments.push(...serviceSegments(service));
  return segments;
}

/** The body (between ST and SE) of one 835 transaction set. */
export function remitBody(remit: RemitFixture): FixtureSegment[] {
  const payer = remit.payer ?? { name: 'ACME HEALTH PLAN', id: '60054', idIn: 'REF' };
  const payee = remit.payee ?? { name: 'DRIPLINE INFUSION', npi: '1234567893', taxId: '861234567' };
  const segments: FixtureSegment[] = [
    // BPR05-15: the CCP ACH layout (originating and receiving bank accounts); BPR16 the payment date.
    [
      'BPR',
      'I',
      fixtureAmount(remit.paymentCents),
      'C',
      remit.method ?? 'ACH',
      'CCP',
      '01',
      '999999992',
      'DA',
      '123456',
      '1512345678',
      '',
      '01',
      '999988880',
      'DA',
      '98765',
      fixtureDate(remit.paymentDate ?? '2026-03-06'),
    ],
    ['TRN', '1', remit.trace ?? 'EFT0001', '1512345678'],
  ];
  if (remit.productionDate) segments.push(['DTM', '405', fixtureDate(remit.productionDate)]);
  const n1Id = payer.id && payer.idIn === 'N1' ? ['XV', payer.id] : [];
  segments.push(['N1', 'PR', payer.name, ...n1Id], ['N3', '1 PAYER WAY'], ['N4', 'DALLAS', 'TX', '75201']);
  if (payer.id && payer.idIn !== 'N1') segments.push(['REF', '2U', payer.id]);
  segments.push(['PER', 'BL', 'EDI SUPPORT', 'TE', '8005550100']);
  segments.push(['N1', 'PE', payee.name, ...(payee.npi ? ['XX', payee.npi] : [])], ['N4', 'AUSTIN', 'TX', '78701']);
  if (payee.taxId) segments.push(['REF', 'TJ', payee.taxId]);
  if (remit.claims.length > 0) segments.push(['LX', '1']);
  for (const claim of remit.claims) segments.push(...claimSegments(claim));
  for (const plb of remit.plb ?? []) {
    const pairs = plb.adjustments.flatMap((a) => [a.reference ? [a.reason, a.reference] : a.reason, fixtureAmount(a.cents)]);
    segments.push(['PLB', plb.providerId, fixtureDate(plb.fiscalPeriodEnd), ...pairs]);
  }
  return segments;
}

/** A whole 835 file: one transaction set per remittance, all in one functional group (HP). */
export function remit835(remits: readonly RemitFixture[], envelope: FixtureEnvelope = {}): string {
  return fixtureInterchange([remits.map(remitBody)], envelope);
}
