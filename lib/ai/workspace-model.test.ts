import type { LanguageModelV4 } from '@ai-sdk/provider';
import { and, eq } from 'drizzle-orm';
import { generateText, simulateReadableStream, streamText, tool } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { aiCache, aiUsage, orgs } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { AiProvider } from '@/lib/providers/ai';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { offlineOptions } from './offline-options';
import { getWorkspaceModel } from './workspace-model';

vi.mock('@/lib/providers/ai/offline/composers', () => ({ OFFLINE_COMPOSERS: {} }));

const testDb = setupTestDatabase();
const NOW = new Date('2026-05-10T12:00:00Z');
const USAGE = {
  inputTokens: { total: 30, noCache: 30, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 12, text: 12, reasoning: undefined },
};

function mockModel(text = 'Follow up with Ana today.') {
  return new MockLanguageModelV4({
    doGenerate: async () => ({ content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: undefined }, usage: USAGE, warnings: [] }),
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks: [
          { type: 'text-start', id: 't' },
          ...text.split(/(?<= )/).map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
          { type: 'text-end', id: 't' },
          { type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage: USAGE },
        ],
      }),
    }),
  });
}

function providerOf(model: LanguageModelV4): AiProvider {
  return { kind: 'openai-compatible', modelIdFor: () => model.modelId, languageModel: () => model };
}

let org: typeof orgs.$inferSelect;
let clock: Date;
const now = () => clock;

beforeEach(async () => {
  clock = NOW;
  const owner = await createTestUser(testDb.db);
  org = await createTestOrg(testDb.db, owner);
});

async function usageRows() {
  return testDb.db
    .select({ feature: aiUsage.feature, month: aiUsage.month, inputTokens: aiUsage.inputTokens, outputTokens: aiUsage.outputTokens, requests: aiUsage.requests, cachedRequests: aiUsage.cachedRequests })
    .from(aiUsage)
    .where(eq(aiUsage.orgId, org.id));
}

describe('getWorkspaceModel', () => {
  it('answers an identical generate call from the cache and counts it as a cached request', async () => {
    const mock = mockModel();
    const { model, provider, modelId } = await getWorkspaceModel(testDb.db, { org, task: 'strategy' }, { provider: providerOf(mock), now });
    expect([provider, modelId]).toEqual(['openai-compatible', 'mock-model-id']);

    const first = await generateText({ model, prompt: 'What next?' });
    const second = await generateText({ model, prompt: 'What next?' });
    expect(second.text).toBe(first.text);
    expect(mock.doGenerateCalls).toHaveLength(1);
    expect(second.usage.inputTokens).toBe(0);
    expect(second.providerMetadata?.beacon).toEqual({ cached: true });
    expect(await usageRows()).toEqual([{ feature: 'strategy', month: '2026-05', inputTokens: 30, outputTokens: 12, requests: 2, cachedRequests: 1 }]);

    await generateText({ model, prompt: 'Something else?' });
    expect(mock.doGenerateCalls).toHaveLength(2);
  });

  it('replays a cached stream', async () => {
    const mock = mockModel('Three leads are waiting for a reply.');
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'content' }, { provider: providerOf(mock), now });
    const read = async () => {
      const result = streamText({ model, prompt: 'Status?', providerOptions: offlineOptions('content', { leads: 3 }) });
      const chunks: string[] = [];
      for await (const chunk of result.textStream) chunks.push(chunk);
      return chunks;
    };
    const first = await read();
    const second = await read();
    expect(second).toEqual(first);
    expect(second.join('')).toBe('Three leads are waiting for a reply.');
    expect(mock.doStreamCalls).toHaveLength(1);
    expect(await usageRows()).toEqual([{ feature: 'content', month: '2026-05', inputTokens: 30, outputTokens: 12, requests: 2, cachedRequests: 1 }]);
  });

  it('keys the cache by workspace data in providerOptions and by the output mode', async () => {
    const mock = mockModel();
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'content' }, { provider: providerOf(mock), now });
    await generateText({ model, prompt: 'Hi', providerOptions: offlineOptions('content', { leads: 1 }) });
    await generateText({ model, prompt: 'Hi', providerOptions: offlineOptions('content', { leads: 2 }) });
    expect(mock.doGenerateCalls).toHaveLength(2);
    await streamText({ model, prompt: 'Hi', providerOptions: offlineOptions('content', { leads: 1 }) }).consumeStream();
    expect(mock.doStreamCalls).toHaveLength(1);
  });

  it('keys the cache by the server: the same model name elsewhere is asked again', async () => {
    const mock = mockModel();
    const on = (server: string) => getWorkspaceModel(testDb.db, { org, task: 'content' }, { provider: providerOf(mock), now, server });
    await generateText({ model: (await on('openai-compatible:http://localhost:11434/v1')).model, prompt: 'Hi' });
    await generateText({ model: (await on('openai-compatible:http://gpu-box:8000/v1')).model, prompt: 'Hi' });
    expect(mock.doGenerateCalls).toHaveLength(2);
    await generateText({ model: (await on('openai-compatible:http://localhost:11434/v1')).model, prompt: 'Hi' });
    expect(mock.doGenerateCalls).toHaveLength(2);
  });

  it('never caches chat turns, but still counts them', async () => {
    const mock = mockModel();
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'chat' }, { provider: providerOf(mock), now });
    await generateText({ model, prompt: 'What next?' });
    await generateText({ model, prompt: 'What next?' });
    await streamText({ model, prompt: 'What next?' }).consumeStream();
    await streamText({ model, prompt: 'What next?' }).consumeStream();
    expect([mock.doGenerateCalls.length, mock.doStreamCalls.length]).toEqual([2, 2]);
    expect(await testDb.db.select().from(aiCache).where(eq(aiCache.orgId, org.id))).toEqual([]);
    expect(await usageRows()).toEqual([{ feature: 'chat', month: '2026-05', inputTokens: 120, outputTokens: 48, requests: 4, cachedRequests: 0 }]);
  });

  it('ignores an expired answer, replaces it, and prunes expired rows on write', async () => {
    const mock = mockModel();
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'content' }, { provider: providerOf(mock), now });
    await generateText({ model, prompt: 'Old question' });
    await generateText({ model, prompt: 'Another question' });
    clock = new Date(NOW.getTime() + 25 * 60 * 60 * 1000);
    await generateText({ model, prompt: 'Old question' });
    expect(mock.doGenerateCalls).toHaveLength(3);
    const rows = await testDb.db.select({ expiresAt: aiCache.expiresAt }).from(aiCache).where(eq(aiCache.orgId, org.id));
    // The replaced row lives on; the other expired one was pruned by the write.
    expect(rows.map((row) => row.expiresAt.toISOString())).toEqual(['2026-05-12T13:00:00.000Z']);
  });

  it('does not cache tool calls', async () => {
    const mock = new MockLanguageModelV4({
      doGenerate: async () => ({
        content: [{ type: 'tool-call', toolCallId: 'call-1', toolName: 'lookUp', input: '{"q":"Ana"}' }],
        finishReason: { unified: 'tool-calls', raw: undefined },
        usage: USAGE,
        warnings: [],
      }),
    });
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'content' }, { provider: providerOf(mock), now });
    const tools = { lookUp: tool({ inputSchema: z.object({ q: z.string() }) }) };
    await generateText({ model, tools, prompt: 'Find Ana' });
    await generateText({ model, tools, prompt: 'Find Ana' });
    expect(mock.doGenerateCalls).toHaveLength(2);
    expect(await testDb.db.select().from(aiCache).where(eq(aiCache.orgId, org.id))).toHaveLength(0);
  });

  it('refuses with a 402 naming the limit once the month’s tokens are used', async () => {
    await testDb.db.insert(aiUsage).values([
      { orgId: org.id, month: '2026-05', feature: 'chat', inputTokens: 60_000, outputTokens: 30_000, requests: 10 },
      { orgId: org.id, month: '2026-05', feature: 'strategy', inputTokens: 6_000, outputTokens: 4_000, requests: 1 },
      { orgId: org.id, month: '2026-04', feature: 'chat', inputTokens: 500_000, outputTokens: 0, requests: 1 },
    ]);
    const error = await getWorkspaceModel(testDb.db, { org, task: 'reply' }, { provider: providerOf(mockModel()), now }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(402);
    expect((error as AppError).code).toBe('limit_exceeded');
    expect((error as AppError).message).toContain('100,000 AI tokens');
    expect((error as AppError).details).toMatchObject({ limit: 'aiTokensPerMonth', used: 100_000, allowance: 100_000, upgradeUrl: '/pricing' });

    // Next month the allowance starts again; a bigger plan has room already.
    clock = new Date('2026-06-01T00:00:00Z');
    await expect(getWorkspaceModel(testDb.db, { org, task: 'reply' }, { provider: providerOf(mockModel()), now })).resolves.toBeDefined();
    clock = NOW;
    await expect(getWorkspaceModel(testDb.db, { org: { ...org, plan: 'pro' }, task: 'reply' }, { provider: providerOf(mockModel()), now })).resolves.toBeDefined();
  });

  it('stops a handed-out model once a call uses up the allowance', async () => {
    await testDb.db.insert(aiUsage).values({ orgId: org.id, month: '2026-05', feature: 'chat', inputTokens: 99_990, outputTokens: 0, requests: 1 });
    const mock = mockModel();
    const { model } = await getWorkspaceModel(testDb.db, { org, task: 'chat' }, { provider: providerOf(mock), now });
    await generateText({ model, prompt: 'First' });
    await expect(generateText({ model, prompt: 'Second', maxRetries: 0 })).rejects.toMatchObject({ code: 'limit_exceeded' });
    expect(mock.doGenerateCalls).toHaveLength(1);
  });

  it('runs the offline writer through the same cache and usage', async () => {
    const { model, provider, modelId } = await getWorkspaceModel(testDb.db, { org, task: 'strategy' }, { now });
    expect([provider, modelId]).toEqual(['offline', 'beacon-offline-writer']);
    const first = await generateText({ model, prompt: 'Who are you?' });
    const second = await generateText({ model, prompt: 'Who are you?' });
    expect(second.text).toBe(first.text);
    const [row] = await testDb.db.select().from(aiUsage).where(and(eq(aiUsage.orgId, org.id), eq(aiUsage.feature, 'strategy')));
    expect(row).toMatchObject({ requests: 2, cachedRequests: 1, outputTokens: Math.ceil(first.text.length / 4) });
  });
});
