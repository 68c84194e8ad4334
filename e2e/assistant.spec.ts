import { expect, test } from '@playwright/test';
import { DEMO_ORG, DEMO_OWNER } from '@/db/seed';
import { ensureDemoData, orgBySlug, staleLeadNames, tasksTitled } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('the assistant lists the stale leads from its lookup, then creates a follow-up task only after approval', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await ensureDemoData();
  const org = await orgBySlug(DEMO_ORG.slug);
  const stale = await staleLeadNames(org.id);
  expect(stale.length).toBeGreaterThan(0);
  await signInByApi(page.request, baseURL!, DEMO_OWNER.email, DEMO_OWNER.password);

  await page.goto(`/app/${DEMO_ORG.slug}/assistant`);
  await page.getByRole('button', { name: 'New chat' }).first().click();
  await expect(page).toHaveURL(/\/assistant\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const message = page.getByLabel('Message the assistant');
  await message.fill('Which leads are going stale?');
  await message.press('Enter');

  const conversation = page.getByRole('log', { name: 'Conversation' });
  for (const name of stale.slice(0, 20)) await expect(conversation.getByRole('link', { name, exact: true }).filter({ visible: true }).first()).toBeVisible({ timeout: 30_000 });
  // No model is configured here: the answer says it comes from the offline writer.
  await expect(conversation.getByRole('button', { name: /offline writer/i }).first()).toBeVisible();

  const target = stale[0]!;
  // The hourly insight scan may file its own follow-ups for stale leads; the assistant's are source 'ai'.
  const aiTasks = async () => (await tasksTitled(org.id, `Follow up with ${target}`)).filter((task) => task.source === 'ai');
  const initial = (await aiTasks()).length;
  await message.fill(`Create a follow-up task for ${target}`);
  await message.press('Enter');
  const card = conversation.getByRole('region', { name: new RegExp(`Follow up with ${target}`) });
  await expect(card).toBeVisible({ timeout: 30_000 });
  // Proposed, not done: nothing is written until the owner approves.
  expect(await aiTasks()).toHaveLength(initial);
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(conversation.getByText(/created|done/i).last()).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await aiTasks()).length, { timeout: 15_000 }).toBe(initial + 1);
});
