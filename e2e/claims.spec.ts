import { readFileSync } from 'node:fs';
import { expect, screenshotPath, test } from './driplineApp';
import { check837p } from '../src-main/x12/check837p';

// November has ended: its claims are ready (DS-2); the first days of December are not billed yet.
test.use({ today: '2026-12-02' });

test('a biller reviews the month, sees why a claim is not ready, exports the ready ones and records a payment', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await page.getByRole('link', { name: 'Claims' }).click();
  await page.getByLabel('Billing month').fill('2026-11');

  const toBill = page.getByRole('table', { name: 'Claims to bill' });
  await expect(toBill.locator('tbody tr').first()).toBeVisible();
  const notReady = toBill.locator('tr', { hasText: 'Not ready' }).first();
  await notReady.getByRole('button').click();
  await expect(page.getByRole('list', { name: 'Why this claim is not ready' }).or(page.locator('.has-problem').first())).toBeVisible();
  await page.screenshot({ path: screenshotPath('claims-to-bill.png'), fullPage: true });

  await page.getByRole('button', { name: /^Select all ready/ }).click();
  const downloadEvent = page.waitForEvent('download');
  await page.getByRole('button', { name: /as 837P$/ }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^dripline-837p-\d{9}\.x12$/);
  const x12 = readFileSync(await download.path(), 'utf8');
  expect(check837p(x12)).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: /^Exported \d+ claim/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Sent' }).click();
  const sent = page.getByRole('table', { name: 'Sent claims' });
  await expect(sent.locator('tbody tr').first()).toContainText('Exported');
  await sent.locator('tbody tr').first().getByRole('button').click();
  const answer = page.getByRole('form', { name: "Payer's answer" });
  await answer.getByLabel('Result').selectOption('partially-paid');
  await answer.getByLabel('Amount paid ($)').fill('100.00');
  await answer.getByLabel('Answered on').fill('2026-12-10');
  await answer.getByRole('button', { name: 'Record the answer' }).click();
  await expect(sent.locator('tbody tr').first()).toContainText('Partially paid');
  await expect(sent.locator('tbody tr').first()).toContainText('$100.00');
  await expect(page.getByRole('list', { name: 'Claim history' })).toContainText('Partially paid');
  await page.screenshot({ path: screenshotPath('claims-sent.png'), fullPage: true });

  await page.getByRole('link', { name: 'Revenue' }).click();
  await page.getByLabel('Last month shown').fill('2026-11');
  await expect(page.locator('.kpi', { hasText: 'Paid' })).toContainText('$100.00');
  await expect(page.getByRole('table', { name: 'Revenue by month and payer' })).toContainText('2026-11');
  await page.screenshot({ path: screenshotPath('revenue.png'), fullPage: true });
});
