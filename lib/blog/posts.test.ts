import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLogs, blogPosts, blogPostSlugRedirects } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createStaffActor, insertBlogPost, minutesFromNow } from '@/tests/helpers/blog';
import { createTestUser } from '@/tests/helpers/factories';
import { createPost, deletePost, updatePost, type BlogActor } from './posts';

const testDb = setupTestDatabase();
let actor: BlogActor;

beforeEach(async () => {
  await truncateAll(testDb.db);
  ({ actor } = await createStaffActor(testDb.db));
});

const auditActions = async (postId: string) =>
  (await testDb.db.select({ action: auditLogs.action, actorType: auditLogs.actorType }).from(auditLogs).where(eq(auditLogs.targetId, postId))).map((row) => row.action).sort();
const redirectsOf = async (postId: string) =>
  (await testDb.db.select({ slug: blogPostSlugRedirects.slug }).from(blogPostSlugRedirects).where(eq(blogPostSlugRedirects.postId, postId))).map((row) => row.slug).sort();

describe('createPost', () => {
  it('creates a draft with a slug from the title, the actor as author, and an audit row', async () => {
    const post = await createPost(testDb.db, actor, { title: 'Ten Growth Ideas!', body: '# Hi', tags: ['SEO'] });
    expect(post).toMatchObject({ slug: 'ten-growth-ideas', status: 'draft', publishedAt: null, authorId: actor.userId, tags: ['seo'] });
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.targetId, post.id));
    expect(audit).toMatchObject({ action: 'blog.post.create', actorType: 'staff', actorUserId: actor.userId, ip: '203.0.113.9', orgId: null });
  });

  it('numbers auto slugs taken by another post or by another post’s old slug', async () => {
    await insertBlogPost(testDb.db, { slug: 'launch' });
    const other = await insertBlogPost(testDb.db, { slug: 'something-else' });
    await testDb.db.insert(blogPostSlugRedirects).values({ slug: 'launch-2', postId: other.id });
    const post = await createPost(testDb.db, actor, { title: 'Launch' });
    expect(post.slug).toBe('launch-3');
  });

  it('never derives a reserved slug', async () => {
    expect((await createPost(testDb.db, actor, { title: 'Page' })).slug).toBe('page-2');
  });

  it('refuses an explicit slug that is taken (by a post or a redirect) as a conflict on the slug field', async () => {
    const other = await insertBlogPost(testDb.db, { slug: 'taken' });
    await testDb.db.insert(blogPostSlugRedirects).values({ slug: 'old-taken', postId: other.id });
    for (const slug of ['taken', 'old-taken']) {
      const error = await expectAppError(createPost(testDb.db, actor, { title: 'x', slug }), 'conflict');
      expect(error.details).toEqual({ field: 'slug' });
    }
    expect(await testDb.db.$count(blogPosts)).toBe(1);
  });

  it('stamps publish now, or the chosen time when scheduled, and audits publishing', async () => {
    const now = new Date('2030-01-01T10:00:00Z');
    const published = await createPost(testDb.db, actor, { title: 'Now', status: 'published' }, now);
    expect(published.publishedAt).toEqual(now);
    expect(await auditActions(published.id)).toEqual(['blog.post.create', 'blog.post.publish']);
    const at = minutesFromNow(90);
    const scheduled = await createPost(testDb.db, actor, { title: 'Later', status: 'scheduled', publishAt: at });
    expect(scheduled).toMatchObject({ status: 'scheduled', publishedAt: at });
  });

  it('requires the author to be an active staff member', async () => {
    const customer = await createTestUser(testDb.db);
    const error = await expectAppError(createPost(testDb.db, actor, { title: 'x', authorId: customer.id }), 'unprocessable');
    expect(error.details).toEqual({ field: 'authorId' });
    const { user: otherStaff } = await createStaffActor(testDb.db, 'Other');
    expect((await createPost(testDb.db, actor, { title: 'x', authorId: otherStaff.id })).authorId).toBe(otherStaff.id);
  });
});

describe('updatePost', () => {
  it('keeps the slug when none is sent and returns the previous snapshot', async () => {
    const post = await createPost(testDb.db, actor, { title: 'First', tags: ['a'] });
    const { post: saved, before } = await updatePost(testDb.db, actor, { postId: post.id, title: 'Renamed', tags: ['b'] });
    expect(saved).toMatchObject({ slug: 'first', title: 'Renamed', tags: ['b'] });
    expect(before).toEqual({ slug: 'first', tags: ['a'], status: 'draft', title: 'First', authorId: actor.userId });
    expect(saved.updatedAt.getTime()).toBeGreaterThanOrEqual(post.updatedAt.getTime());
  });

  it('leaves fields it was not sent as they were, publication included', async () => {
    const at = minutesFromNow(60);
    const post = await createPost(testDb.db, actor, { title: 'x', excerpt: 'Short', body: 'Long', tags: ['t'], seoTitle: 'S', status: 'scheduled', publishAt: at });
    const { post: saved } = await updatePost(testDb.db, actor, { postId: post.id, title: 'New title' });
    expect(saved).toMatchObject({ title: 'New title', excerpt: 'Short', body: 'Long', tags: ['t'], seoTitle: 'S', status: 'scheduled', publishedAt: at });
    const { post: cleared } = await updatePost(testDb.db, actor, { postId: post.id, title: 'New title', seoTitle: '', tags: [] });
    expect(cleared).toMatchObject({ seoTitle: null, tags: [], excerpt: 'Short' });
  });

  it('keeps the old slug as a redirect, and drops the redirect when the post takes that slug back', async () => {
    const post = await createPost(testDb.db, actor, { title: 'x', slug: 'one' });
    await updatePost(testDb.db, actor, { postId: post.id, title: 'x', slug: 'two' });
    await updatePost(testDb.db, actor, { postId: post.id, title: 'x', slug: 'three' });
    expect(await redirectsOf(post.id)).toEqual(['one', 'two']);
    const { post: back } = await updatePost(testDb.db, actor, { postId: post.id, title: 'x', slug: 'one' });
    expect(back.slug).toBe('one');
    expect(await redirectsOf(post.id)).toEqual(['three', 'two']);
  });

  it('refuses another post’s slug or old slug', async () => {
    const a = await createPost(testDb.db, actor, { title: 'x', slug: 'alpha' });
    await updatePost(testDb.db, actor, { postId: a.id, title: 'x', slug: 'alpha-2' });
    const b = await createPost(testDb.db, actor, { title: 'x', slug: 'beta' });
    for (const slug of ['alpha', 'alpha-2']) {
      const error = await expectAppError(updatePost(testDb.db, actor, { postId: b.id, title: 'x', slug }), 'conflict');
      expect(error.details).toEqual({ field: 'slug' });
    }
    const [stillB] = await testDb.db.select().from(blogPosts).where(eq(blogPosts.id, b.id));
    expect(stillB?.slug).toBe('beta');
  });

  it('keeps the original date when editing a live post; unpublishing clears it; publish audits once', async () => {
    const t0 = new Date('2030-01-01T10:00:00Z');
    const post = await createPost(testDb.db, actor, { title: 'x', status: 'published' }, t0);
    const { post: edited } = await updatePost(testDb.db, actor, { postId: post.id, title: 'y', status: 'published' }, new Date('2030-01-02T10:00:00Z'));
    expect(edited.publishedAt).toEqual(t0);
    const { post: draft } = await updatePost(testDb.db, actor, { postId: post.id, title: 'y', status: 'draft' });
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null });
    const actions = await auditActions(post.id);
    expect(actions.filter((action) => action === 'blog.post.publish')).toHaveLength(1);
    expect(actions.filter((action) => action === 'blog.post.update')).toHaveLength(2);
  });

  it('publishing a scheduled post early stamps now', async () => {
    const post = await createPost(testDb.db, actor, { title: 'x', status: 'scheduled', publishAt: minutesFromNow(60) });
    const now = new Date();
    const { post: live } = await updatePost(testDb.db, actor, { postId: post.id, title: 'x', status: 'published' }, now);
    expect(live).toMatchObject({ status: 'published', publishedAt: now });
  });

  it('answers not_found for an unknown or malformed id', async () => {
    await expectAppError(updatePost(testDb.db, actor, { postId: crypto.randomUUID(), title: 'x' }), 'not_found');
    await expectAppError(deletePost(testDb.db, actor, 'not-a-uuid'), 'not_found');
  });
});

describe('deletePost', () => {
  it('deletes the post and its redirects, audits, and returns what it was', async () => {
    const post = await createPost(testDb.db, actor, { title: 'x', slug: 'gone', tags: ['t'] });
    await updatePost(testDb.db, actor, { postId: post.id, title: 'x', slug: 'gone-2' });
    const deleted = await deletePost(testDb.db, actor, post.id);
    expect(deleted).toEqual({ id: post.id, slug: 'gone-2', tags: ['t'], status: 'draft', title: 'x', authorId: actor.userId });
    expect(await testDb.db.$count(blogPosts)).toBe(0);
    expect(await testDb.db.$count(blogPostSlugRedirects)).toBe(0);
    const [audit] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.targetId, post.id), eq(auditLogs.action, 'blog.post.delete')));
    expect(audit?.metadata).toMatchObject({ slug: 'gone-2', title: 'x' });
  });
});
