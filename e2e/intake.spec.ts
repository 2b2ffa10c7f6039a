import { expect, screenshotPath, test } from './driplineApp';
import type { Page } from '@playwright/test';

async function openDemo(page: Page) {
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await expect(page.getByRole('table', { name: 'Patients' }).locator('tbody tr').first()).toBeVisible();
}

test('an intake user creates a patient, a coverage, a plan of care and two orders, restarts, and finds them', async ({ app }) => {
  let page = app.page;
  await openDemo(page);
  await page.getByRole('link', { name: 'New patient' }).click();

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Moreno');
  await page.getByLabel('Birth date').fill('1970-04-02');
  await page.getByLabel('Street').fill('3 Lake Street');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('State').fill('IL');
  await page.getByLabel('ZIP').fill('62704');
  const coverage = page.getByRole('group', { name: 'Primary coverage' });
  await coverage.getByLabel('Payer').selectOption({ index: 1 });
  await coverage.getByLabel('Member ID').fill('ZZ123456789');
  await coverage.getByLabel('Effective from').fill('2026-11-01');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByRole('heading', { name: 'Moreno, Ada' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Coverage' })).toContainText('ZZ123456789');
  await page.getByRole('link', { name: 'New plan of care' }).click();

  await page.getByLabel('Prescriber').selectOption({ index: 1 });
  await page.getByLabel('Certified from').fill('2026-11-24');
  await page.getByLabel('Certified to').fill('2026-12-23');
  await page.getByLabel('Diagnoses (ICD-10-CM)').fill('A41.9, Z45.2');
  const first = page.getByRole('group', { name: 'Order 1' });
  await first.getByLabel('Drug').selectOption('meropenem-1g');
  await first.getByLabel('Dose', { exact: true }).fill('1');
  await first.getByLabel('Schedule').fill('TID');
  await first.getByLabel('Stop').fill('2026-12-07');
  // The preview shows the grammar form and the dose days as the user types.
  await expect(first.getByLabel('Dose days preview')).toContainText('q8h · 3 doses on a dose day · 14 dose days');

  await page.getByRole('button', { name: 'Add order' }).click();
  const second = page.getByRole('group', { name: 'Order 2' });
  await second.getByLabel('Therapy').selectOption('corticosteroid');
  await second.getByLabel('Drug').selectOption('methylprednisolone-125mg');
  await second.getByLabel('Dose', { exact: true }).fill('500');
  await second.getByLabel('Dose unit').selectOption('mg');
  await second.getByLabel('Schedule').fill('MWF');
  await second.getByLabel('Stop').fill('2026-12-04');
  await expect(second.getByLabel('Dose days preview')).toContainText('weekly:MO,WE,FR');
  await page.screenshot({ path: screenshotPath('plan-editor.png'), fullPage: true });
  await page.getByRole('button', { name: 'Save plan of care' }).click();

  await expect(page.getByRole('heading', { name: 'Moreno, Ada' })).toBeVisible();
  page = await app.restart();
  await page.getByRole('searchbox', { name: 'Search patients' }).fill('moreno');
  await page.getByRole('link', { name: 'Moreno, Ada' }).click();
  const orders = page.getByRole('table', { name: /^Orders of plan/ });
  await expect(orders.locator('tbody tr')).toHaveCount(2);
  await expect(orders).toContainText('q8h');
  await expect(orders).toContainText('weekly:MO,WE,FR');
  await expect(page.getByText('A41.9')).toBeVisible();
});

test('invalid input is refused at its field and nothing is saved', async ({ app }) => {
  const page = app.page;
  await openDemo(page);
  await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'New plan of care' }).click();
  await page.getByLabel('Prescriber').selectOption({ index: 1 });
  await page.getByLabel('Certified from').fill('2026-11-24');
  await page.getByLabel('Certified to').fill('2026-12-23');
  await page.getByLabel('Diagnoses (ICD-10-CM)').fill('A4');
  const order = page.getByRole('group', { name: 'Order 1' });
  await order.getByLabel('Schedule').fill('q7h');
  await order.getByLabel('Start').fill('2026-12-01');
  await order.getByLabel('Stop').fill('2026-11-28');
  await page.getByRole('button', { name: 'Save plan of care' }).click();

  await expect(page.getByLabel('Diagnoses (ICD-10-CM)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Not an ICD-10-CM code (e.g. M86.171)')).toBeVisible();
  await expect(order.getByLabel('Schedule')).toHaveAttribute('aria-invalid', 'true');
  await expect(order.getByRole('alert').filter({ hasText: 'q7h: the hours must divide 24, or be 36, 48 or 72' })).toBeVisible();
  await expect(order.getByLabel('Stop')).toHaveAttribute('aria-invalid', 'true');
  await expect(order.getByRole('alert').filter({ hasText: 'The stop date is before the start' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('plan-editor-errors.png'), fullPage: true });

  // Still on the editor: nothing was saved.
  await expect(page.getByRole('heading', { name: 'New plan of care' })).toBeVisible();
});

test('the patient page records a hold and a nursing visit, and shows the episode of care', async ({ app }) => {
  const page = app.page;
  await openDemo(page);
  await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
  await expect(page.getByRole('table', { name: 'Episodes of care' })).toContainText('Active');

  await page.getByRole('button', { name: 'Add nursing visit' }).click();
  const visit = page.getByRole('form', { name: 'Add nursing visit' });
  await visit.getByLabel('Visit date').fill('2026-11-20');
  await visit.getByLabel('Minutes').fill('abc');
  await visit.getByRole('button', { name: 'Save' }).click();
  await expect(visit.getByRole('alert')).toContainText('Enter the visit length in minutes');
  await visit.getByLabel('Minutes').fill('150');
  await visit.getByLabel('Nurse').fill('R. Lee, RN');
  await visit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Nursing visits' })).toContainText('R. Lee, RN');

  await page.getByRole('button', { name: 'Add hold' }).click();
  const hold = page.getByRole('form', { name: 'Add hold' });
  await hold.getByLabel('Hold from').fill('2026-11-21');
  await hold.getByLabel('Hold to').fill('2026-11-22');
  await hold.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Holds' })).toContainText('11/21/2026 – 11/22/2026 · Inpatient');
  await page.screenshot({ path: screenshotPath('patient-record.png'), fullPage: true });
});
