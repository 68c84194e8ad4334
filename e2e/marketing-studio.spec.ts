import { expect, test } from '@playwright/test';
import { contentPostsOf, seedOrg, seedUser, setOrgPlan } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('a member generates a week of LinkedIn posts: seven drafts stream in and are saved', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await seedUser({ name: 'Mara Marketing' });
  const org = await seedOrg(owner, 'Studio E2E');
  // Free allows 5 posts a month; a week of posts is a Pro workspace's job.
  await setOrgPlan(org.id, 'pro');
  await signInByApi(page.request, baseURL!, owner.email);

  await page.goto(`/app/${org.slug}/marketing/content`);
  const form = page.getByRole('form', { name: 'Write posts' });
  await expect(form.getByRole('combobox', { name: 'Platform' })).toHaveText(/LinkedIn/);
  await form.getByRole('combobox', { name: 'How many' }).click();
  await page.getByRole('option', { name: 'A week (7)' }).click();
  await form.getByLabel('Topic or brief (optional)').fill('How we onboard new clients');
  await form.getByRole('button', { name: 'Write posts' }).click();

  await expect(form.getByRole('status')).toHaveText('7 posts written and saved as drafts.', { timeout: 60_000 });
  const posts = await contentPostsOf(org.id);
  expect(posts).toHaveLength(7);
  expect(new Set(posts.map((post) => post.body)).size).toBe(7);
  for (const post of posts) {
    expect(post).toMatchObject({ platform: 'linkedin', status: 'draft', generatedBy: 'offline' });
    expect(post.body.length).toBeLessThanOrEqual(3_000);
  }
  // Each draft is on the page, labelled as the offline writer's.
  await page.reload();
  await expect(page.getByRole('button', { name: /offline writer/i })).toHaveCount(7);
});
