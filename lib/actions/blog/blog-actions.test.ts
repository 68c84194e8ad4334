import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, blogPosts, type User } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createStaffActor, minutesFromNow } from '@/tests/helpers/blog';
import { createTestUser } from '@/tests/helpers/factories';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { createBlogPostAction } from './create-post';
import { deleteBlogPostAction } from './delete-post';
import { updateBlogPostAction } from './update-post';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'beacon.test', 'x-forwarded-for': '198.51.100.7', 'user-agent': 'vitest', 'x-request-id': 'req-actions' }),
}));
const sessionUser = vi.mocked(getSessionUser);
const revalidated = vi.mocked(revalidatePath);
const testDb = setupTestDatabase();
let staff: User;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  revalidated.mockClear();
  ({ user: staff } = await createStaffActor(testDb.db));
  sessionUser.mockResolvedValue(asSession(staff));
});

const revalidatedPaths = () => revalidated.mock.calls.map((call) => call.join(' ')).sort();
// Route patterns as revalidatePath takes them: the app/ folder path, route group included.
const NUMBERED_PAGES = ['/(marketing)/blog/page/[page] page', '/(marketing)/blog/tags/[tag]/page/[page] page'];
const TAG_PAGES = '/(marketing)/blog/tags/[tag] page';
const POSTS_AND_CARDS = '/(marketing)/blog/[slug] layout';

describe('blog post actions', () => {
  it('create: saves a draft, audits with the request details, refreshes only the staff list', async () => {
    const result = await createBlogPostAction({ title: 'Hello World', body: 'Hi', tags: ['News'] });
    expect(result.data).toMatchObject({ slug: 'hello-world', status: 'draft' });
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.targetId, result.data!.id));
    expect(audit).toMatchObject({ action: 'blog.post.create', actorUserId: staff.id, ip: '198.51.100.7', requestId: 'req-actions' });
    expect(revalidatedPaths()).toEqual(['/admin/blog']);
  });

  it('update: publishing under a new slug invalidates the blog pages it touches and the route patterns, never the whole site', async () => {
    const created = await createBlogPostAction({ title: 'Draft', slug: 'first', tags: ['old-tag'] });
    revalidated.mockClear();
    const result = await updateBlogPostAction({ postId: created.data!.id, title: 'Live', slug: 'second', tags: ['new-tag'], status: 'published' });
    expect(result.data).toMatchObject({ slug: 'second', status: 'published' });
    expect(revalidatedPaths()).toEqual(
      [
        '/blog', '/blog/first', '/blog/second', '/blog/tags/new-tag', '/blog/tags/old-tag', '/rss.xml', '/sitemap.xml',
        ...NUMBERED_PAGES, TAG_PAGES, POSTS_AND_CARDS,
      ].sort(),
    );
  });

  it('update: a body edit of a live post leaves other tags and other posts cached', async () => {
    const created = await createBlogPostAction({ title: 'Live', tags: ['news'], status: 'published' });
    revalidated.mockClear();
    await updateBlogPostAction({ postId: created.data!.id, title: 'Live', body: 'New body' });
    expect(revalidatedPaths()).toEqual(['/blog', '/blog/live', '/blog/tags/news', '/rss.xml', '/sitemap.xml', ...NUMBERED_PAGES].sort());
    // A new title is on the post's social card, which only its segment's layout form reaches.
    revalidated.mockClear();
    await updateBlogPostAction({ postId: created.data!.id, title: 'Renamed' });
    expect(revalidatedPaths()).toContain(POSTS_AND_CARDS);
    expect(revalidatedPaths()).not.toContain(TAG_PAGES);
  });

  it('names route patterns that exist in app/', () => {
    for (const pattern of [...NUMBERED_PAGES, TAG_PAGES]) {
      expect(existsSync(path.join('app', pattern.replace(/ page$/, ''), 'page.tsx')), pattern).toBe(true);
    }
    expect(existsSync(path.join('app', POSTS_AND_CARDS.replace(/ layout$/, ''), 'opengraph-image.tsx'))).toBe(true);
  });

  it('puts schema and domain errors on their fields', async () => {
    const invalid = await createBlogPostAction({ title: '', slug: 'page', status: 'scheduled', publishAt: minutesFromNow(-5) });
    expect(Object.keys(invalid.validationErrors?.fieldErrors ?? {}).sort()).toEqual(['publishAt', 'slug', 'title']);

    await createBlogPostAction({ title: 'x', slug: 'taken' });
    const taken = await createBlogPostAction({ title: 'y', slug: 'taken' });
    expect(taken.validationErrors?.fieldErrors.slug).toEqual(['Another post already uses this slug (or used it before). Choose another one.']);

    const customer = await createTestUser(testDb.db);
    const badAuthor = await createBlogPostAction({ title: 'z', authorId: customer.id });
    expect(badAuthor.validationErrors?.fieldErrors.authorId).toEqual(['The author must be a staff member.']);
    expect(await testDb.db.$count(blogPosts)).toBe(1);
  });

  it('delete: removes the post and invalidates its public pages when it was public', async () => {
    const created = await createBlogPostAction({ title: 'Bye', tags: ['t'], status: 'published' });
    revalidated.mockClear();
    const result = await deleteBlogPostAction({ postId: created.data!.id });
    expect(result.data).toEqual({ id: created.data!.id });
    expect(await testDb.db.$count(blogPosts)).toBe(0);
    expect(revalidatedPaths()).toEqual(['/blog', '/blog/bye', '/blog/tags/t', '/rss.xml', '/sitemap.xml', ...NUMBERED_PAGES, TAG_PAGES, POSTS_AND_CARDS].sort());
    const missing = await deleteBlogPostAction({ postId: created.data!.id });
    expect(missing.serverError).toBe('Post not found.');
  });

  it('answers "Not found." to signed-in users who are not staff, and changes nothing', async () => {
    const created = await createBlogPostAction({ title: 'Mine' });
    const customer = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue(asSession(customer));
    expect((await createBlogPostAction({ title: 'x' })).serverError).toBe('Not found.');
    expect((await updateBlogPostAction({ postId: created.data!.id, title: 'Hacked' })).serverError).toBe('Not found.');
    expect((await deleteBlogPostAction({ postId: created.data!.id })).serverError).toBe('Not found.');
    sessionUser.mockResolvedValue(null);
    expect((await createBlogPostAction({ title: 'x' })).serverError).toBe('Your session has ended. Sign in again.');
    const [post] = await testDb.db.select().from(blogPosts);
    expect(post?.title).toBe('Mine');
  });
});
