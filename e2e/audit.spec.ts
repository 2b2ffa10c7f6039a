import { expect, screenshotPath, test } from './driplineApp';

// HIPAA 164.312(b): a change made in the app is in the audit trail, with what was there before, and the trail checks out.
test('a manager finds a patient change in the audit trail, reads before and after, and checks the trail', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await page.getByRole('table', { name: 'Patients' }).getByRole('link').first().click();
  await page.getByRole('link', { name: 'Edit patient' }).click();
  const street = page.getByLabel('Street');
  const before = await street.inputValue();
  await street.fill('12 Audit Lane');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page).toHaveURL(/#\/patients\/[^/]+$/);
  const patientId = decodeURIComponent(/#\/patients\/([^/]+)$/.exec(page.url())![1]!);

  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  const trail = page.getByRole('table', { name: 'Audit trail' });
  // Newest first: the save is the first row.
  const saved = trail.locator('tbody tr').first();
  await expect(saved).toContainText('Patient saved');
  await expect(saved).toContainText(`patient ${patientId}`);
  await expect(trail).toContainText('Demo pharmacy opened');

  await saved.getByRole('button').click();
  await expect(page.getByRole('region', { name: 'Before' })).toContainText(before);
  // "After" is what the write returned (audit.list's `after`): for a patient save, the patient's id.
  await expect(page.getByRole('region', { name: 'After' })).toContainText(`"id": "${patientId}"`);

  await page.getByRole('combobox', { name: 'Filter by action' }).selectOption({ label: 'Patient saved' });
  await expect(trail.locator('tbody tr', { hasText: 'Patient saved' })).toHaveCount(1);
  await expect(trail).not.toContainText('Demo pharmacy opened');

  await page.getByRole('button', { name: 'Check the trail' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Verified: \d+ entries, none altered or removed$/);
  await page.screenshot({ path: screenshotPath('audit.png'), fullPage: true });
});
