// Takes the README's and the home page's screenshots from a running Beacon with the seed's demo data:
// `npx tsx scripts/screenshot.ts [baseUrl]`. Product shots show the demo workspace, signed in as its owner.
import { chromium, type Page } from '@playwright/test';
import { DEMO_ORG, DEMO_OWNER } from '@/db/seed';
import { findChromium } from '@/e2e/find-chromium';

const APP = `/app/${DEMO_ORG.slug}`;

const PUBLIC_PAGES = [{ path: '/', file: 'docs/screenshot-home.png' }];
const PRODUCT_PAGES = [
  { path: `${APP}/leads`, file: 'public/screenshots/leads.png' },
  { path: `${APP}/pipeline`, file: 'public/screenshots/pipeline.png' },
];

async function shoot(page: Page, baseUrl: string, path: string, file: string) {
  await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

async function main() {
  const baseUrl = process.argv[2] ?? 'http://localhost:3000';
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const signIn = await page.request.post(new URL('/api/session/password', baseUrl).toString(), {
    data: { email: DEMO_OWNER.email, password: DEMO_OWNER.password },
    headers: { origin: new URL(baseUrl).origin },
  });
  if (!signIn.ok()) throw new Error(`Demo sign-in failed (${signIn.status()}): is the seed's demo data there?`);
  for (const { path, file } of PRODUCT_PAGES) await shoot(page, baseUrl, path, file);

  // The lead page of the demo lead with the highest score: timeline, score reasons and fields.
  await page.goto(new URL(`${APP}/leads?sort=score_desc`, baseUrl).toString(), { waitUntil: 'networkidle' });
  const hrefs = await page.locator(`a[href^="${APP}/leads/"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const leadHref = hrefs.find((href) => /\/leads\/[0-9a-f-]{36}$/.test(href));
  if (!leadHref) throw new Error('No demo lead found on the lead list.');
  await page.goto(new URL(leadHref, baseUrl).toString());
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: 'public/screenshots/lead-detail.png' });
  console.log('saved public/screenshots/lead-detail.png');

  // The home page last: it shows the product shots above (served from a build that includes them).
  await page.context().clearCookies();
  for (const { path, file } of PUBLIC_PAGES) await shoot(page, baseUrl, path, file);
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
