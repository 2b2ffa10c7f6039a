import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { appRoot } from '../paths/appRoot';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset, importInto } from '../testing/datasetBuilders';
import { BOXES, LINE_COLUMNS, LINE_HEIGHT, LINE_TOP, type Box } from './assembly/cms1500Layout';
import { DOCUMENT_KINDS } from '../vocabulary';
import type { DatasetInput } from '../dataset/datasetSchema';

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };

interface Placed {
  text: string;
  page: number;
  x: number;
  y: number;
}

/** Every text run of the PDF with its position in inches from the page's top-left. */
async function textPositions(pdf: Uint8Array): Promise<Placed[]> {
  const doc = await getDocument({ data: pdf, standardFontDataUrl: `${join(appRoot(), 'node_modules', 'pdfjs-dist', 'standard_fonts')}/` })
    .promise;
  const out: Placed[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      out.push({ text: item.str, page: n, x: item.transform[4] / 72, y: (height - item.transform[5]) / 72 });
    }
  }
  return out;
}

/** Documents the first plan's orders, imports the dataset and prints every January draft: the PDF's text runs. */
async function januaryPaper(runtime: ReturnType<typeof tempRuntime>, d: DatasetInput): Promise<Placed[]> {
  for (const o of d.patients[0]!.plansOfCare[0]!.orders)
    o.documents = DOCUMENT_KINDS.map((kind) => ({ kind, date: o.start, reference: kind }));
  importInto(runtime, d);
  const drafts = runtime.services.claims.drafts(JANUARY).drafts;
  const file = await runtime.services.claims.exportPaper(
    JANUARY,
    drafts.map((x) => x.draftId),
  );
  return textPositions(new Uint8Array(Buffer.from(file.content, 'base64')));
}

const inside = (p: Placed, b: Box) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

describe('the CMS-1500 PDF', () => {
  let runtime: ReturnType<typeof tempRuntime>;
  let placed: Placed[];
  const find = (text: string, page = 1) => {
    const hit = placed.find((p) => p.page === page && p.text === text);
    if (!hit)
      throw new Error(
        `"${text}" is not on page ${page}: ${placed
          .filter((p) => p.page === page)
          .map((p) => p.text)
          .join(' | ')}`,
      );
    return hit;
  };

  beforeEach(async () => {
    runtime = tempRuntime();
    placed = await januaryPaper(runtime, idsaDataset());
  });
  afterEach(() => runtime.cleanup());

  it('fills the patient, insured and payer boxes', () => {
    expect(inside(find('XEH123456789'), BOXES.insuredId)).toBe(true);
    expect(inside(find('DOE, JANE'), BOXES.patientName)).toBe(true);
    expect(inside(find('EXAMPLE HEALTH PLAN'), BOXES.carrier)).toBe(true);
    expect(inside(find('GRP0042'), BOXES.insuredGroup)).toBe(true);
    expect(inside(find('1543278968'), BOXES.referringNpi)).toBe(true);
    expect(inside(find('A. M86.171'), BOXES.diagnoses)).toBe(true);
    expect(inside(find('371234567'), BOXES.taxId)).toBe(true);
    expect(inside(find('A. NPI 1765432186'), BOXES.billingProvider)).toBe(true);
  });

  it('puts six service lines on a page, each code, charge and NDC in its column, and the total on the last page', () => {
    // 14 lines: three pages of six.
    expect(Math.max(...placed.map((p) => p.page))).toBe(3);
    const code = find('S9502');
    expect(code.x).toBeCloseTo(LINE_COLUMNS.code, 1);
    expect(code.y).toBeGreaterThan(LINE_TOP);
    expect(code.y).toBeLessThan(LINE_TOP + LINE_HEIGHT);
    const sh = placed.filter((p) => p.page === 1 && p.text === 'SH');
    expect(sh).toHaveLength(1);
    expect(sh[0]!.x).toBeCloseTo(LINE_COLUMNS.modifiers, 1);
    expect(find('60 00').x).toBeCloseTo(LINE_COLUMNS.charge, 1);
    expect(inside(find('N499999018501 UN3'), BOXES.lines)).toBe(true);
    expect(inside(find('CONTINUED'), BOXES.totalCharge)).toBe(true);
    expect(inside(find('1170 00', 3), BOXES.totalCharge)).toBe(true);
  });
});

describe('the CMS-1500 PDF for accented names', () => {
  it('prints José Muñoz-Pérez and the other names and addresses in upper-case ASCII', async () => {
    const runtime = tempRuntime();
    try {
      const d = idsaDataset();
      d.pharmacy.name = 'Farmacia Peña';
      d.pharmacy.address = { ...d.pharmacy.address, city: 'Española' };
      d.payers[0]!.name = 'Société Santé Plan';
      d.prescribers[0] = { ...d.prescribers[0]!, firstName: 'Zoë', lastName: 'Ørsted' };
      const patient = d.patients[0]!;
      Object.assign(patient, { firstName: 'José', lastName: 'Muñoz-Pérez' });
      patient.address = { ...patient.address, line1: '200 Avenida Niño', city: 'Cañon City' };
      const texts = (await januaryPaper(runtime, d)).filter((p) => p.page === 1);
      // pdfjs may split a run at a space, so a box's text is its runs (label first) joined in reading order.
      const boxText = (b: Box) =>
        texts
          .filter((p) => inside(p, b))
          .sort((a, c) => a.y - c.y || a.x - c.x)
          .map((p) => p.text)
          .join(' ');
      expect(boxText(BOXES.patientName)).toContain('MUNOZ-PEREZ, JOSE');
      expect(boxText(BOXES.insuredName)).toContain('MUNOZ-PEREZ, JOSE');
      expect(boxText(BOXES.patientAddress)).toContain('200 AVENIDA NINO CANON CITY IL 627040002');
      expect(boxText(BOXES.carrier)).toContain('SOCIETE SANTE PLAN PAYER ID EXHP01');
      expect(boxText(BOXES.referring)).toContain('DN ZOE ORSTED');
      expect(boxText(BOXES.billingProvider)).toContain('FARMACIA PENA 100 MAIN STREET ESPANOLA IL 627010001');
      expect(texts.some((p) => /[^\x20-\x7E]/.test(p.text))).toBe(false);
    } finally {
      runtime.cleanup();
    }
  });
});
