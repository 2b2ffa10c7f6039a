import { readFileSync } from 'node:fs';
import { expect, screenshotPath, test } from './driplineApp';
import { remit835, type ClaimFixture, type RemitFixture, type ServiceFixture } from '../src-main/x12/testing/remitFixtures';
import { payment } from '../src-main/remittance/testing/payerAnswers';

// RM-1..RM-5 through the page: November's claims go out as an 837P; the payers answer them with an 835 written
// here from that very file (835 IG 2100 CLP01 = our CLM01, 2110 REF*6R = our line control number).

test.use({ today: '2026-12-02' });

interface SentLine {
  code: string;
  modifiers: string[];
  chargeCents: number;
  units: number;
  from: string;
  lineControl: string;
}

interface SentClaim {
  controlNumber: string;
  payer: { name: string; id: string };
  lines: SentLine[];
}

/** An X12 decimal to integer cents by string math: "2100" -> 210000, "99.5" -> 9950. */
function x12Cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
}

const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const isoDate = (ccyymmdd: string) => `${ccyymmdd.slice(0, 4)}-${ccyymmdd.slice(4, 6)}-${ccyymmdd.slice(6, 8)}`;

/** The claims of an 837P: CLM01, the 2010BB payer, and each 2400 line's SV1, DTP*472 and REF*6R. */
function claimsOf837(text: string): SentClaim[] {
  // X12.5: the element separator follows "ISA"; ISA16 is the component separator, then the segment terminator.
  const element = text[3]!;
  const component = text[104]!;
  const terminator = text[105]!;
  const segments = text
    .split(terminator)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(element));
  const claims: SentClaim[] = [];
  let payer = { name: '', id: '' };
  let claim: SentClaim | null = null;
  let line: SentLine | null = null;
  for (const [id, ...e] of segments) {
    if (id === 'HL') claim = line = null;
    // 2330B (a payer ranked ahead) is inside a claim; 2010BB, the payer billed, comes before it.
    if (id === 'NM1' && e[0] === 'PR' && !claim) payer = { name: e[2] ?? '', id: e[8] ?? '' };
    if (id === 'CLM') {
      claim = { controlNumber: e[0]!, payer, lines: [] };
      claims.push(claim);
    }
    if (id === 'SV1' && claim) {
      const [, code, ...modifiers] = e[0]!.split(component);
      line = { code: code!, modifiers, chargeCents: x12Cents(e[1]!), units: Number(e[3]), from: '', lineControl: '' };
      claim.lines.push(line);
    }
    if (id === 'DTP' && e[0] === '472' && line) line.from = isoDate(e[2]!.slice(0, 8));
    if (id === 'REF' && e[0] === '6R' && line) line.lineControl = e[1]!;
  }
  return claims;
}

type LineAnswer = Pick<ServiceFixture, 'paidCents' | 'adjustments' | 'remarks'>;

/** A payer's 2100 claim answering a claim we sent, line by line (2110), each line tied back by REF*6R. */
function answer(claim: SentClaim, lineAnswer: (line: SentLine, index: number) => LineAnswer): ClaimFixture {
  const services: ServiceFixture[] = claim.lines.map((line, i) => ({
    code: line.code,
    modifiers: line.modifiers,
    chargeCents: line.chargeCents,
    units: line.units,
    date: line.from,
    lineControl: line.lineControl,
    ...lineAnswer(line, i),
  }));
  const paid = services.reduce((s, v) => s + v.paidCents, 0);
  const patient = services.flatMap((s) => s.adjustments ?? []).filter((a) => a.group === 'PR');
  return {
    id: claim.controlNumber,
    // RM-3 (CLP02): 1 processed as primary, 4 denied.
    status: paid === 0 ? '4' : '1',
    chargeCents: claim.lines.reduce((s, l) => s + l.chargeCents, 0),
    paidCents: paid,
    patientCents: patient.reduce((s, a) => s + a.cents, 0),
    payerClaimNumber: `PCN${claim.controlNumber}`,
    services,
  };
}

test('a biller posts a payer’s 835, works the denial and reads the line payments on the claim', async ({ app }) => {
  const page = app.page;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await nav.getByRole('link', { name: 'Claims' }).click();
  await page.getByLabel('Billing month').fill('2026-11');
  await expect(page.getByRole('table', { name: 'Claims to bill' }).locator('tbody tr').first()).toBeVisible();
  await page.getByRole('button', { name: /^Select all ready/ }).click();
  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: /as 837P$/ }).click();
  const x12 = readFileSync(await (await downloadEvent).path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: /^Exported \d+ claim/ })).toBeVisible();

  const sent = claimsOf837(x12);
  expect(sent.length).toBeGreaterThanOrEqual(3);
  expect(sent.every((c) => c.lines.length > 0 && c.lines.every((l) => l.lineControl && l.from))).toBe(true);
  // The first claim paid in full; one line of a claim with several denied (CO-96, N30); a third paid less PR-2 coinsurance.
  const [paidInFull, ...rest] = sent;
  const withDenial = rest.find((c) => c.lines.length >= 2) ?? rest[0]!;
  const withCoinsurance = rest.find((c) => c !== withDenial)!;
  const deniedLine = withDenial.lines[withDenial.lines.length - 1]!;
  const coinsuranceCents = Math.round(withCoinsurance.lines[0]!.chargeCents / 5);
  const answers: ClaimFixture[] = [
    answer(paidInFull!, (l) => ({ paidCents: l.chargeCents })),
    answer(withDenial, (l) =>
      l === deniedLine
        ? { paidCents: 0, adjustments: [{ group: 'CO', reason: '96', cents: l.chargeCents }], remarks: ['N30'] }
        : { paidCents: l.chargeCents },
    ),
    answer(withCoinsurance, (l, i) =>
      i === 0
        ? { paidCents: l.chargeCents - coinsuranceCents, adjustments: [{ group: 'PR', reason: '2', cents: coinsuranceCents }] }
        : { paidCents: l.chargeCents },
    ),
  ];
  // One payment (BPR/TRN) per payer, as each payer sends its own 835 transaction.
  const payers = [...new Map([paidInFull!, withDenial, withCoinsurance].map((c) => [c.payer.id, c.payer])).values()];
  const remits: RemitFixture[] = payers.map((p, i) =>
    payment(
      `EFT20261215${i + 1}`,
      answers.filter((_, j) => [paidInFull!, withDenial, withCoinsurance][j]!.payer.id === p.id),
      p,
    ),
  );
  const text = remit835(remits);

  await nav.getByRole('link', { name: 'Remittances' }).click();
  await expect(page.getByRole('heading', { name: 'Remittances', level: 1 })).toBeVisible();
  await page
    .getByLabel('835 remittance file')
    .setInputFiles({ name: 'era-2026-12-15.835', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const payments = `${remits.length} payment${remits.length === 1 ? '' : 's'}`;
  await expect(page.getByRole('status')).toHaveText(`Preview · 3 claims in ${payments}: 3 to post.`);
  const previewRow = (controlNumber: string) => page.locator('.remit-payment tbody tr', { hasText: controlNumber });
  await expect(previewRow(paidInFull!.controlNumber)).toContainText('Posted');
  await expect(previewRow(paidInFull!.controlNumber)).toContainText('Paid');
  await expect(previewRow(withDenial.controlNumber)).toContainText('Partially paid');
  await expect(previewRow(withCoinsurance.controlNumber)).toContainText('Processed as primary');
  await page.screenshot({ path: screenshotPath('remittance-preview.png'), fullPage: true });

  await page.getByRole('button', { name: 'Post this remittance' }).click();
  await expect(page.getByRole('status')).toHaveText(`Posted era-2026-12-15.835: 3 claims in ${payments}: 3 posted.`);
  await expect(page.getByRole('button', { name: 'Post this remittance' })).toHaveCount(0);
  // RM-4: the same file again posts nothing.
  await page.getByLabel('835 remittance file').setInputFiles({ name: 'era-again.835', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toHaveText(`Preview · 3 claims in ${payments}: 3 already posted.`);
  await expect(page.getByRole('button', { name: 'Post this remittance' })).toBeDisabled();

  await nav.getByRole('link', { name: 'Work queue' }).click();
  const queue = page.getByRole('table', { name: 'Work queue' });
  const denial = queue.locator('tbody tr:not(.detail-row)', { hasText: withDenial.controlNumber }).filter({ hasText: 'Denied' });
  await expect(denial).toHaveCount(1);
  await expect(denial).toContainText([deniedLine.code, ...deniedLine.modifiers].join('-'));
  await expect(denial).toContainText('CO-96: ');
  await expect(denial).toContainText('N30: ');
  await denial.getByRole('button').click();
  await expect(page.getByRole('form', { name: 'Work the item' })).toBeVisible();
  await page.getByRole('form', { name: 'Assign the item' }).getByLabel('Assign to').fill('Sam Biller');
  await page.getByRole('form', { name: 'Assign the item' }).getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('status')).toContainText('assigned to Sam Biller');
  await expect(denial.locator('td').last()).toHaveText('Sam Biller');
  await page.screenshot({ path: screenshotPath('work-queue.png'), fullPage: true });

  await nav.getByRole('link', { name: 'Claims' }).click();
  await page.getByLabel('Billing month').fill('2026-11');
  await page.getByRole('tab', { name: 'Sent' }).click();
  const sentTable = page.getByRole('table', { name: 'Sent claims' });
  await sentTable.getByRole('button', { name: withDenial.controlNumber }).click();
  const linePayments = page.getByRole('table', { name: 'Line payments' });
  await expect(linePayments.locator('tbody tr')).toHaveCount(withDenial.lines.length);
  const deniedRow = linePayments.locator('tbody tr').nth(withDenial.lines.length - 1);
  await expect(deniedRow.locator('.adjustment-chip')).toHaveText(`CO-96 ${dollars(deniedLine.chargeCents)}`);
  await expect(deniedRow).toContainText('N30');
  const billed = withDenial.lines.reduce((s, l) => s + l.chargeCents, 0);
  await expect(linePayments.locator('tfoot')).toContainText(dollars(billed));
  await expect(linePayments.locator('tfoot')).toContainText(dollars(billed - deniedLine.chargeCents));
  await expect(page.getByLabel('Claim totals')).toContainText(`Balance${dollars(0)}`);
  await expect(sentTable.locator('tbody tr', { hasText: withDenial.controlNumber }).first()).toContainText('Partially paid');
  await linePayments.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('claim-line-payments.png'), fullPage: true });

  // A/R aging on the Revenue screen: what payers still owe, by payer and days since the claim went out.
  await nav.getByRole('link', { name: 'Revenue' }).click();
  await page.getByLabel('Last month shown').fill('2026-11');
  const aging = page.getByRole('table', { name: 'A/R aging by payer' });
  await expect(aging).toBeVisible();
  await expect(aging.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Revenue by month and payer' })).toContainText('2026-11');
  await aging.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('revenue-aging.png'), fullPage: true });
});
