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

describe('blog post actions', () => {
  it('create: saves a draft, audits with the request details, refreshes only the staff list', async () => {
    const result = await createBlogPostAction({ title: 'Hello World', body: 'Hi', tags: ['News'] });
    expect(result.data).toMatchObject({ slug: 'hello-world', status: 'draft' });
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.targetId, result.data!.id));
    expect(audit).toMatchObject({ action: 'blog.post.create', actorUserId: staff.id, ip: '198.51.100.7', requestId: 'req-actions' });
    expect(revalidatedPaths()).toEqual(['/admin/blog']);
  });

  it('update: publishing under a new slug invalidates the index, both slugs, tags, sitemap, feed and the layout', async () => {
    const created = await createBlogPostAction({ title: 'Draft', slug: 'first', tags: ['old-tag'] });
    revalidated.mockClear();
    const result = await updateBlogPostAction({ postId: created.data!.id, title: 'Live', slug: 'second', tags: ['new-tag'], status: 'published' });
    expect(result.data).toMatchObject({ slug: 'second', status: 'published' });
    expect(revalidatedPaths()).toEqual(
      ['/ layout', '/blog', '/blog/first', '/blog/second', '/blog/tags/new-tag', '/blog/tags/old-tag', '/rss.xml', '/sitemap.xml'].sort(),
    );
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
    expect(revalidatedPaths()).toContain('/blog/bye');
    expect(revalidatedPaths()).toContain('/ layout');
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
