import { expect, test } from '@playwright/test';
import { latestEmail, linkIn, seedUser, uniqueEmail } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('sign up, confirm, create a workspace, invite a teammate, and manage their role', async ({ page, browser, baseURL }) => {
  // A long flow through two browsers and several emails: the default 30 s is tight on a busy 2-core runner.
  test.setTimeout(60_000);
  const ownerEmail = uniqueEmail('owner');
  const password = 'a long and private passphrase';

  // Sign up and confirm the address from the outbox.
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Olivia Owner');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(ownerEmail);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Check your email to confirm your address')).toBeVisible();
  const confirmation = await latestEmail(ownerEmail, /Confirm your email/);
  await page.goto(linkIn(confirmation.text, '/verify'));
  await expect(page).toHaveURL(/\/sign-in\?verified=1/);

  // Sign in through the form; with no workspace yet, onboarding asks for one.
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(ownerEmail);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/app\/new$/);
  const workspaceName = `Northwind ${Date.now().toString(36)}`;
  await page.getByLabel('Workspace name').fill(workspaceName);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/')[2]!;

  // Invite a teammate as a member.
  const teammate = await seedUser({ name: 'Theo Teammate' });
  await page.goto(`/app/${slug}/settings/members`);
  await page.getByRole('button', { name: 'Invite member' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Email', exact: true }).fill(teammate.email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${teammate.email}.`)).toBeVisible();

  // The teammate accepts in their own browser and lands in the workspace as a member.
  const invitation = await latestEmail(teammate.email, /invited you/);
  const teammateContext = await browser.newContext({ baseURL, extraHTTPHeaders: clientAddressHeaders() });
  const teammatePage = await teammateContext.newPage();
  await signInByApi(teammateContext.request, baseURL!, teammate.email);
  await teammatePage.goto(linkIn(invitation.text, '/invite/'));
  await teammatePage.getByRole('button', { name: `Join ${workspaceName}` }).click();
  await expect(teammatePage).toHaveURL(new RegExp(`/app/${slug}$`));
  await expect(teammatePage.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();

  // A member may not open the members page.
  const forbidden = await teammatePage.goto(`/app/${slug}/settings/members`);
  expect(forbidden?.status()).toBe(403);
  await expect(teammatePage.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();

  // The owner makes them an admin; now they may.
  await page.reload();
  await page.getByRole('button', { name: 'Actions for Theo Teammate' }).click();
  await page.getByRole('menuitem', { name: 'Change role' }).click();
  await page.getByRole('menuitemradio', { name: 'Admin' }).click();
  await expect(page.getByText('Role changed to admin.')).toBeVisible();

  const allowed = await teammatePage.goto(`/app/${slug}/settings/members`);
  expect(allowed?.status()).toBe(200);
  await expect(teammatePage.getByRole('heading', { name: 'Members' })).toBeVisible();
  await teammateContext.close();
});
