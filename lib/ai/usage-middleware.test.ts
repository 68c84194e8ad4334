import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { eq } from 'drizzle-orm';
import { wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { beforeEach, describe, expect, it } from 'vitest';
import { aiUsage, orgs } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { createUsageMiddleware } from './usage-middleware';

const testDb = setupTestDatabase();
const NOW = new Date('2026-05-10T12:00:00Z');
const CALL: LanguageModelV4CallOptions = { prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] };
const TEXT: LanguageModelV4StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Hello' },
];
const FINISH: LanguageModelV4StreamPart = {
  type: 'finish',
  finishReason: { unified: 'stop', raw: undefined },
  usage: { inputTokens: { total: 7, noCache: 7, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 3, text: 3, reasoning: undefined } },
};

let org: typeof orgs.$inferSelect;
beforeEach(async () => {
  org = await createTestOrg(testDb.db, await createTestUser(testDb.db));
});

/** A model whose stream sends `parts`, then errors (when `failWith` is given) or ends. */
function modelStreaming(parts: LanguageModelV4StreamPart[], failWith?: Error) {
  const mock = new MockLanguageModelV4({
    doStream: async () => ({
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          if (failWith) controller.error(failWith);
          else controller.close();
        },
      }),
    }),
  });
  return wrapLanguageModel({ model: mock, middleware: createUsageMiddleware(testDb.db, { orgId: org.id, feature: 'content' }, () => NOW) });
}

async function usage() {
  return testDb.db.select({ requests: aiUsage.requests, inputTokens: aiUsage.inputTokens, outputTokens: aiUsage.outputTokens }).from(aiUsage).where(eq(aiUsage.orgId, org.id));
}

async function drain(stream: ReadableStream<LanguageModelV4StreamPart>) {
  const reader = stream.getReader();
  for (;;) if ((await reader.read()).done) return;
}

describe('the usage middleware on streams', () => {
  it('counts a finished stream with its tokens', async () => {
    const { stream } = await modelStreaming([...TEXT, FINISH]).doStream(CALL);
    await drain(stream);
    expect(await usage()).toEqual([{ requests: 1, inputTokens: 7, outputTokens: 3 }]);
  });

  it('counts a stream that errors before its finish as a request, once, and passes the error on', async () => {
    const { stream } = await modelStreaming(TEXT, new Error('connection reset')).doStream(CALL);
    await expect(drain(stream)).rejects.toThrow('connection reset');
    expect(await usage()).toEqual([{ requests: 1, inputTokens: 0, outputTokens: 0 }]);
  });

  it('counts a stream its reader cancels, once', async () => {
    const { stream } = await modelStreaming(TEXT).doStream(CALL);
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel('client left');
    expect(await usage()).toEqual([{ requests: 1, inputTokens: 0, outputTokens: 0 }]);
  });
});
