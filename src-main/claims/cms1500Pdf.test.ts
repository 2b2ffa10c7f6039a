import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { appRoot } from '../paths/appRoot';
import { tempRuntime } from '../testing/tempDatabase';
import { idsaDataset } from '../testing/datasetBuilders';
import { validateDataset } from '../dataset/validateDataset';
import { BOXES, LINE_COLUMNS, LINE_HEIGHT, LINE_TOP, type Box } from './cms1500Layout';

const JANUARY = { from: '2026-01-01', to: '2026-01-31' };
const KINDS = ['medication-order', 'plan-of-care', 'preparation-notes', 'administration-record', 'delivery-record'] as const;

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
    const d = idsaDataset();
    for (const o of d.patients[0]!.plansOfCare[0]!.orders) o.documents = KINDS.map((kind) => ({ kind, date: o.start, reference: kind }));
    const v = validateDataset(d);
    if (!v.ok) throw new Error('invalid');
    runtime.services.importDataset(v.dataset);
    const drafts = runtime.services.claims.drafts(JANUARY).drafts;
    const file = await runtime.services.claims.exportPaper(
      JANUARY,
      drafts.map((x) => x.draftId),
    );
    placed = await textPositions(new Uint8Array(Buffer.from(file.content, 'base64')));
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
