import { MockLanguageModelV4 } from 'ai/test';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db';
import { marketingStrategies, type orgs, type users } from '@/db/schema';
import type { AiProvider } from '@/lib/providers/ai';
import { composeStrategyPlan } from '@/lib/providers/ai/offline/composers/strategy';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { promptText, providerOf, scriptedModel, setBusinessProfile } from '@/tests/helpers/marketing-studio';
import { generateStrategy, saveManualStrategy } from './generate-strategy';
import { strategyPlanSchema } from './strategy-schemas';
import { activateStrategy, listStrategyVersions } from './strategy-versions';

const model = vi.hoisted(() => ({ provider: undefined as AiProvider | undefined }));
vi.mock('@/lib/ai/workspace-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/ai/workspace-model')>();
  return { ...actual, getWorkspaceModel: (db: Db, args: Parameters<typeof actual.getWorkspaceModel>[1]) => actual.getWorkspaceModel(db, args, { provider: model.provider }) };
});

const testDb = setupTestDatabase();
let owner: typeof users.$inferSelect;
let org: typeof orgs.$inferSelect;
const ctx = () => ctxFor(testDb.db, org, owner, 'owner');
const activeVersions = async () =>
  (await testDb.db.select().from(marketingStrategies).where(eq(marketingStrategies.orgId, org.id))).filter((row) => row.isActive).map((row) => row.version);

beforeEach(async () => {
  model.provider = undefined;
  owner = await createTestUser(testDb.db);
  org = await createTestOrg(testDb.db, owner);
  await setBusinessProfile(testDb.db, org.id);
});

describe('generateStrategy with the offline writer', () => {
  it('saves a schema-valid plan from the business profile as active version 1', async () => {
    const strategy = await generateStrategy(ctx());
    expect(strategy).toMatchObject({ version: 1, isActive: true, source: 'ai', provider: 'offline', createdById: owner.id });
    expect(strategyPlanSchema.parse(strategy.plan)).toEqual(strategy.plan);
    expect(strategy.plan.platforms[0]!.platform).toBe('linkedin');
    expect(strategy.plan.summary).toContain('agency founders');
  });

  it('keeps every earlier version when regenerating, with exactly one active', async () => {
    await generateStrategy(ctx());
    const second = await generateStrategy(ctx());
    expect(second).toMatchObject({ version: 2, isActive: true });
    expect(await activeVersions()).toEqual([2]);
    const versions = await listStrategyVersions(testDb.db, { orgId: org.id });
    expect(versions.map((v) => [v.version, v.isActive, v.source])).toEqual([[2, true, 'ai'], [1, false, 'ai']]);
  });

  it('refuses while the business profile says nothing to plan from', async () => {
    const emptyOrg = await createTestOrg(testDb.db, owner);
    await expect(generateStrategy(ctxFor(testDb.db, emptyOrg, owner, 'owner'))).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/business profile/) });
  });
});

describe('strategy versions', () => {
  it('saves a hand edit as a new manual version and can make an earlier version active again', async () => {
    const first = await generateStrategy(ctx());
    const edited = { ...first.plan, tone: 'Plain and warm' };
    const manual = await saveManualStrategy(ctx(), { plan: edited });
    expect(manual).toMatchObject({ version: 2, isActive: true, source: 'manual', provider: null, plan: edited });
    expect((await activateStrategy(testDb.db, { orgId: org.id, strategyId: first.id })).isActive).toBe(true);
    expect(await activeVersions()).toEqual([1]);
  });

  it('numbers versions saved at the same moment one after another', async () => {
    const plan = composeStrategyPlan({ name: 'Acme', description: 'x', industry: '', audience: '', goals: '', voice: '' });
    await Promise.all([1, 2, 3, 4].map(() => saveManualStrategy(ctx(), { plan })));
    const versions = await listStrategyVersions(testDb.db, { orgId: org.id });
    expect(versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(versions.filter((v) => v.isActive)).toHaveLength(1);
  });

  it("does not activate another workspace's version", async () => {
    const theirs = await generateStrategy(ctx());
    const other = await createTestOrg(testDb.db, owner);
    await expect(activateStrategy(testDb.db, { orgId: other.id, strategyId: theirs.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(await activeVersions()).toEqual([1]);
  });
});

describe('generateStrategy with a model', () => {
  const plan = composeStrategyPlan({ name: 'Mocked', description: 'Payroll for clinics', industry: 'health', audience: 'clinic owners', goals: 'leads', voice: 'formal' });

  it("validates the model's structured output and records the provider", async () => {
    const { model: mock, calls } = scriptedModel([plan]);
    model.provider = providerOf(mock);
    const strategy = await generateStrategy(ctx());
    expect(strategy).toMatchObject({ provider: 'openai', plan });
    expect(calls[0]!.responseFormat).toMatchObject({ type: 'json' });
    expect(promptText(calls[0]!)).toContain('Audience: agency founders');
  });

  it('gives up on a model that does not answer in time, saving nothing', async () => {
    const hanging = new MockLanguageModelV4({
      doGenerate: ({ abortSignal }) => new Promise((_, reject) => abortSignal?.addEventListener('abort', () => reject(abortSignal.reason))),
    });
    model.provider = providerOf(hanging);
    await expect(generateStrategy(ctx(), { timeoutMs: 20 })).rejects.toMatchObject({ code: 'unavailable', message: 'The AI model took too long to write the strategy. Try again in a minute.' });
    expect(await listStrategyVersions(testDb.db, { orgId: org.id })).toEqual([]);
  });

  it('saves nothing when the output breaks the schema (two pillars)', async () => {
    model.provider = providerOf(scriptedModel([{ ...plan, pillars: plan.pillars.slice(0, 2) }]).model);
    await expect(generateStrategy(ctx())).rejects.toMatchObject({ code: 'unavailable', message: 'The model did not return a usable strategy. Try again.' });
    expect(await listStrategyVersions(testDb.db, { orgId: org.id })).toEqual([]);
  });
});
