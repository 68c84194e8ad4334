import { expect, test } from '@playwright/test';
import { latestEmail, linkIn, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('a forgotten password is reset from the emailed link, once', async ({ page, request, baseURL }) => {
  const user = await seedUser();
  const newPassword = 'a brand new passphrase 2026';

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/reset$/);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(user.email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByText(/If an account exists for that email/)).toBeVisible();

  const email = await latestEmail(user.email, /Reset your Beacon password/);
  const resetLink = linkIn(email.text, '/reset');
  await page.goto(resetLink);
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);

  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(user.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/new$/);

  // The link is single-use, and the old password no longer works.
  await page.goto(resetLink);
  await page.getByLabel('New password').fill('yet another passphrase 99');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByText(/invalid or has expired/)).toBeVisible();
  const old = await request.post('/api/session/password', { data: { email: user.email, password: 'correct horse battery e2e' }, headers: { origin: baseURL! } });
  expect(old.status()).toBe(401);
});
