import { expect, test } from '@playwright/test';

test('the home page renders its headline and sections', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The AI growth CRM you can host yourself');
  await expect(page.getByRole('heading', { name: 'Run it on your own machine' })).toBeVisible();
  await expect(page).toHaveTitle(/Beacon/);
  await page.getByRole('link', { name: 'Get started' }).click();
  await expect(page.getByRole('heading', { name: 'Create your Beacon account' })).toBeVisible();
});

test('health answers 200 with the database and the offline providers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.db).toMatchObject({ ok: true, migrations: 'current' });
  expect(['embedded', 'external']).toContain(body.db.mode);
  expect(body.providers).toMatchObject({ ai: 'offline', email: 'outbox', billing: 'off', jobs: 'local' });
  expect(response.headers()['x-request-id']).toBeTruthy();
});

test('the theme toggle switches between light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).not.toHaveClass(/dark/);
});

test('an unknown page shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});
