import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatUsDate } from '../../calendar/calendarDate';
import { printText } from '../../x12/x12Text';
import { dollars } from '../../vocabulary';

// CB-2: the patient's statement: after the last payer, what the payers assigned to the patient (group PR:
// deductible, coinsurance, co-payment), line by line, with what the insurers paid. Pure: data in, PDF bytes out.

export interface StatementLine {
  from: string;
  to: string;
  code: string;
  modifiers: string[];
  billedCents: number;
  insurancePaidCents: number;
  /** Contractual and other payer adjustments: not the patient's. */
  adjustedCents: number;
  patientCents: number;
  payerName: string;
}

export interface StatementInput {
  pharmacy: { name: string; address: string[]; phone: string | null };
  patient: { name: string; account: string; address: string[] };
  statementDate: string;
  lines: StatementLine[];
}

const INCH = 72;
const PAGE = { width: 8.5 * INCH, height: 11 * INCH };
const MARGIN = 0.7 * INCH;
const ROW = 15;
const GREY = rgb(0.42, 0.45, 0.5);
const INK = rgb(0.1, 0.12, 0.16);
const COLUMNS = [
  { title: 'Date of service', x: 0, width: 1.35 },
  { title: 'Service', x: 1.35, width: 1.15 },
  { title: 'Insurer', x: 2.5, width: 1.5 },
  { title: 'Billed', x: 4.0, width: 0.85, right: true },
  { title: 'Insurance paid', x: 4.85, width: 0.95, right: true },
  { title: 'Adjusted', x: 5.8, width: 0.75, right: true },
  { title: 'You owe', x: 6.55, width: 0.55, right: true },
] as const;

/** Text the standard font can draw: kept as written when it can, else in its Latin form (José stays, 王 becomes its transliteration or "?"). */
function drawable(font: PDFFont, value: string): string {
  try {
    font.encodeText(value);
    return value;
  } catch {
    return printText(value);
  }
}

export async function renderStatement(input: StatementInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Statement for ${input.patient.account}, ${input.statementDate}`);
  pdf.setProducer('Dripline');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const write = (text: string, x: number, size = 10, font = regular, color = INK) =>
    page.drawText(drawable(font, text), { x: MARGIN + x, y, size, font, color });
  const right = (text: string, x: number, width: number, size = 9, font = regular) => {
    const t = drawable(font, text);
    page.drawText(t, { x: MARGIN + x + width - font.widthOfTextAtSize(t, size), y, size, font, color: INK });
  };

  write(input.pharmacy.name, 0, 14, bold);
  write('Patient statement', 4.6 * INCH, 14, bold);
  y -= 16;
  for (const line of [...input.pharmacy.address, ...(input.pharmacy.phone ? [`Phone ${input.pharmacy.phone}`] : [])]) {
    write(line, 0, 9, regular, GREY);
    y -= 12;
  }
  y = PAGE.height - MARGIN - 16;
  write(`Statement date: ${formatUsDate(input.statementDate)}`, 4.6 * INCH, 9);
  y -= 12;
  write(`Account: ${input.patient.account}`, 4.6 * INCH, 9);
  y = PAGE.height - MARGIN - 1.35 * INCH;
  for (const line of [input.patient.name, ...input.patient.address]) {
    write(line, 0, 11, line === input.patient.name ? bold : regular);
    y -= 14;
  }
  y -= 0.35 * INCH;
  const header = () => {
    for (const c of COLUMNS)
      if ('right' in c) right(c.title, c.x * INCH, c.width * INCH, 8, bold);
      else write(c.title, c.x * INCH, 8, bold);
    y -= 5;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: PAGE.width - MARGIN, y }, thickness: 0.6, color: GREY });
    y -= ROW - 3;
  };
  header();
  for (const l of input.lines) {
    if (y < MARGIN + 1.2 * INCH) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
      header();
    }
    const dates = l.from === l.to ? formatUsDate(l.from) : `${formatUsDate(l.from)}-${formatUsDate(l.to).slice(0, 5)}`;
    write(dates, 0, 9);
    write([l.code, ...l.modifiers].join('-'), COLUMNS[1].x * INCH, 9);
    write(l.payerName.length > 24 ? `${l.payerName.slice(0, 23)}…` : l.payerName, COLUMNS[2].x * INCH, 9);
    right(dollars(l.billedCents), COLUMNS[3].x * INCH, COLUMNS[3].width * INCH);
    right(dollars(l.insurancePaidCents), COLUMNS[4].x * INCH, COLUMNS[4].width * INCH);
    right(dollars(l.adjustedCents), COLUMNS[5].x * INCH, COLUMNS[5].width * INCH);
    right(dollars(l.patientCents), COLUMNS[6].x * INCH, COLUMNS[6].width * INCH);
    y -= ROW;
  }
  page.drawLine({ start: { x: MARGIN, y: y + ROW - 4 }, end: { x: PAGE.width - MARGIN, y: y + ROW - 4 }, thickness: 0.6, color: GREY });
  y -= 4;
  const due = input.lines.reduce((s, l) => s + l.patientCents, 0);
  write('Amount due from you', 4.0 * INCH, 11, bold);
  right(dollars(due), COLUMNS[6].x * INCH - 0.4 * INCH, COLUMNS[6].width * INCH + 0.4 * INCH, 11, bold);
  y -= 0.45 * INCH;
  for (const note of [
    'What you owe is the deductible, coinsurance and co-payments your insurers assigned to you after they paid.',
    'Adjusted amounts are reductions agreed between the pharmacy and your insurers: you do not owe them.',
    `Questions about this statement: call ${input.pharmacy.name}${input.pharmacy.phone ? ` at ${input.pharmacy.phone}` : ''}.`,
  ]) {
    write(note, 0, 8.5, regular, GREY);
    y -= 12;
  }
  return pdf.save({ useObjectStreams: false });
}
