// Own reader: x12-parser is a Node stream tokenizer and node-x12 is unmaintained since 2021; neither reads 835 loops, cents or lines.
import type { RemitClaim835, RemitService835, RemitTransaction835, Remittance835 } from './read835Types';
import { readAdjustments, readClaimDetail, readProviderAdjustments, readServiceDetail, startClaim, startService } from './read835Claims';
import type { Warn } from './read835Claims';
import { dateOf, readCents } from './readElements';
import type { X12TransactionSet } from './readEnvelope';
import { readInterchange } from './readEnvelope';
import type { X12Segment, X12Separators } from './x12Segments';
import { X12ReadError, element } from './x12Segments';

// ANSI X12 835 005010X221A1 Health Care Claim Payment/Advice reader: pure, text in, data out.
// Deviations that leave the money unambiguous are warnings (RM-2 review still catches what does not balance);
// anything that would make a payment, a claim or an adjustment ambiguous throws X12ReadError with line and segment.

export type * from './read835Types';
export { balanceProblems, transactionBalanceProblems } from './read835Balance';

/** Reads an 835 interchange: every transaction set (ST/SE) of every functional group (GS/GE). */
export function read835(text: string): Remittance835 {
  const interchange = readInterchange(text, '835', 'an 835 remittance');
  const warn: Warn = (segment, message) => interchange.warnings.push({ line: segment.line, segmentId: segment.id, message });
  const transactions = interchange.groups.flatMap((group) => {
    if (group.gs && group.functionalId !== 'HP') warn(group.gs, `GS01 is '${group.functionalId}', an 835 group is HP`);
    return group.transactions.map((set) => readTransaction(set, interchange.separators, warn));
  });
  return {
    interchangeControlNumber: interchange.controlNumber,
    senderId: interchange.senderId,
    receiverId: interchange.receiverId,
    transactions,
    warnings: interchange.warnings,
  };
}

// Loops of table 1 (header, 1000A payer, 1000B payee), table 2 (2000 LX, 2100 CLP, 2110 SVC) and table 3 (PLB).
type Area = 'header' | 'payer' | 'payee' | 'claims';

// Segments the IG allows that carry nothing Dripline posts; anything else gets a warning and is skipped.
const NOT_READ = new Set(['CUR', 'N3', 'N4', 'PER', 'RDM', 'TS3', 'TS2', 'QTY', 'NM1', 'MIA', 'MOA', 'REF', 'DTM', 'AMT', 'LQ']);

function readTransaction(set: X12TransactionSet, separators: X12Separators, warn: Warn): RemitTransaction835 {
  const transaction: RemitTransaction835 = {
    controlNumber: set.controlNumber,
    payment: { handlingCode: '', totalCents: 0, creditDebit: '', method: '', date: null },
    trace: { type: '', number: '', originatorId: '' },
    payer: { name: '', id: '' },
    payee: { name: '', npi: null, taxId: null },
    productionDate: null,
    claims: [],
    providerAdjustments: [],
  };
  let bpr: X12Segment | null = null;
  let trn: X12Segment | null = null;
  let payerN1: X12Segment | null = null;
  let area: Area = 'header';
  let claim: RemitClaim835 | null = null;
  let service: RemitService835 | null = null;

  for (const segment of set.body) {
    const qualifier = element(segment, 1).trim();
    switch (segment.id) {
      case 'BPR':
        bpr = segment;
        transaction.payment = {
          handlingCode: qualifier,
          totalCents: readCents(segment, 2, 'total actual provider payment'),
          creditDebit: element(segment, 3).trim(),
          method: element(segment, 4).trim(),
          date: dateOf(element(segment, 16)),
        };
        break;
      case 'TRN':
        trn = segment;
        transaction.trace = { type: qualifier, number: element(segment, 2).trim(), originatorId: element(segment, 3).trim() };
        break;
      case 'N1':
        if (area === 'claims') warn(segment, 'N1 after the claims began; ignored');
        else if (qualifier === 'PR') {
          area = 'payer';
          payerN1 = segment;
          transaction.payer = { name: element(segment, 2).trim(), id: element(segment, 4).trim() };
        } else if (qualifier === 'PE') {
          area = 'payee';
          const idQualifier = element(segment, 3).trim();
          const id = element(segment, 4).trim() || null;
          transaction.payee = {
            name: element(segment, 2).trim(),
            npi: idQualifier === 'XX' ? id : null,
            taxId: idQualifier === 'FI' ? id : transaction.payee.taxId,
          };
        }
        break;
      case 'LX':
        area = 'claims';
        claim = null;
        service = null;
        break;
      case 'CLP':
        if (!bpr || !trn) {
          throw new X12ReadError(
            segment,
            `CLP comes before the ${bpr ? 'TRN trace' : 'BPR payment'}: the claim has no payment to belong to`,
          );
        }
        area = 'claims';
        claim = startClaim(segment);
        service = null;
        transaction.claims.push(claim);
        break;
      case 'SVC':
        if (!claim) throw new X12ReadError(segment, 'SVC is outside a claim: no CLP before it');
        service = startService(segment, separators, warn);
        claim.services.push(service);
        break;
      case 'CAS':
        if (service) service.adjustments.push(...readAdjustments(segment, warn));
        else if (claim) claim.adjustments.push(...readAdjustments(segment, warn));
        else throw new X12ReadError(segment, 'CAS is outside a claim or service: no CLP before it');
        break;
      case 'PLB':
        area = 'claims';
        claim = null;
        service = null;
        transaction.providerAdjustments.push(...readProviderAdjustments(segment, separators, warn));
        break;
      default:
        if (service) readServiceDetail(service, segment, warn);
        else if (claim) readClaimDetail(claim, segment, warn);
        else readHeaderDetail(transaction, area, segment, warn);
        if (!NOT_READ.has(segment.id)) warn(segment, `${segment.id} is not an 835 segment; skipped`);
    }
  }
  const st = set.st;
  if (!bpr) throw new X12ReadError(st, `transaction set ${set.controlNumber} has no BPR: the payment is unknown`);
  if (!trn) throw new X12ReadError(st, `transaction set ${set.controlNumber} has no TRN: the payment cannot be traced (RM-4)`);
  if (transaction.payer.id === '') {
    warn(payerN1 ?? st, `the payer ${transaction.payer.name || '(no N1*PR)'} has no identifier (N104 or REF*2U)`);
  }
  return transaction;
}

/** REF and DTM of table 1: REF*2U payer id, REF*TJ payee tax id, DTM*405 production date. */
function readHeaderDetail(transaction: RemitTransaction835, area: Area, segment: X12Segment, warn: Warn): void {
  const qualifier = element(segment, 1).trim();
  const value = element(segment, 2).trim();
  if (segment.id === 'REF' && area === 'payer' && qualifier === '2U' && transaction.payer.id === '') transaction.payer.id = value;
  if (segment.id === 'REF' && area === 'payee' && qualifier === 'TJ') transaction.payee.taxId = value || null;
  if (segment.id === 'DTM' && area === 'header' && qualifier === '405') {
    transaction.productionDate = dateOf(value);
    if (!transaction.productionDate) warn(segment, `DTM*405 '${value}' is not a CCYYMMDD date; left empty`);
  }
  if (['MIA', 'MOA'].includes(segment.id)) warn(segment, `${segment.id} outside a claim; ignored`);
}
