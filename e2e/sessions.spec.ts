import { expect, test } from '@playwright/test';
import { seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('"Sign out everywhere" ends the sessions of every browser at once', async ({ page, browser, baseURL }) => {
  const user = await seedUser();
  await signInByApi(page.request, baseURL!, user.email);
  const laptop = await browser.newContext({ baseURL, extraHTTPHeaders: clientAddressHeaders() });
  await signInByApi(laptop.request, baseURL!, user.email);
  const laptopPage = await laptop.newPage();
  await laptopPage.goto('/app/account');
  await expect(laptopPage).toHaveURL(/\/app\/account$/);

  await page.goto('/app/account');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The other browser still holds its cookie, but the server no longer honours it.
  await laptopPage.goto('/app/account');
  await expect(laptopPage).toHaveURL(/\/sign-in\?callbackUrl=\/app\/account/);
  await laptop.close();
});
