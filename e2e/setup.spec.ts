import { expect, screenshotPath, test } from './driplineApp';

test('pharmacy setup: an invalid prescriber NPI is refused at the field; a dated fee is added to the schedule', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await page.getByRole('link', { name: 'Pharmacy setup' }).click();

  const prescriber = page.getByRole('form', { name: 'Add prescriber' });
  await prescriber.getByLabel('First name').fill('Ann');
  await prescriber.getByLabel('Last name').fill('Lee');
  await prescriber.getByLabel('NPI').fill('1234567890');
  await prescriber.getByRole('button', { name: 'Add prescriber' }).click();
  await expect(prescriber.getByLabel('NPI')).toHaveAttribute('aria-invalid', 'true');
  await expect(prescriber.getByRole('alert')).toHaveText('is not a valid NPI (10 digits with a correct check digit)');
  await prescriber.getByLabel('NPI').fill('1234567893');
  await prescriber.getByRole('button', { name: 'Add prescriber' }).click();
  await expect(page.getByRole('region', { name: 'Prescribers' })).toContainText('Lee, Ann · NPI 1234567893');

  const fee = page.getByRole('form', { name: 'Set a fee' });
  await fee.getByLabel('HCPCS code').fill('S9503');
  await fee.getByLabel('Fee per unit ($)').fill('182.50');
  await fee.getByLabel('Effective from').fill('2027-01-01');
  await fee.getByRole('button', { name: 'Set fee' }).click();
  const row = page.getByRole('table', { name: 'Fees' }).locator('tr', { hasText: '2027-01-01' });
  await expect(row).toContainText('S9503');
  await expect(row).toContainText('$182.50');
  const pharmacy = page.getByRole('form', { name: 'Pharmacy profile' });
  await pharmacy.getByLabel('ZIP+4 (9 digits)').fill('1234');
  await pharmacy.getByRole('button', { name: 'Save pharmacy' }).click();
  await expect(pharmacy.getByLabel('ZIP+4 (9 digits)')).toHaveAttribute('aria-invalid', 'true');
  await expect(pharmacy.getByRole('alert')).toHaveText('must be 5 or 9 digits');

  const profile = page.getByRole('form', { name: 'Payer profile settings' });
  await profile.getByLabel('PF-3 modifier 59 with SH/SJ').selectOption('true');
  await profile.getByLabel('PF-2 third therapy (SJ) %').fill('0');
  await profile.getByLabel('Interim claims through yesterday (DS-2)').check();
  await profile.getByRole('button', { name: 'Save payer' }).click();
  await expect(profile.getByText('Saved: the next lines use it')).toBeVisible();

  const drug = page.getByRole('form', { name: 'Add drug' });
  await drug.getByLabel('Drug name').fill('Cefepime 2 g vial');
  await drug.getByLabel('HCPCS').fill('J0692');
  await drug.getByLabel('Billing unit', { exact: true }).fill('500');
  await drug.getByLabel('NDC (11 digits)').fill('99999-0692');
  await drug.getByLabel('One NDC unit holds').fill('2');
  await drug.getByLabel('Held in').selectOption('g');
  await drug.getByRole('button', { name: 'Add drug' }).click();
  await expect(drug.getByLabel('NDC (11 digits)')).toHaveAttribute('aria-invalid', 'true');
  await drug.getByLabel('NDC (11 digits)').fill('99999-0692-01');
  await drug.getByRole('button', { name: 'Add drug' }).click();
  await expect(page.getByRole('table', { name: 'Drugs' })).toContainText('Cefepime 2 g vial');
  // The class is shown in words: the new antibiotic is a drug, the demo's heparin lock flush a flush (BU-1).
  const drugs = page.getByRole('table', { name: 'Drugs' });
  await expect(drugs.locator('tr', { hasText: 'Cefepime 2 g vial' }).first()).toContainText('Drug (non-nutritional)');
  await expect(drugs.locator('tr', { hasText: 'Heparin lock flush' })).toContainText('Flush (heparin, saline)');

  await page.screenshot({ path: screenshotPath('setup.png'), fullPage: true });
});
