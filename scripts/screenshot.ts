// Takes the README's screenshots from a running Beacon: `npx tsx scripts/screenshot.ts [baseUrl]`.
import { chromium } from '@playwright/test';
import { findChromium } from '@/e2e/find-chromium';

const PAGES = [{ path: '/', file: 'docs/screenshot-home.png' }];

async function main() {
  const baseUrl = process.argv[2] ?? 'http://localhost:3000';
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  for (const { path, file } of PAGES) {
    await page.goto(new URL(path, baseUrl).toString(), { waitUntil: 'networkidle' });
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
