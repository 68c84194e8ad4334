import { expect, test } from '@playwright/test';
import { seedOrg, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test("a member of one workspace gets 404 for another workspace's pages and routes", async ({ page, baseURL }) => {
  const ownerA = await seedUser();
  const orgA = await seedOrg(ownerA, 'Workspace A');
  const outsider = await seedUser();
  await seedOrg(outsider, 'Workspace B');
  await signInByApi(page.request, baseURL!, outsider.email);

  for (const path of [`/app/${orgA.slug}`, `/app/${orgA.slug}/settings`, `/app/${orgA.slug}/settings/members`, `/app/${orgA.slug}/settings/api-keys`, `/app/${orgA.slug}/settings/audit-log`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const api = await page.request.get(`/api/orgs/${orgA.slug}/audit-logs`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain(orgA.name);
});

test('the staff portal is invisible to non-staff and open to staff', async ({ page, browser, baseURL }) => {
  const customer = await seedUser();
  await signInByApi(page.request, baseURL!, customer.email);
  expect((await page.goto('/admin'))?.status()).toBe(404);

  const staff = await seedUser({ isStaff: true });
  const staffContext = await browser.newContext({ baseURL, extraHTTPHeaders: clientAddressHeaders() });
  await signInByApi(staffContext.request, baseURL!, staff.email);
  const staffPage = await staffContext.newPage();
  expect((await staffPage.goto('/admin/outbox'))?.status()).toBe(200);
  await expect(staffPage.getByRole('heading', { level: 1 })).toBeVisible();
  await staffContext.close();
});

test('signed-out visitors are sent to sign-in and come back afterwards', async ({ page }) => {
  const user = await seedUser();
  const org = await seedOrg(user);
  await page.goto(`/app/${org.slug}/settings`);
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=/app/${org.slug}/settings`));
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(user.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('correct horse battery e2e');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/${org.slug}/settings$`));
});
