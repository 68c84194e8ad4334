import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import sitemap from './sitemap';

const testDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
  process.env.APP_URL = 'https://crm.example.com/';
});
beforeEach(async () => {
  await truncateAll(testDb.db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sitemap.xml', () => {
  it('lists the fixed pages, published posts and their tags, but no drafts or future posts', async () => {
    const published = await insertBlogPost(testDb.db, { slug: 'hello', status: 'published', publishedAt: minutesFromNow(-10), tags: ['news'] });
    await insertBlogPost(testDb.db, { slug: 'secret-draft', status: 'draft', tags: ['hidden'] });
    await insertBlogPost(testDb.db, { slug: 'coming-soon', status: 'scheduled', publishedAt: minutesFromNow(60), tags: ['later'] });

    const entries = await sitemap();
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://crm.example.com/',
      'https://crm.example.com/pricing',
      'https://crm.example.com/blog',
      'https://crm.example.com/contact',
      'https://crm.example.com/legal/privacy',
      'https://crm.example.com/legal/terms',
      'https://crm.example.com/blog/hello',
      'https://crm.example.com/blog/tags/news',
    ]);
    const post = entries.find((entry) => entry.url.endsWith('/blog/hello'));
    expect(post?.lastModified).toEqual(published.updatedAt > published.publishedAt! ? published.updatedAt : published.publishedAt);
    expect(entries.find((entry) => entry.url.endsWith('/blog'))?.lastModified).toEqual(published.publishedAt);
  });

  it('still lists the fixed pages when the blog is empty', async () => {
    expect(await sitemap()).toHaveLength(6);
  });

  it('lists only the fixed pages while `next build` prerenders it, without reading the database', async () => {
    await insertBlogPost(testDb.db, { slug: 'hello', status: 'published', publishedAt: minutesFromNow(-10), tags: ['news'] });
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    vi.stubEnv('DATABASE_URL', ''); // as when building without a database: any query would throw
    const entries = await sitemap();
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://crm.example.com/',
      'https://crm.example.com/pricing',
      'https://crm.example.com/blog',
      'https://crm.example.com/contact',
      'https://crm.example.com/legal/privacy',
      'https://crm.example.com/legal/terms',
    ]);
    vi.unstubAllEnvs();
    expect(await sitemap()).toHaveLength(8);
  });
});
