import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { seedUser } from './helpers/db';
import { clientAddressHeaders } from './helpers/network';
import { signInByApi } from './helpers/session';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

test('staff write and publish a post; it appears on /blog, in the sitemap and in the RSS feed', async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  const staff = await seedUser({ name: 'Stella Staff', isStaff: true });
  await signInByApi(page.request, baseURL!, staff.email);
  const title = `Follow-up habits that win deals ${randomBytes(3).toString('hex')}`;

  await page.goto('/admin/blog');
  await page.getByRole('link', { name: 'New post' }).first().click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Excerpt').fill('Three habits that keep every lead warm.');
  await page.getByLabel('Post (markdown)').fill('## Reply within an hour\n\nSpeed **wins**.\n\n<script>window.pwned = true</script>');
  // The live preview renders the markdown and drops the script.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Reply within an hour' })).toBeVisible();
  await expect(preview.locator('script')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Post published.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/blog\/[0-9a-f-]{36}$/);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  // The public blog lists it and the post renders without the script.
  await page.goto('/blog');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/blog/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reply within an hour' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  // Its social card is served where the page's metadata says.
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  const cardResponse = await request.get(new URL(card!).pathname);
  expect(cardResponse.status()).toBe(200);
  expect(cardResponse.headers()['content-type']).toBe('image/png');

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/blog/${slug}</loc>`);
  const feed = await request.get('/rss.xml');
  expect(feed.headers()['content-type']).toContain('xml');
  expect(await feed.text()).toContain(title);
});
