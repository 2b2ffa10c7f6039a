import Database from 'better-sqlite3';
import { expect, screenshotPath, test } from './driplineApp';

test('a newcomer opens the demo pharmacy and reads a patient that came from SQLite', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();

  const rows = page.getByRole('table', { name: 'Patients' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();

  // What the screen shows must be what the database holds.
  const db = new Database(app.databasePath, { readonly: true });
  const patientCount = db.prepare('SELECT count(*) FROM patients').pluck().get() as number;
  const patient = db
    .prepare(
      `SELECT p.id, p.first_name, p.last_name, c.member_id FROM patients p
       JOIN coverages c ON c.patient_id = p.id AND c.rank = 'primary'
       JOIN plans_of_care k ON k.patient_id = p.id
       ORDER BY p.last_name LIMIT 1`,
    )
    .get() as { id: string; first_name: string; last_name: string; member_id: string };
  const firstOrder = db
    .prepare(`SELECT o.id, o.schedule FROM therapy_orders o WHERE o.patient_id = ? ORDER BY o.start, o.id LIMIT 1`)
    .get(patient.id) as { id: string; schedule: string };
  db.close();

  await expect(rows).toHaveCount(patientCount);
  await page.screenshot({ path: screenshotPath('patient-list.png') });

  await page.getByRole('searchbox', { name: 'Search patients' }).fill(patient.member_id);
  await expect(rows).toHaveCount(1);
  await page.getByRole('link', { name: `${patient.last_name}, ${patient.first_name}` }).click();

  await expect(page.getByRole('heading', { name: `${patient.last_name}, ${patient.first_name}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Coverage' })).toContainText(patient.member_id);
  const orderRow = page.locator(`tr[data-order-id="${firstOrder.id}"]`);
  await expect(orderRow).toContainText(firstOrder.schedule);
  // The billing calendar shows the month's per diems, each traced to its rules.
  const calendar = page.getByRole('table', { name: 'Billing calendar' });
  await calendar.scrollIntoViewIfNeeded();
  await expect(calendar.locator('.cal-per-diem').first()).toHaveText(/^S9\d{3}/);
  await expect(calendar.locator('td.billed, td.reduced').first()).toHaveAttribute('title', /PD-\d/);
  // Clicking a day explains it: the rules with the policy section each comes from.
  await calendar
    .getByRole('button', { name: /^Explain order / })
    .first()
    .click();
  const why = page.getByRole('region', { name: 'Why these lines' });
  await expect(why.locator('.explanation-subject').first()).toContainText('per-diem');
  await expect(why).toContainText('CPCP019');
  await page.screenshot({ path: screenshotPath('patient-page.png'), fullPage: true });
});

test('the demo survives a restart: the data is in the database file, not the page', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await expect(app.page.getByRole('table', { name: 'Patients' }).locator('tbody tr').first()).toBeVisible();
  const page = await app.restart();
  await expect(page.getByRole('table', { name: 'Patients' }).locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toHaveCount(0);
});
