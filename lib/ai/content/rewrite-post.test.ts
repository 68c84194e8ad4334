import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db';
import { contentPosts, type ContentPost, type orgs, type users } from '@/db/schema';
import type { AiProvider } from '@/lib/providers/ai';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { promptText, providerOf, scriptedModel, setBusinessProfile } from '@/tests/helpers/marketing-studio';
import { postLength } from './platform-limits';
import { getPostQuota } from './post-quota';
import { deletePost, getPost, listPosts, replaceDraftText, updatePost } from './posts';
import { improvePost, regeneratePost } from './rewrite-post';

const model = vi.hoisted(() => ({ provider: undefined as AiProvider | undefined }));
vi.mock('@/lib/ai/workspace-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/ai/workspace-model')>();
  return { ...actual, getWorkspaceModel: (db: Db, args: Parameters<typeof actual.getWorkspaceModel>[1]) => actual.getWorkspaceModel(db, args, { provider: model.provider }) };
});

const testDb = setupTestDatabase();
let owner: typeof users.$inferSelect;
let org: typeof orgs.$inferSelect;
let other: typeof orgs.$inferSelect;
let post: ContentPost;
const ctx = () => ctxFor(testDb.db, org, owner, 'owner');
const otherCtx = () => ctxFor(testDb.db, other, owner, 'owner');
const reload = async (id = post.id) => (await testDb.db.select().from(contentPosts).where(eq(contentPosts.id, id)))[0];
const BODY = 'We are glad to assist agencies with their books. It is easy to start. Therefore, we do not charge for setup.';

beforeEach(async () => {
  model.provider = undefined;
  owner = await createTestUser(testDb.db);
  org = await createTestOrg(testDb.db, owner);
  other = await createTestOrg(testDb.db, owner);
  await setBusinessProfile(testDb.db, org.id);
  [post] = (await testDb.db.insert(contentPosts).values({ orgId: org.id, platform: 'x', pillar: 'Tips', body: BODY, hashtags: ['Agencies'] }).returning()) as [ContentPost];
});

describe('improvePost', () => {
  it('rewrites the body following the feedback with the offline writer, within the platform limit', async () => {
    const improved = await improvePost(ctx(), { postId: post.id, feedback: 'More casual, and add a question' });
    expect(improved.body).not.toBe(BODY);
    expect(improved.body).toMatch(/^We're glad to help agencies.*\?$/s);
    expect(improved).toMatchObject({ generatedBy: 'offline', hashtags: ['Agencies'], platform: 'x' });
    expect(postLength(improved)).toBeLessThanOrEqual(280);
  });

  it('sends the post and the feedback to a model (the optimisation prompt)', async () => {
    const { model: mock, calls } = scriptedModel([{ body: 'Setup is free. Start today?', hashtags: ['Agencies'] }]);
    model.provider = providerOf(mock);
    const improved = await improvePost(ctx(), { postId: post.id, feedback: 'shorter' });
    expect(improved).toMatchObject({ body: 'Setup is free. Start today?', generatedBy: 'openai' });
    expect(calls[0]!.prompt[0]).toMatchObject({ role: 'system', content: expect.stringMatching(/Optimise the post/) });
    expect(promptText(calls[0]!)).toContain('Feedback: shorter');
  });
});

describe('regeneratePost', () => {
  it('replaces the body with a different one', async () => {
    const first = await regeneratePost(ctx(), { postId: post.id });
    expect(first.body).not.toBe(BODY);
    const second = await regeneratePost(ctx(), { postId: post.id });
    expect(second.body).not.toBe(first.body);
    expect(second.pillar).toBe('Tips');
  });
});

describe('editing and deleting drafts', () => {
  it('saves an edit that fits and refuses one over the X limit on the body field', async () => {
    expect(await updatePost(ctx(), { postId: post.id, body: 'Short and sweet.', hashtags: ['#Books', 'books'] })).toMatchObject({ body: 'Short and sweet.', hashtags: ['Books'] });
    await expect(updatePost(ctx(), { postId: post.id, body: 'x'.repeat(281), hashtags: [] })).rejects.toMatchObject({ code: 'bad_request', details: { field: 'body' } });
  });

  it('changes only drafts', async () => {
    await testDb.db.update(contentPosts).set({ status: 'scheduled' }).where(eq(contentPosts.id, post.id));
    await expect(improvePost(ctx(), { postId: post.id, feedback: 'shorter' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(updatePost(ctx(), { postId: post.id, body: 'New', hashtags: [] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it("refuses another workspace's post id everywhere (not found) and leaves it as it was", async () => {
    const input = { postId: post.id };
    await expect(improvePost(otherCtx(), { ...input, feedback: 'shorter' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(regeneratePost(otherCtx(), input)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updatePost(otherCtx(), { ...input, body: 'Hijacked', hashtags: [] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deletePost(otherCtx(), input)).rejects.toMatchObject({ code: 'not_found' });
    expect(await reload()).toMatchObject({ body: BODY, status: 'draft' });
    expect((await listPosts(testDb.db, { orgId: other.id, limit: 20 })).items).toEqual([]);
  });

  it('deletes a draft: gone from the list and from every change, but kept for the month’s allowance', async () => {
    expect(await deletePost(ctx(), { postId: post.id })).toEqual({ id: post.id });
    expect(await reload()).toMatchObject({ body: BODY, deletedAt: expect.any(Date) });
    expect((await listPosts(testDb.db, { orgId: org.id, limit: 20 })).items).toEqual([]);
    await expect(getPost(testDb.db, { orgId: org.id, postId: post.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updatePost(ctx(), { postId: post.id, body: 'Back', hashtags: [] })).rejects.toMatchObject({ code: 'not_found' });
    await expect(improvePost(ctx(), { postId: post.id, feedback: 'shorter' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(regeneratePost(ctx(), { postId: post.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(deletePost(ctx(), { postId: post.id })).rejects.toMatchObject({ code: 'not_found' });
    // A rewrite that started before the delete does not bring it back.
    await expect(replaceDraftText(testDb.db, { orgId: org.id, postId: post.id, body: 'Late', hashtags: [] })).rejects.toMatchObject({ code: 'conflict' });
    expect((await getPostQuota(testDb.db, { orgId: org.id, plan: org.plan, now: new Date() })).used).toBe(1);
  });

  it('refuses to delete a scheduled or published post, saying only drafts can be', async () => {
    for (const status of ['scheduled', 'published'] as const) {
      await testDb.db.update(contentPosts).set({ status }).where(eq(contentPosts.id, post.id));
      await expect(deletePost(ctx(), { postId: post.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^Only drafts can be deleted/) });
      expect(await reload()).toMatchObject({ status, deletedAt: null });
    }
  });

  it('refuses an X edit over 280 as X counts it (emoji count 2), with the rule in the message', async () => {
    const emoji = '🚀'.repeat(150);
    await expect(updatePost(ctx(), { postId: post.id, body: emoji, hashtags: [] })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^An X post is at most 280 .*emoji/) });
    expect(await updatePost(ctx(), { postId: post.id, body: '🚀'.repeat(140), hashtags: [] })).toMatchObject({ body: '🚀'.repeat(140) });
  });
});

describe('listPosts', () => {
  it('filters by platform and pages newest first', async () => {
    await testDb.db.insert(contentPosts).values(Array.from({ length: 4 }, (_, i) => ({ orgId: org.id, platform: 'linkedin' as const, body: `LinkedIn ${i}`, createdAt: new Date(Date.now() + i * 1000) })));
    const first = await listPosts(testDb.db, { orgId: org.id, platform: 'linkedin', limit: 3 });
    expect(first.items.map((p) => p.body)).toEqual(['LinkedIn 3', 'LinkedIn 2', 'LinkedIn 1']);
    const next = await listPosts(testDb.db, { orgId: org.id, platform: 'linkedin', limit: 3, cursor: first.nextCursor! });
    expect(next).toMatchObject({ items: [{ body: 'LinkedIn 0' }], nextCursor: null });
    expect((await listPosts(testDb.db, { orgId: org.id, platform: 'x', limit: 20 })).items.map((p) => p.id)).toEqual([post.id]);
  });
});
