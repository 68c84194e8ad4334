import { beforeEach, describe, expect, it, vi } from 'vitest';
import { orgs } from '@/db/schema';
import { getAiProvider } from '@/lib/providers/ai';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { recordAiUsage, usageMonth } from './usage';
import { getAiUsageOverview } from './usage-overview';

vi.mock('@/lib/providers/ai/offline/composers', () => ({ OFFLINE_COMPOSERS: {} }));

const testDb = setupTestDatabase();
const NOW = new Date('2026-05-31T23:30:00Z');
let org: typeof orgs.$inferSelect;

beforeEach(async () => {
  org = await createTestOrg(testDb.db, await createTestUser(testDb.db));
});

describe('usage', () => {
  it('uses the UTC month', () => {
    expect(usageMonth(NOW)).toBe('2026-05');
    expect(usageMonth(new Date('2026-06-01T00:00:00Z'))).toBe('2026-06');
  });

  it('adds concurrent requests up, counting cached ones without tokens', async () => {
    const base = { orgId: org.id, feature: 'reply' as const, month: '2026-05', inputTokens: 100, outputTokens: 40 };
    await Promise.all([
      recordAiUsage(testDb.db, { ...base, cached: false }),
      recordAiUsage(testDb.db, { ...base, cached: false }),
      recordAiUsage(testDb.db, { ...base, cached: true }),
    ]);
    const overview = await getAiUsageOverview(testDb.db, { org, now: NOW }, getAiProvider({}));
    expect(overview.features.find((row) => row.feature === 'reply')).toEqual({
      feature: 'reply', inputTokens: 200, outputTokens: 80, totalTokens: 280, requests: 3, cachedRequests: 1,
    });
    expect([overview.used, overview.requests, overview.cachedRequests]).toEqual([280, 3, 1]);
  });
});

describe('getAiUsageOverview', () => {
  it('shows the provider, models, plan allowance and zero rows for unused features', async () => {
    const overview = await getAiUsageOverview(testDb.db, { org, now: NOW }, getAiProvider({ AI_BASE_URL: 'http://127.0.0.1:11434/v1', AI_MODEL_CHAT: 'qwen3' }));
    expect(overview.provider).toEqual({ kind: 'openai-compatible', models: { chat: 'qwen3', reply: 'qwen3', strategy: 'llama3.1', content: 'llama3.1' } });
    expect(overview).toMatchObject({ planName: 'Free', month: '2026-05', allowance: 100_000, used: 0, level: 'ok', upgradeUrl: '/pricing' });
    expect(overview.resetsAt.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(overview.features.map((row) => [row.feature, row.requests])).toEqual([['chat', 0], ['strategy', 0], ['content', 0], ['reply', 0]]);
  });

  it('warns near the allowance and says when it is used up', async () => {
    await recordAiUsage(testDb.db, { orgId: org.id, feature: 'chat', month: '2026-05', inputTokens: 80_000, outputTokens: 0, cached: false });
    expect((await getAiUsageOverview(testDb.db, { org, now: NOW }, getAiProvider({}))).level).toBe('near');
    await recordAiUsage(testDb.db, { orgId: org.id, feature: 'content', month: '2026-05', inputTokens: 0, outputTokens: 20_000, cached: false });
    expect((await getAiUsageOverview(testDb.db, { org, now: NOW }, getAiProvider({}))).level).toBe('over');
    expect((await getAiUsageOverview(testDb.db, { org: { ...org, plan: 'pro' }, now: NOW }, getAiProvider({}))).level).toBe('ok');
  });
});
