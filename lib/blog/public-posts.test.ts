import { beforeEach, describe, expect, it } from 'vitest';
import { blogPostSlugRedirects } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createStaffActor, insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import { getPublishedPostBySlug, listFeedPosts, listPublishedPosts, listPublishedTags, listSitemapPosts } from './public-posts';

const testDb = setupTestDatabase();
const now = new Date('2030-06-01T12:00:00Z');

beforeEach(async () => {
  await truncateAll(testDb.db);
});

/** One post per visibility case, named after it. */
async function seedVisibilityCases() {
  const { user } = await createStaffActor(testDb.db, 'Ada Writer');
  const live = await insertBlogPost(testDb.db, { slug: 'live', status: 'published', publishedAt: minutesFromNow(-60, now), tags: ['growth', 'seo'], authorId: user.id });
  const due = await insertBlogPost(testDb.db, { slug: 'due', status: 'scheduled', publishedAt: minutesFromNow(-1, now), tags: ['growth'] });
  const future = await insertBlogPost(testDb.db, { slug: 'future', status: 'scheduled', publishedAt: minutesFromNow(30, now), tags: ['secret'] });
  const draft = await insertBlogPost(testDb.db, { slug: 'draft', status: 'draft', tags: ['secret'] });
  // A draft that once had a date (unpublished) must stay hidden too.
  const unpublished = await insertBlogPost(testDb.db, { slug: 'unpublished', status: 'draft', publishedAt: minutesFromNow(-600, now) });
  return { live, due, future, draft, unpublished };
}

describe('public blog queries', () => {
  it('lists only posts that are not drafts and whose time has come, newest first', async () => {
    await seedVisibilityCases();
    const page = await listPublishedPosts(testDb.db, { now });
    expect(page.items.map((post) => post.slug)).toEqual(['due', 'live']);
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.items[1]).toMatchObject({ authorName: 'Ada Writer', tags: ['growth', 'seo'] });
    expect(page.items[1]!.publishedAt).toBeInstanceOf(Date);
  });

  it('shows a scheduled post once its time passes, without any status change', async () => {
    const { future } = await seedVisibilityCases();
    expect(await getPublishedPostBySlug(testDb.db, 'future', now)).toBeNull();
    const later = minutesFromNow(31, now);
    const found = await getPublishedPostBySlug(testDb.db, 'future', later);
    expect(found).toMatchObject({ post: { id: future.id, slug: 'future' } });
    expect((await listPublishedPosts(testDb.db, { now: later })).items.map((post) => post.slug)).toEqual(['future', 'due', 'live']);
  });

  it('paginates with page numbers and filters by tag', async () => {
    for (let i = 0; i < 5; i++) await insertBlogPost(testDb.db, { slug: `p${i}`, status: 'published', publishedAt: minutesFromNow(-10 + i, now), tags: i % 2 ? ['odd'] : [] });
    const second = await listPublishedPosts(testDb.db, { page: 2, pageSize: 2, now });
    expect(second.items.map((post) => post.slug)).toEqual(['p2', 'p1']);
    expect(second).toMatchObject({ total: 5, pageCount: 3 });
    const odd = await listPublishedPosts(testDb.db, { tag: 'odd', now });
    expect(odd.items.map((post) => post.slug)).toEqual(['p3', 'p1']);
    expect((await listPublishedPosts(testDb.db, { page: 9, now })).items).toEqual([]);
  });

  it('answers a visible post, a redirect for an old slug, or null', async () => {
    const { live, draft } = await seedVisibilityCases();
    await testDb.db.insert(blogPostSlugRedirects).values([
      { slug: 'old-live', postId: live.id },
      { slug: 'old-draft', postId: draft.id },
    ]);
    const found = await getPublishedPostBySlug(testDb.db, 'live', now);
    expect(found && 'post' in found ? found.post : null).toMatchObject({ title: 'A post', body: 'Hello **world**.', authorName: 'Ada Writer' });
    expect(await getPublishedPostBySlug(testDb.db, 'old-live', now)).toEqual({ redirectTo: 'live' });
    expect(await getPublishedPostBySlug(testDb.db, 'old-draft', now)).toBeNull();
    expect(await getPublishedPostBySlug(testDb.db, 'draft', now)).toBeNull();
    expect(await getPublishedPostBySlug(testDb.db, 'unpublished', now)).toBeNull();
    expect(await getPublishedPostBySlug(testDb.db, 'nope', now)).toBeNull();
    expect(await getPublishedPostBySlug(testDb.db, 'x'.repeat(200), now)).toBeNull();
  });

  it('lists the tags of visible posts only, with counts', async () => {
    await seedVisibilityCases();
    expect(await listPublishedTags(testDb.db, now)).toEqual([
      { tag: 'growth', count: 2, lastPublishedAt: minutesFromNow(-1, now) },
      { tag: 'seo', count: 1, lastPublishedAt: minutesFromNow(-60, now) },
    ]);
  });

  it('gives the sitemap and the feed the visible posts only', async () => {
    await seedVisibilityCases();
    expect((await listSitemapPosts(testDb.db, now)).map((post) => post.slug)).toEqual(['due', 'live']);
    const feed = await listFeedPosts(testDb.db, { now, limit: 1 });
    expect(feed.map((post) => post.slug)).toEqual(['due']);
    expect(feed[0]).toHaveProperty('body');
  });
});
