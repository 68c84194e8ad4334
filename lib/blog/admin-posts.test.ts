import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { blogPosts } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createStaffActor, insertBlogPost } from '@/tests/helpers/blog';
import { createTestUser } from '@/tests/helpers/factories';
import { getPostForAdmin, listPostsForAdmin, listStaffAuthors } from './admin-posts';

const testDb = setupTestDatabase();

beforeEach(async () => {
  await truncateAll(testDb.db);
});

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 0, minute));

describe('staff blog queries', () => {
  it('lists every status, most recently edited first, filtered by status and title, paginated', async () => {
    await insertBlogPost(testDb.db, { title: 'Launch notes', status: 'draft', updatedAt: at(1) });
    await insertBlogPost(testDb.db, { title: 'Pricing launch', status: 'published', publishedAt: at(0), updatedAt: at(3) });
    await insertBlogPost(testDb.db, { title: 'Roadmap', status: 'scheduled', publishedAt: at(500), updatedAt: at(2) });
    await insertBlogPost(testDb.db, { title: '100% _real_ post', status: 'draft', updatedAt: at(0) });

    const all = await listPostsForAdmin(testDb.db);
    expect(all.items.map((post) => post.title)).toEqual(['Pricing launch', 'Roadmap', 'Launch notes', '100% _real_ post']);
    expect(all).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect((await listPostsForAdmin(testDb.db, { status: 'draft' })).items.map((post) => post.title)).toEqual(['Launch notes', '100% _real_ post']);
    expect((await listPostsForAdmin(testDb.db, { q: 'LAUNCH' })).items.map((post) => post.title)).toEqual(['Pricing launch', 'Launch notes']);
    // % and _ are matched literally, not as wildcards.
    expect((await listPostsForAdmin(testDb.db, { q: '100%' })).total).toBe(1);
    expect((await listPostsForAdmin(testDb.db, { q: 'h_' })).total).toBe(0);
    const second = await listPostsForAdmin(testDb.db, { page: 2, pageSize: 3 });
    expect(second.items.map((post) => post.title)).toEqual(['100% _real_ post']);
    expect(second).toMatchObject({ total: 4, pageCount: 2 });
  });

  it('gets one post with its author name, and 404s unknown ids', async () => {
    const { user } = await createStaffActor(testDb.db, 'Grace');
    const post = await insertBlogPost(testDb.db, { authorId: user.id });
    expect(await getPostForAdmin(testDb.db, post.id)).toMatchObject({ id: post.id, authorName: 'Grace', authorEmail: user.email });
    await expectAppError(getPostForAdmin(testDb.db, crypto.randomUUID()), 'not_found');
    await expectAppError(getPostForAdmin(testDb.db, 'nope'), 'not_found');
  });

  it('offers active staff members as authors', async () => {
    const { user: staff } = await createStaffActor(testDb.db, 'Active');
    await createStaffActor(testDb.db, 'Disabled').then(({ user }) => testDb.db.execute(sql`update users set disabled_at = now() where id = ${user.id}`));
    await createTestUser(testDb.db, { name: 'Customer' });
    expect(await listStaffAuthors(testDb.db)).toEqual([{ id: staff.id, name: 'Active', email: staff.email }]);
    expect(await testDb.db.$count(blogPosts)).toBe(0);
  });
});
