import { expect, test } from '@playwright/test';
import { seedForm, seedOrg, seedUser, uniqueEmail } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

// Forms refuse submissions sent sooner than a person could fill them in (2.5 s after they appear).
const HUMAN_PAUSE_MS = 2_700;

test('a form submission runs the lead pipeline: score, owner, notification and a first-response task; staff see the run', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await seedUser({ name: 'Pia Pipeline' });
  const org = await seedOrg(owner, 'Pipeline E2E');
  const form = await seedForm(org, owner);
  const email = uniqueEmail('lena');

  // A visitor sends the hosted form.
  await page.goto(`/f/${form.id}`);
  await page.getByRole('textbox', { name: /^Name\b/ }).fill('Lena Lead');
  await page.getByRole('textbox', { name: /^Email\b/ }).fill(email);
  await page.getByRole('textbox', { name: /^Message\b/ }).fill('We need help with our pipeline.');
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Thanks! We will be in touch soon.')).toBeVisible();

  // The owner sees the notification in the bell within seconds (the bell polls; a reload asks at once).
  const ownerContext = await browser.newContext({ extraHTTPHeaders: clientAddressHeaders() });
  const ownerPage = await ownerContext.newPage();
  await signInByApi(ownerPage.request, baseURL!, owner.email);
  await expect(async () => {
    await ownerPage.goto(`/app/${org.slug}/tasks`);
    await expect(ownerPage.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await ownerPage.getByRole('button', { name: 'Notifications, 1 unread' }).click();
  await ownerPage.getByRole('list', { name: 'Latest notifications' }).getByText('New lead: Lena Lead', { exact: false }).click();

  // The notification opens the lead: scored, owned by the only member, with its first-response task.
  await expect(ownerPage).toHaveURL(/\/leads\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(ownerPage.getByRole('heading', { level: 1, name: 'Lena Lead' })).toBeVisible({ timeout: 15_000 });
  await expect(ownerPage.getByLabel(/^Score \d+ of 100$/)).toBeVisible();
  await expect(ownerPage.getByRole('combobox', { name: 'Owner' })).toHaveText(/Pia Pipeline/);
  await expect(ownerPage.getByText('Reply to Lena Lead').first()).toBeVisible();
  await expect(ownerPage.getByRole('button', { name: 'Notifications' })).toBeVisible();
  await ownerContext.close();

  // Staff find the pipeline's run in the jobs portal.
  const staff = await seedUser({ name: 'Stan Staff', isStaff: true });
  const staffContext = await browser.newContext({ extraHTTPHeaders: clientAddressHeaders() });
  const staffPage = await staffContext.newPage();
  await signInByApi(staffPage.request, baseURL!, staff.email);
  await staffPage.goto(`/admin/jobs?job=lead-pipeline&org=${org.slug}`);
  const row = staffPage.getByRole('row').filter({ hasText: 'Pipeline E2E' });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('succeeded')).toBeVisible();
  await row.getByRole('link', { name: 'lead-pipeline' }).click();
  await expect(staffPage.getByText('first-response-task')).toBeVisible();
  await staffContext.close();
});
