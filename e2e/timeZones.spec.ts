import Database from 'better-sqlite3';
import { expect, test } from './driplineApp';

// A date entered is the date stored and shown, whatever the time zones of the page and the main process.
for (const zones of [
  { host: 'Pacific/Kiritimati', browser: 'America/Adak' },
  { host: 'America/Adak', browser: 'Pacific/Kiritimati' },
]) {
  test.describe(`main process in ${zones.host}, page in ${zones.browser}`, () => {
    test.use({ zones });
    test('a birth date stays the date that was typed, stored and shown', async ({ app }) => {
      const page = app.page;
      await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
      await page.getByRole('link', { name: 'New patient' }).click();
      await page.getByLabel('First name').fill('Tz');
      await page.getByLabel('Last name').fill('Traveler');
      await page.getByLabel('Birth date').fill('1990-12-31');
      await page.getByLabel('Street').fill('1 Date Line Road');
      await page.getByLabel('City').fill('Springfield');
      await page.getByLabel('State').fill('IL');
      await page.getByLabel('ZIP').fill('62704');
      const coverage = page.getByRole('group', { name: 'Primary coverage' });
      await coverage.getByLabel('Payer').selectOption({ index: 1 });
      await coverage.getByLabel('Member ID').fill('TZ1');
      await coverage.getByLabel('Effective from').fill('2026-01-01');
      await page.getByRole('button', { name: 'Save patient' }).click();
      await expect(page.getByRole('heading', { name: 'Traveler, Tz' })).toBeVisible();
      await expect(page.getByText('12/31/1990')).toBeVisible();

      const db = new Database(app.databasePath, { readonly: true });
      const stored = db.prepare("SELECT birth_date FROM patients WHERE last_name = 'Traveler'").pluck().get();
      db.close();
      expect(stored).toBe('1990-12-31');
    });
  });
}
