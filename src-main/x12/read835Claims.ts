import type { Adjustment, AdjustmentGroup } from '../vocabulary';
import { ADJUSTMENT_GROUPS } from '../vocabulary';
import type { ProviderAdjustment835, RemitClaim835, RemitService835 } from './read835Types';
import { dateOf, dateRangeOf, quantityOf, readCents, readOptionalCents } from './readElements';
import type { X12Segment, X12Separators } from './x12Segments';
import { X12ReadError, components, element } from './x12Segments';

// The 835 claim loops (2100 CLP, 2110 SVC) and PLB, one segment at a time. read835.ts decides which loop a
// segment belongs to; this file turns it into data. Element positions follow 005010X221A1.

export type Warn = (segment: X12Segment, message: string) => void;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const isGroup = (code: string): code is AdjustmentGroup => (ADJUSTMENT_GROUPS as readonly string[]).includes(code);

/** CLP: claim payment information (loop 2100). */
export function startClaim(clp: X12Segment): RemitClaim835 {
  return {
    line: clp.line,
    controlNumber: element(clp, 1).trim(),
    statusCode: element(clp, 2).trim(),
    chargeCents: readCents(clp, 3, 'total claim charge'),
    paidCents: readCents(clp, 4, 'claim payment'),
    patientResponsibilityCents: readOptionalCents(clp, 5, 'patient responsibility') ?? 0,
    filingIndicator: orNull(element(clp, 6)),
    payerClaimNumber: orNull(element(clp, 7)),
    frequency: orNull(element(clp, 9)),
    adjustments: [],
    patient: null,
    correctedInsuredId: null,
    crossover: null,
    remarks: [],
    statementFrom: null,
    statementTo: null,
    receivedOn: null,
    services: [],
  };
}

// Payers copying the implementation guide's examples write `HC>99601` under an ISA16 of ':' (or the reverse).
const LIKELY_COMPONENT_SEPARATORS = ['>', ':', '^', '\\', '|'];

/** SVC01 / SVC06 composite: qualifier:code:modifier1..modifier4[:description]. */
function procedureOf(value: string, separators: X12Separators, onFallback?: (used: string) => void) {
  let parts = components(value, separators);
  if (parts.length === 1 && value.length > 2) {
    const used = LIKELY_COMPONENT_SEPARATORS.find(
      (c) => c !== separators.component && /^[A-Z]{2}$/.test(value.split(c)[0] ?? '') && value.includes(c),
    );
    if (used) {
      parts = value.split(used);
      onFallback?.(used);
    }
  }
  const [qualifier = '', code = '', ...rest] = parts;
  return { qualifier, code, modifiers: rest.slice(0, 4).filter((m) => m !== '') };
}

/** SVC: service payment information (loop 2110). */
export function startService(svc: X12Segment, separators: X12Separators, warn: Warn): RemitService835 {
  const paid = procedureOf(element(svc, 1), separators, (used) =>
    warn(
      svc,
      `SVC01 '${element(svc, 1)}' separates its parts with '${used}', not the ISA's '${separators.component}': read with '${used}'`,
    ),
  );
  if (paid.code === '') throw new X12ReadError(svc, 'SVC01 has no procedure code');
  const unitsText = element(svc, 5);
  const units = unitsText.trim() === '' ? 1 : quantityOf(unitsText);
  if (units === null) warn(svc, `SVC05 units '${unitsText}' is not a number; read as 1`);
  const submitted = element(svc, 6).trim() === '' ? null : procedureOf(element(svc, 6), separators, () => undefined);
  const submittedUnitsText = element(svc, 7);
  const submittedUnits = submittedUnitsText.trim() === '' ? null : quantityOf(submittedUnitsText);
  if (submittedUnitsText.trim() !== '' && submittedUnits === null)
    warn(svc, `SVC07 units '${submittedUnitsText}' is not a number; ignored`);
  return {
    line: svc.line,
    code: paid.code,
    qualifier: paid.qualifier,
    modifiers: paid.modifiers,
    chargeCents: readCents(svc, 2, 'line item charge'),
    paidCents: readCents(svc, 3, 'line item provider payment'),
    units: units ?? 1,
    submitted,
    submittedUnits,
    from: null,
    to: null,
    lineControl: null,
    adjustments: [],
    remarks: [],
    allowedCents: null,
  };
}

/** CAS: up to six reason/amount/quantity triplets (CAS02-04 .. CAS17-19) under one group code (RM-2). */
export function readAdjustments(cas: X12Segment, warn: Warn): Adjustment[] {
  const group = element(cas, 1).trim();
  if (!isGroup(group)) {
    throw new X12ReadError(cas, `CAS01 group code '${group}' is not one of ${ADJUSTMENT_GROUPS.join(', ')}`);
  }
  const adjustments: Adjustment[] = [];
  for (let reasonAt = 2; reasonAt <= 17; reasonAt += 3) {
    const reason = element(cas, reasonAt).trim();
    if (reason === '') {
      if (element(cas, reasonAt + 1).trim() !== '')
        throw new X12ReadError(cas, `CAS${pad(reasonAt + 1)} has an amount without a reason code`);
      continue;
    }
    const cents = readCents(cas, reasonAt + 1, `adjustment amount for ${group}-${reason}`);
    const quantityText = element(cas, reasonAt + 2);
    const quantity = quantityOf(quantityText);
    const present = reasonAt + 2 < cas.elements.length;
    if (quantity === null && present && (quantityText !== '' || reasonAt + 2 === cas.elements.length - 1)) {
      warn(cas, `CAS${pad(reasonAt + 2)} quantity for ${group}-${reason} is empty or not a number; read without a quantity`);
    }
    adjustments.push(quantity === null ? { group, reason, cents } : { group, reason, cents, quantity });
  }
  if (adjustments.length === 0) throw new X12ReadError(cas, `CAS ${group} has no reason code and amount`);
  return adjustments;
}

/** NM1, MOA, MIA, DTM inside loop 2100 (before any SVC). */
export function readClaimDetail(claim: RemitClaim835, segment: X12Segment, warn: Warn): void {
  const qualifier = element(segment, 1).trim();
  switch (segment.id) {
    case 'NM1':
      if (qualifier === 'QC') {
        claim.patient = {
          lastName: element(segment, 3).trim(),
          firstName: element(segment, 4).trim(),
          memberId: element(segment, 9).trim(),
        };
      } else if (qualifier === '74') {
        claim.correctedInsuredId = orNull(element(segment, 9));
      } else if (qualifier === 'TT') {
        claim.crossover = { name: element(segment, 3).trim(), id: element(segment, 9).trim() };
      }
      return;
    case 'MOA':
      claim.remarks.push(...remarkCodes(segment, [3, 4, 5, 6, 7]));
      return;
    case 'MIA':
      claim.remarks.push(...remarkCodes(segment, [5, 20, 21, 22, 23, 24]));
      return;
    case 'DTM': {
      const date = readDate(segment, 2, warn);
      if (qualifier === '232') claim.statementFrom = date;
      else if (qualifier === '233') claim.statementTo = date;
      else if (qualifier === '050') claim.receivedOn = date;
      return;
    }
  }
}

/** DTM, REF*6R, LQ*HE, AMT*B6 inside loop 2110. */
export function readServiceDetail(service: RemitService835, segment: X12Segment, warn: Warn): void {
  const qualifier = element(segment, 1).trim();
  switch (segment.id) {
    case 'DTM':
      if (qualifier === '472') {
        const range = serviceDates(segment, warn);
        service.from = range?.from ?? null;
        service.to = range?.to ?? null;
      } else if (qualifier === '150') service.from = readDate(segment, 2, warn);
      else if (qualifier === '151') service.to = readDate(segment, 2, warn);
      return;
    case 'REF':
      if (qualifier === '6R') service.lineControl = orNull(element(segment, 2));
      return;
    case 'LQ':
      if (qualifier === 'HE' && element(segment, 2).trim() !== '') service.remarks.push(element(segment, 2).trim());
      return;
    case 'AMT':
      if (qualifier === 'B6') service.allowedCents = readCents(segment, 2, 'allowed amount');
      return;
  }
}

/** PLB: PLB03/04 .. PLB13/14, one entry per adjustment identifier (reason:reference) and amount. */
export function readProviderAdjustments(plb: X12Segment, separators: X12Separators, warn: Warn): ProviderAdjustment835[] {
  const adjustments: ProviderAdjustment835[] = [];
  const fiscalPeriodEnd = readDate(plb, 2, warn);
  for (let at = 3; at <= 13; at += 2) {
    const identifier = element(plb, at).trim();
    if (identifier === '') {
      if (element(plb, at + 1).trim() !== '') throw new X12ReadError(plb, `PLB${pad(at + 1)} has an amount without a reason code`);
      continue;
    }
    const [reason = '', reference = ''] = components(identifier, separators);
    adjustments.push({
      line: plb.line,
      providerId: element(plb, 1).trim(),
      fiscalPeriodEnd,
      reason,
      reference: orNull(reference),
      cents: readCents(plb, at + 1, `provider adjustment amount for ${reason}`),
    });
  }
  if (adjustments.length === 0) throw new X12ReadError(plb, 'PLB has no adjustment reason and amount');
  return adjustments;
}

/** DTM*472 is DTM02 CCYYMMDD in the IG; a range (RD8 in DTM05/06, or a range in DTM02) is read as from/to. */
function serviceDates(dtm: X12Segment, warn: Warn) {
  const single = element(dtm, 2).trim();
  const format = element(dtm, 5).trim();
  const period = element(dtm, 6).trim();
  const text = single !== '' ? single : period;
  const range = dateRangeOf(text);
  if (!range) {
    warn(dtm, `DTM*472 '${text}' is not a date or date range; the service dates are left empty`);
    return null;
  }
  if (single === '' || single.includes('-')) {
    warn(dtm, `DTM*472 is given as ${format || 'a range'} '${text}' instead of DTM02 CCYYMMDD; read as ${range.from} to ${range.to}`);
  }
  return range;
}

function readDate(segment: X12Segment, position: number, warn: Warn) {
  const text = element(segment, position).trim();
  if (text === '') return null;
  const date = dateOf(text);
  if (!date) warn(segment, `${segment.id}${pad(position)} '${text}' is not a CCYYMMDD date; left empty`);
  return date;
}

function remarkCodes(segment: X12Segment, positions: number[]): string[] {
  return positions.map((p) => element(segment, p).trim()).filter((code) => code !== '');
}

const pad = (position: number) => String(position).padStart(2, '0');
