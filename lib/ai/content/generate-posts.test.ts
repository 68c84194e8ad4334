import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db';
import { contentPosts, type orgs, type users } from '@/db/schema';
import { generateStrategy } from '@/lib/ai/strategy/generate-strategy';
import type { AiProvider } from '@/lib/providers/ai';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { createManualPosts, promptText, providerOf, scriptedModel, setBusinessProfile } from '@/tests/helpers/marketing-studio';
import { generatePostsSchema, type GeneratePostsInput } from './content-schemas';
import { prepareBatch, runBatch, type GenerateEvent } from './generate-posts';
import { postLength } from './platform-limits';
import { deletePost } from './posts';

const model = vi.hoisted(() => ({ provider: undefined as AiProvider | undefined }));
vi.mock('@/lib/ai/workspace-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/ai/workspace-model')>();
  return { ...actual, getWorkspaceModel: (db: Db, args: Parameters<typeof actual.getWorkspaceModel>[1]) => actual.getWorkspaceModel(db, args, { provider: model.provider }) };
});

const testDb = setupTestDatabase();
let owner: typeof users.$inferSelect;
let org: typeof orgs.$inferSelect;
const ctx = () => ctxFor(testDb.db, org, owner, 'owner');
const drafts = () => testDb.db.select().from(contentPosts).where(eq(contentPosts.orgId, org.id));

async function generate(input: Partial<GeneratePostsInput>): Promise<GenerateEvent[]> {
  const batch = await prepareBatch(ctx(), generatePostsSchema.parse({ platform: 'linkedin', count: 1, ...input }));
  const events: GenerateEvent[] = [];
  for await (const event of runBatch(batch)) events.push(event);
  return events;
}

beforeEach(async () => {
  model.provider = undefined;
  owner = await createTestUser(testDb.db);
  org = await createTestOrg(testDb.db, owner, { plan: 'pro' });
  await setBusinessProfile(testDb.db, org.id);
});

describe('a batch with the offline writer', () => {
  it('saves a week of LinkedIn posts as 7 drafts, one at a time, rotating the strategy pillars', async () => {
    const strategy = await generateStrategy(ctx());
    const events = await generate({ platform: 'linkedin', count: 7 });
    expect(events.map((e) => e.type)).toEqual(['start', ...Array.from({ length: 7 }, () => ['writing', 'post']).flat(), 'done']);
    expect(events.at(-1)).toEqual({ type: 'done', created: 7, total: 7 });
    const saved = await drafts();
    expect(saved).toHaveLength(7);
    expect(new Set(saved.map((post) => post.body)).size).toBe(7);
    for (const post of saved) {
      expect(post).toMatchObject({ status: 'draft', platform: 'linkedin', generatedBy: 'offline', strategyId: strategy.id, createdById: owner.id });
      expect(postLength(post)).toBeLessThanOrEqual(3000);
    }
    const pillars = strategy.plan.pillars.map((p) => p.name);
    expect(new Set(saved.map((post) => post.pillar))).toEqual(new Set(pillars));
  });

  it('writes a second batch that does not repeat the first', async () => {
    await generate({ platform: 'linkedin', count: 3 });
    await generate({ platform: 'linkedin', count: 3 });
    expect(new Set((await drafts()).map((post) => post.body)).size).toBe(6);
  });

  it('keeps every X post within 280 characters, hashtags included, and uses the chosen pillar', async () => {
    await generate({ platform: 'x', count: 5, pillar: 'Month-end close', topic: 'why agencies should close their books every month without exception '.repeat(4) });
    const saved = await drafts();
    expect(saved).toHaveLength(5);
    for (const post of saved) {
      expect(postLength(post)).toBeLessThanOrEqual(280);
      expect(post).toMatchObject({ pillar: 'Month-end close', strategyId: null });
    }
  });
});

describe("the plan's posts per month", () => {
  it('refuses before starting (402) when the month is used up', async () => {
    const free = await createTestOrg(testDb.db, owner);
    await createManualPosts(testDb.db, free.id, 5);
    await expect(prepareBatch(ctxFor(testDb.db, free, owner, 'owner'), generatePostsSchema.parse({ platform: 'x', count: 1 }))).rejects.toMatchObject({
      code: 'limit_exceeded',
      status: 402,
      details: { upgradeUrl: '/pricing' },
    });
  });

  it('counts deleted drafts: writing, deleting and writing again does not get round the limit', async () => {
    org = await createTestOrg(testDb.db, owner); // Free: 5 posts a month
    await setBusinessProfile(testDb.db, org.id);
    expect((await generate({ platform: 'x', count: 5 })).at(-1)).toMatchObject({ type: 'done', created: 5 });
    for (const post of await drafts()) await deletePost(ctx(), { postId: post.id });
    await expect(prepareBatch(ctx(), generatePostsSchema.parse({ platform: 'x', count: 1 }))).rejects.toMatchObject({ code: 'limit_exceeded' });
    expect(await drafts()).toHaveLength(5);
  });

  it('stops mid-batch when the limit is reached, keeping what was written and saying so', async () => {
    org = await createTestOrg(testDb.db, owner); // Free: 5 posts a month
    await setBusinessProfile(testDb.db, org.id);
    await createManualPosts(testDb.db, org.id, 3);
    const events = await generate({ platform: 'linkedin', count: 7 });
    expect(events.filter((e) => e.type === 'post')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: 'limit', created: 2, message: expect.stringMatching(/^Stopped after 2 of 7: .*5 posts/) });
    expect(await drafts()).toHaveLength(5);
  });
});

describe('a batch with a model', () => {
  const longPost = { body: 'Closing the books every month keeps agencies honest about margins. '.repeat(6), hashtags: ['Agencies', 'Finance'] };

  it('asks once more with the limit restated when a post is too long, then uses the shorter answer', async () => {
    const { model: mock, calls } = scriptedModel([longPost, { body: 'Close your books monthly. Margins stop surprising you.', hashtags: ['#Agencies'] }]);
    model.provider = providerOf(mock);
    await generate({ platform: 'x', count: 1, topic: 'monthly close' });
    expect(calls).toHaveLength(2);
    expect(promptText(calls[0]!)).toContain('Topic or brief: monthly close');
    expect(promptText(calls[0]!)).not.toContain('Recent posts');
    expect(promptText(calls[1]!)).toMatch(/limit is 280 characters/);
    expect(await drafts()).toMatchObject([{ body: 'Close your books monthly. Margins stop surprising you.', hashtags: ['Agencies'], generatedBy: 'openai' }]);
  });

  it("sends back an X post within 280 characters but over X's weighted 280 (CJK counts 2)", async () => {
    const cjk = { body: '毎月の締めで利益が見える。'.repeat(15), hashtags: [] };
    const { model: mock, calls } = scriptedModel([cjk, { body: '毎月締めよう。', hashtags: [] }]);
    model.provider = providerOf(mock);
    await generate({ platform: 'x', count: 1 });
    expect([...cjk.body].length).toBeLessThanOrEqual(280);
    expect(calls).toHaveLength(2);
    expect(promptText(calls[1]!)).toMatch(/That post is 390 characters; the X limit is 280/);
    expect(await drafts()).toMatchObject([{ body: '毎月締めよう。' }]);
  });

  it('trims at a word boundary when the second answer is still too long', async () => {
    const { model: mock, calls } = scriptedModel([longPost]);
    model.provider = providerOf(mock);
    await generate({ platform: 'x', count: 1 });
    expect(calls).toHaveLength(2);
    const [post] = await drafts();
    expect(postLength(post!)).toBeLessThanOrEqual(280);
    expect(post!.body).toMatch(/\w…$/);
    expect(longPost.body.startsWith(post!.body.slice(0, -1))).toBe(true);
  });

  it('shows each prompt the openings of the posts written before it', async () => {
    const { model: mock, calls } = scriptedModel([{ body: 'First opening line.\nMore.', hashtags: [] }, { body: 'Second post.', hashtags: [] }]);
    model.provider = providerOf(mock);
    await generate({ platform: 'linkedin', count: 2 });
    expect(promptText(calls[1]!)).toMatch(/Recent posts began like this.*\n- First opening line\.$/m);
    expect(promptText(calls[1]!)).toContain('This is post 2 of 2');
  });

  it('stops at the first failure and keeps the posts written before it', async () => {
    model.provider = providerOf(scriptedModel([{ body: 'One', hashtags: [] }, 'not json at all']).model);
    const events = await generate({ platform: 'linkedin', count: 3, topic: 'x' });
    expect(events.at(-1)).toEqual({ type: 'error', created: 1, message: 'Stopped after 1 of 3: The model did not return a usable post. Try again.' });
    expect(await drafts()).toHaveLength(1);
  });
});
