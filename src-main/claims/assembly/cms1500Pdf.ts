import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Claim837, Interchange837 } from '../../x12/claim837Types';
import { BOXES, LINE_COLUMNS, LINE_HEIGHT, LINE_ROWS, LINE_TOP, type Box } from './cms1500Layout';
import { printText } from '../../x12/x12Text';
import type { PayerKind } from '../../vocabulary';

// The claim on a CMS-1500 (02/12) for payers that take paper: the form's boxes, labelled, with the claim's
// values in them. Six service lines a page; a longer claim continues on more pages, the total on the last.

const INCH = 72;
const PAGE = { width: 8.5 * INCH, height: 11 * INCH };
const RED = rgb(0.75, 0.15, 0.15);
const INK = rgb(0, 0, 0);

const mmddyy = (date: string) => `${date.slice(5, 7)} ${date.slice(8, 10)} ${date.slice(2, 4)}`;
const money = (cents: number) => `${Math.floor(cents / 100)} ${String(cents % 100).padStart(2, '0')}`;
const POINTER_LETTERS = 'ABCDEFGHIJKL';

function box(page: PDFPage, label: PDFFont, b: Box): void {
  page.drawRectangle({
    x: b.x * INCH,
    y: PAGE.height - (b.y + b.h) * INCH,
    width: b.w * INCH,
    height: b.h * INCH,
    borderColor: RED,
    borderWidth: 0.6,
  });
  page.drawText(b.label, {
    x: b.x * INCH + 2,
    y: PAGE.height - b.y * INCH - 6.5,
    size: 5.2,
    font: label,
    color: RED,
    maxWidth: b.w * INCH - 4,
  });
}

/** Writes text at inches from the top-left (baseline), transliterated to upper-case ASCII (José -> JOSE). */
function text(page: PDFPage, font: PDFFont, value: string, x: number, y: number, size = 9): void {
  page.drawText(printText(value), { x: x * INCH, y: PAGE.height - y * INCH, size, font, color: INK });
}

export interface Cms1500Input {
  claim: Claim837;
  billingProvider: Interchange837['billingProvider'];
  phone: string;
  payerKind: PayerKind;
}

export async function renderCms1500(input: Cms1500Input): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`CMS-1500 claim ${input.claim.controlNumber}`);
  pdf.setProducer('Dripline');
  const label = await pdf.embedFont(StandardFonts.Helvetica);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const { claim, billingProvider: bp } = input;
  const s = claim.subscriber;
  const pages = Math.max(1, Math.ceil(claim.lines.length / LINE_ROWS));
  const total = claim.lines.reduce((sum, l) => sum + l.chargeCents, 0);

  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawText('HEALTH INSURANCE CLAIM FORM', { x: 0.25 * INCH, y: PAGE.height - 0.6 * INCH, size: 13, font: label, color: RED });
    page.drawText('APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12', {
      x: 0.25 * INCH,
      y: PAGE.height - 0.78 * INCH,
      size: 6,
      font: label,
      color: RED,
    });
    page.drawText(`Page ${p + 1} of ${pages}`, { x: 0.25 * INCH, y: PAGE.height - 1.1 * INCH, size: 8, font: label, color: INK });
    for (const b of Object.values(BOXES)) box(page, label, b);

    const at = (b: Box, line = 0) => ({ x: b.x + 0.08, y: b.y + 0.26 + line * 0.17 });
    const put = (b: Box, value: string, line = 0) => {
      const { x, y } = at(b, line);
      text(page, mono, value, x, y);
    };
    put(BOXES.carrier, claim.payer.name);
    put(BOXES.carrier, `PAYER ID ${claim.payer.payerId}`, 1);
    put(
      BOXES.insuranceType,
      `X ${input.payerKind === 'medicare' ? 'MEDICARE' : input.payerKind === 'medicaid' ? 'MEDICAID' : 'GROUP HEALTH PLAN'}`,
    );
    put(BOXES.insuredId, s.memberId);
    put(BOXES.patientName, `${s.lastName}, ${s.firstName}`);
    put(BOXES.patientBirth, `${mmddyy(s.birthDate).replace(/ (\d\d)$/, ` ${s.birthDate.slice(0, 4)}`)}  ${s.sex}`);
    put(BOXES.insuredName, `${s.lastName}, ${s.firstName}`);
    put(BOXES.patientAddress, s.address.line1);
    put(BOXES.patientAddress, `${s.address.city}  ${s.address.state}  ${s.address.zip}`, 1);
    put(BOXES.relationship, 'X SELF');
    put(BOXES.insuredAddress, 'SAME');
    put(BOXES.insuredGroup, s.groupNumber ?? 'NONE');
    put(BOXES.patientSignature, 'SIGNATURE ON FILE');
    if (claim.referringProvider) {
      put(BOXES.referring, `DN ${claim.referringProvider.firstName} ${claim.referringProvider.lastName}`);
      put(BOXES.referringNpi, claim.referringProvider.npi);
    }
    claim.diagnoses.slice(0, 12).forEach((code, i) => {
      const b = BOXES.diagnoses;
      const shown = code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
      text(page, mono, `${POINTER_LETTERS[i]}. ${shown}`, b.x + 0.08 + (i % 4) * 1.18, b.y + 0.3 + Math.floor(i / 4) * 0.16);
    });
    if (claim.frequency !== '1') put(BOXES.resubmission, `${claim.frequency}   ${claim.payerClaimNumber ?? ''}`);
    if (claim.priorAuth) put(BOXES.priorAuth, claim.priorAuth);

    claim.lines.slice(p * LINE_ROWS, (p + 1) * LINE_ROWS).forEach((line, row) => {
      const top = LINE_TOP + row * LINE_HEIGHT;
      const y = top + 0.3;
      if (line.ndc) text(page, mono, `N4${line.ndc} ${line.ndcUnit ?? 'UN'}${line.ndcQuantity ?? ''}`, LINE_COLUMNS.from, top + 0.12, 8);
      text(page, mono, mmddyy(line.from), LINE_COLUMNS.from, y);
      text(page, mono, mmddyy(line.to), LINE_COLUMNS.to, y);
      text(page, mono, claim.placeOfService, LINE_COLUMNS.pos, y);
      text(page, mono, line.code, LINE_COLUMNS.code, y);
      text(page, mono, line.modifiers.slice(0, 4).join(' '), LINE_COLUMNS.modifiers, y);
      text(page, mono, line.pointers.map((n) => POINTER_LETTERS[n - 1]).join(''), LINE_COLUMNS.pointer, y);
      text(page, mono, money(line.chargeCents), LINE_COLUMNS.charge, y);
      text(page, mono, String(line.units), LINE_COLUMNS.units, y);
      text(page, mono, bp.npi, LINE_COLUMNS.npi, y);
      page.drawLine({
        start: { x: 0.25 * INCH, y: PAGE.height - (top + LINE_HEIGHT) * INCH },
        end: { x: 8.25 * INCH, y: PAGE.height - (top + LINE_HEIGHT) * INCH },
        thickness: 0.3,
        color: RED,
      });
    });

    put(BOXES.taxId, `${bp.taxId}  X EIN`);
    put(BOXES.accountNumber, claim.controlNumber);
    put(BOXES.acceptAssignment, 'X YES');
    put(BOXES.totalCharge, p === pages - 1 ? money(total) : 'CONTINUED');
    put(BOXES.amountPaid, '0 00');
    put(BOXES.physicianSignature, 'SIGNATURE ON FILE');
    put(BOXES.facility, 'PATIENT HOME (POS 12)');
    put(BOXES.billingProvider, bp.name);
    put(BOXES.billingProvider, bp.address.line1, 1);
    put(BOXES.billingProvider, `${bp.address.city} ${bp.address.state} ${bp.address.zip}  ${input.phone}`, 2);
    put(BOXES.billingProvider, `a. NPI ${bp.npi}`, 3);
  }
  return pdf.save({ useObjectStreams: false });
}
