import { expect, test } from '@playwright/test';
import { DEMO_ORG, DEMO_OWNER, DEMO_STAFF } from '@/db/seed';
import { ensureDemoData } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test.beforeAll(async () => {
  await ensureDemoData();
});

test('the demo owner signs in with the README credentials and lands in the demo workspace', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(DEMO_OWNER.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/app/${DEMO_ORG.slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ORG.name })).toBeVisible();
  await expect(page.getByText(/demo/i).first()).toBeVisible();
});

test('the demo staff account opens the staff portal', async ({ page, baseURL }) => {
  const response = await page.request.post('/api/session/password', {
    data: { email: DEMO_STAFF.email, password: DEMO_STAFF.password },
    headers: { origin: baseURL! },
  });
  expect(response.status()).toBe(200);
  expect((await page.goto('/admin'))?.status()).toBe(200);
});
