import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { withDatabase } from '@/db/embedded';
import { runMigrations } from '@/db/migrations';
import { findChromium } from '@/e2e/find-chromium';
import { startBenchServer } from './server';

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const DATABASE = 'beacon_bench_web';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const SAMPLE_SLUG = 'lighthouse-sample-post';

const SAMPLE_BODY = `Small teams lose deals in the gaps between tools. This post walks through how Beacon keeps every lead in one place.

## Capture every lead

Every form on your site becomes a lead, deduplicated by email, with where the visitor came from.

- Hosted forms with an embeddable snippet
- A public endpoint that accepts JSON and form posts
- Spam protection without captchas

## Follow up on time

Scores explain themselves, and tasks keep the next step visible.

\`\`\`sh
npm install && npm run dev
\`\`\`

> The best follow-up is the one that happens.
`;

/** A benchmark-only database with one published post, so the audit sees a real article page. */
async function prepareDatabase(serverUrl: string) {
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  if ((await admin`select 1 from pg_database where datname = ${DATABASE}`).length === 0) await admin.unsafe(`create database "${DATABASE}"`);
  await admin.end();
  const url = withDatabase(serverUrl, DATABASE);
  await runMigrations(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`
    insert into blog_posts (slug, title, excerpt, body, tags, status, published_at)
    values (${SAMPLE_SLUG}, 'How small teams stop losing leads (benchmark sample)', 'A sample post for the page audit.',
            ${SAMPLE_BODY}, '{guides}', 'published', now() - interval '1 day')
    on conflict (slug) do nothing`;
  await sql.end();
  return url;
}

type LighthouseReport = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
};

const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

// Lighthouse runs as its own CLI process: its page-side functions are serialised into the browser, and the
// TypeScript runner this benchmark uses would inject helpers into them that do not exist there.
async function audit(url: string, formFactor: 'mobile' | 'desktop') {
  const args = [
    'node_modules/lighthouse/cli/index.js', url, '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: findChromium() },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as LighthouseReport;
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]));
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
    .map(([id]) => id);
  return { ...scores, lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0), failing: failing.join(' ') || '-' };
}

/**
 * Lighthouse (performance, accessibility, best practices, SEO) on the home page and a blog post, mobile
 * (Lighthouse's default throttled profile) and desktop, against the production build.
 */
export async function lighthouseAudit(serverUrl: string) {
  const databaseUrl = await prepareDatabase(serverUrl);
  const server = await startBenchServer({ databaseUrl, port: PORT });
  const rows: Record<string, unknown> = {};
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (const path of ['/', `/blog/${SAMPLE_SLUG}`]) {
      await fetch(`${base}${path}`); // the first request of an ISR page renders it; audit the cached page
      for (const formFactor of ['mobile', 'desktop'] as const) {
        rows[`${path} (${formFactor})`] = await audit(`${base}${path}`, formFactor);
      }
    }
  } finally {
    server.kill('SIGTERM');
  }
  return rows;
}
