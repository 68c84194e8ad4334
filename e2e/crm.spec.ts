import { expect, test } from '@playwright/test';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { seedOrg, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

/** 1,000 rows; rows 101, 501 and 1000 (as a spreadsheet numbers them) are bad. */
function importFile() {
  const rows: string[][] = [['Name', 'Email', 'Company']];
  for (let i = 2; i <= 1001; i++) {
    const name = i === 101 ? '' : `Imported ${i}`;
    const email = i === 501 ? 'not-an-email' : `imported-${i}@crm-e2e.example`;
    rows.push([name, i === 1000 ? 'also not an email' : email, `Company ${i % 40}`]);
  }
  return Buffer.from(stringify(rows));
}

test('create a lead, note it, move it on the board, then import 1,000 rows and export them', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await seedUser({ name: 'Cara CRM' });
  const org = await seedOrg(owner, 'CRM E2E');
  await signInByApi(page.request, baseURL!, owner.email);

  // Create a lead from the empty list.
  await page.goto(`/app/${org.slug}/leads`);
  await expect(page.getByText('No leads yet')).toBeVisible();
  await page.getByRole('button', { name: 'New lead' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Nora Northwind');
  await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('nora@northwind.example');
  await dialog.getByLabel('Company').fill('Northwind');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Nora Northwind', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nora Northwind' })).toBeVisible();
  const leadUrl = page.url();

  // Add a markdown note: it appears on the timeline, rendered.
  await page.getByRole('textbox', { name: 'Note' }).fill('Asked for a **proposal** by Friday.');
  await page.getByRole('button', { name: 'Add note' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.locator('strong', { hasText: 'proposal' })).toBeVisible();

  // Drag the card from its column to "Qualified" on the board.
  await page.goto(`/app/${org.slug}/pipeline`);
  const card = page.locator('[data-lead-id]', { hasText: 'Nora Northwind' });
  const target = page.getByRole('region', { name: 'Qualified' });
  await expect(card).toBeVisible();
  await card.hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 80, { steps: 12 });
  await page.mouse.up();
  await expect(target.locator('[data-lead-id]', { hasText: 'Nora Northwind' })).toBeVisible();

  // The timeline records the stage change (the board moves the card before the server has saved it).
  await expect(async () => {
    await page.goto(leadUrl);
    await expect(page.getByRole('list', { name: 'Timeline' }).getByText(/→ Qualified/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // Import 1,000 rows, 3 of them bad: the report names exactly those three.
  await page.goto(`/app/${org.slug}/leads/import`);
  await page.locator('input[type=file]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: importFile() });
  await page.getByRole('button', { name: 'Upload and map columns' }).click();
  await page.getByRole('button', { name: 'Import 1,000 rows' }).click();
  const report = page.getByRole('table').filter({ hasText: 'Error' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  const errorRows = report.locator('tbody tr');
  await expect(errorRows).toHaveCount(3);
  await expect(errorRows.nth(0)).toContainText('101');
  await expect(errorRows.nth(1)).toContainText('501');
  await expect(errorRows.nth(2)).toContainText('1000');

  // Export: the 997 imported leads plus the one created by hand.
  const exported = await page.request.get(`/api/orgs/${org.slug}/leads/export`);
  expect(exported.status()).toBe(200);
  const records = parse((await exported.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  expect(records).toHaveLength(998);
  expect(records.some((record) => record.Email === 'nora@northwind.example')).toBe(true);
});
