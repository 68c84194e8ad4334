import { expect, test } from '@playwright/test';
import { latestEmail, linkIn, seedOrg, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('an emailed sign-in link signs the user in once', async ({ page, browser, baseURL }) => {
  const user = await seedUser();
  const org = await seedOrg(user, 'Link Workspace');

  await page.goto('/sign-in');
  await page.getByRole('tab', { name: 'Email link' }).click();
  await page.getByRole('tabpanel', { name: 'Email link' }).getByRole('textbox', { name: 'Email' }).fill(user.email);
  await page.getByRole('tabpanel', { name: 'Email link' }).getByRole('button').click();
  await expect(page.getByText(/We sent a sign-in link/)).toBeVisible();

  const email = await latestEmail(user.email, /sign-in link/);
  const link = linkIn(email.text, '/api/auth/callback/magic-link');
  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`/app/${org.slug}$`));

  // Used links stop working, in any browser.
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: clientAddressHeaders() });
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage).not.toHaveURL(/\/app\//);
  await other.close();
});
