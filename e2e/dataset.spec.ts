import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './driplineApp';

const IDSA = join(import.meta.dirname, '..', 'src-main', 'testing', 'fixtures', 'example-idsa.json');

test('import from the app: a bad file writes nothing and lists each problem by JSON path; a good one imports; export downloads it', async ({
  app,
}) => {
  const page = app.page;
  await page.goto(page.url().replace(/#.*$/, '') + '#/dataset');
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the demo pharmacy' }).click();
  await page.getByRole('link', { name: 'Import and export' }).click();

  const bad = JSON.parse(readFileSync(IDSA, 'utf8'));
  bad.prescribers[0].npi = '1543278969';
  bad.patients[0].plansOfCare[0].orders[1].drug = 'imipenem';
  await page
    .getByLabel('Dataset file to import')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const problems = page.getByRole('table', { name: 'Import problems' });
  await expect(problems).toContainText('prescribers[0].npi');
  await expect(problems).toContainText('is not a valid NPI');
  // In the same pass as the NPI: the unknown drug.
  await expect(problems).toContainText('refers to unknown drug "imipenem"');
  await page.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('link', { name: 'Doe, Jane' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Import and export' }).click();
  await page.getByLabel('Dataset file to import').setInputFiles(IDSA);
  await expect(page.getByRole('status')).toContainText('Imported 1 patients, 1 plans of care, 2 orders');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export dataset' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('home-infusion-dataset/1');
  expect(exported.patients.find((p: { id: string }) => p.id === 'p1').lastName).toBe('Doe');
});

test('a new pharmacy imports its own dataset from the welcome screen and lands on its patients', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.getByLabel('Dataset file to import').setInputFiles(IDSA);
  await expect(page.getByRole('link', { name: 'Doe, Jane' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toHaveCount(0);
});
