import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { clientAddressHeaders } from './helpers/network';

test.use({ extraHTTPHeaders: clientAddressHeaders() });

const PAGES = ['/', '/pricing', '/blog', '/contact', '/legal/privacy', '/legal/terms'];

for (const path of PAGES) {
  test(`${path} passes the accessibility audit and runs under its CSP without violations`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Static pages carry no nonce: the CSP that reaches the browser must not name one either.
    expect(response?.headers()['content-security-policy']).not.toContain('nonce-');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('robots.txt, the sitemap and the feed are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /app');
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/pricing</loc>');
  expect((await request.get('/rss.xml')).ok()).toBe(true);
});

test('on a phone, the menu button opens the navigation and a link closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open menu' }).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await menu.getByRole('link', { name: 'Pricing' }).click();
  await expect(page).toHaveURL(/\/pricing$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
