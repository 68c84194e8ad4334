import { expect, test } from '@playwright/test';
import { ageLeads, seedLeads, seedOrg, seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('an admin tunes a rule, scans now, and the stale leads get follow-up tasks; the insight can be dismissed and restored', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await seedUser({ name: 'Ines Insight' });
  const org = await seedOrg(owner, 'Insights E2E');
  const quiet = await seedLeads(org, [{ name: 'Quinn Quiet' }, { name: 'Rita Resting' }, { name: 'Sol Silent' }]);
  await seedLeads(org, [{ name: 'Ava Active' }]);
  await ageLeads(quiet.map((lead) => lead.id), 12);
  await signInByApi(page.request, baseURL!, owner.email);

  // Stale after 10 days instead of the default 7.
  await page.goto(`/app/${org.slug}/insights/settings`);
  const stale = page.getByRole('region', { name: 'Stale leads' });
  await stale.getByLabel('Threshold for stale leads').fill('10');
  await stale.getByRole('button', { name: 'Save' }).click();
  await expect(stale.getByRole('status')).toHaveText(/saved/i);

  await page.goto(`/app/${org.slug}/insights`);
  await expect(page.getByText('No open insights', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Scan now' }).click();
  // Stale leads are found at 90% confidence, so the scan acts by itself: the insight lands under Acted.
  const acted = page.getByRole('navigation', { name: 'Insight status' }).getByRole('link', { name: /Acted/ });
  await expect(acted).toContainText('1', { timeout: 45_000 });
  await acted.click();
  const card = page.getByRole('article').filter({ hasText: 'Stale leads' });
  await expect(card).toContainText('3 open leads');
  const created = card.getByRole('region', { name: 'Tasks it created' });
  for (const name of ['Quinn Quiet', 'Rita Resting', 'Sol Silent']) await expect(created.getByText(`Follow up with ${name}`)).toBeVisible();
  await expect(created.getByText('Follow up with Ava Active')).toHaveCount(0);

  await card.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Insight restored', { exact: false }).first()).toBeVisible();
});
