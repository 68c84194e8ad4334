import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createStaffActor, insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import { GET } from './route';

const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
  process.env.APP_URL = 'https://crm.example.com';
});
beforeEach(async () => {
  await truncateAll(testDb.db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GET /rss.xml', () => {
  it('is RSS 2.0 with published posts only, full sanitised HTML and absolute links', async () => {
    const { user } = await createStaffActor(testDb.db, 'Ada');
    await insertBlogPost(testDb.db, {
      slug: 'hello',
      title: 'Hello <world>',
      excerpt: 'First post',
      body: '# Hi\n\n<script>alert(1)</script>\n\n[pricing](/pricing) ![chart](/uploads/x.png) [ext](//other.example)',
      status: 'published',
      publishedAt: minutesFromNow(-10),
      tags: ['news'],
      authorId: user.id,
      coverImageUrl: `/uploads/${'a'.repeat(64)}.png`,
    });
    await insertBlogPost(testDb.db, { slug: 'secret-draft', title: 'Secret draft', status: 'draft' });
    await insertBlogPost(testDb.db, { slug: 'coming-soon', title: 'Coming soon', status: 'scheduled', publishedAt: minutesFromNow(60) });

    const response = await GET();
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
    expect(xml).toContain('<link>https://crm.example.com/blog/hello</link>');
    expect(xml).toContain('<title><![CDATA[Hello <world>]]></title>');
    expect(xml).toContain('<h1>Hi</h1>');
    expect(xml).toContain('<a href="https://crm.example.com/pricing">pricing</a>');
    expect(xml).toContain('<img src="https://crm.example.com/uploads/x.png" alt="chart">');
    expect(xml).toContain('href="//other.example"');
    expect(xml).not.toContain('alert(1)');
    expect(xml).toContain('https://crm.example.com/uploads/');
    expect(xml).not.toContain('secret-draft');
    expect(xml).not.toContain('coming-soon');
  });

  it('is an empty channel while `next build` prerenders it, without reading the database', async () => {
    await insertBlogPost(testDb.db, { slug: 'hello', status: 'published', publishedAt: minutesFromNow(-10) });
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    vi.stubEnv('DATABASE_URL', ''); // as when building without a database: any query would throw
    const xml = await (await GET()).text();
    expect(xml).toContain('<link>https://crm.example.com/blog</link>');
    expect(xml).not.toContain('<item>');
    vi.unstubAllEnvs();
    expect(await (await GET()).text()).toContain('<link>https://crm.example.com/blog/hello</link>');
  });
});
