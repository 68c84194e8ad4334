import type {
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4Middleware,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4ProviderMetadata,
} from '@ai-sdk/provider';
import type { Db } from '@/db';
import { log } from '@/lib/log';
import { createCacheKey } from './cache-key';
import { readCachedAnswer, writeCachedAnswer } from './cache-store';
import { safeAiError } from './safe-ai-error';
import { CACHE_METADATA_KEY } from './usage-middleware';

type CachedGenerate = {
  mode: 'generate';
  content: LanguageModelV4Content[];
  finishReason: LanguageModelV4GenerateResult['finishReason'];
  providerMetadata?: SharedV4ProviderMetadata;
  response?: { id?: string; modelId?: string };
};
type CachedStream = { mode: 'stream'; parts: LanguageModelV4StreamPart[] };

// Only finished plain answers are reused. Tool calls are not: their ids must be unique per call (threads
// store them), and replaying a proposed action to another conversation would be wrong anyway.
const CACHEABLE_CONTENT = new Set<string>(['text', 'reasoning', 'source']);
const CACHEABLE_PARTS = new Set<string>([
  'stream-start', 'response-metadata', 'text-start', 'text-delta', 'text-end', 'reasoning-start', 'reasoning-delta', 'reasoning-end', 'source', 'finish',
]);

const NO_TOKENS: LanguageModelV4Usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 0, text: 0, reasoning: undefined },
};

function markCached(metadata: SharedV4ProviderMetadata | undefined): SharedV4ProviderMetadata {
  return { ...metadata, [CACHE_METADATA_KEY]: { cached: true } };
}

function isCached<T extends CachedGenerate | CachedStream>(value: unknown, mode: T['mode']): value is T {
  return typeof value === 'object' && value !== null && (value as { mode?: unknown }).mode === mode;
}

/** A cached stream, replayed part by part; the finish part says it used no tokens and came from the cache. */
function replay(parts: LanguageModelV4StreamPart[]): ReadableStream<LanguageModelV4StreamPart> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const part = parts[next];
      next += 1;
      if (!part) return controller.close();
      controller.enqueue(part.type === 'finish' ? { ...part, usage: NO_TOKENS, providerMetadata: markCached(part.providerMetadata) } : part);
    },
  });
}

type CacheScope = { orgId: string; server: string; now: () => Date };

/**
 * The 24-hour prompt cache: an identical request (same workspace, model, prompt, tools, schema, options)
 * is answered from `ai_cache` instead of the model, for `generateText` and `streamText` alike. A cache that
 * cannot be read or written is skipped, never an error for the person waiting.
 */
export function createCacheMiddleware(db: Db, { orgId, server, now }: CacheScope): LanguageModelV4Middleware {
  async function read(key: string): Promise<unknown> {
    try {
      return await readCachedAnswer(db, { orgId, key, now: now() });
    } catch (error) {
      log.warn({ err: safeAiError(error), orgId }, 'reading the AI cache failed');
      return undefined;
    }
  }
  async function write(key: string, value: CachedGenerate | CachedStream): Promise<void> {
    try {
      await writeCachedAnswer(db, { orgId, key, value: JSON.parse(JSON.stringify(value)), now: now() });
    } catch (error) {
      log.warn({ err: safeAiError(error), orgId }, 'writing the AI cache failed');
    }
  }

  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate, params, model }) => {
      const key = createCacheKey({ orgId, server, provider: model.provider, modelId: model.modelId, mode: 'generate', params });
      const hit = await read(key);
      if (isCached<CachedGenerate>(hit, 'generate')) {
        return {
          content: hit.content,
          finishReason: hit.finishReason,
          usage: NO_TOKENS,
          providerMetadata: markCached(hit.providerMetadata),
          warnings: [],
          response: { id: hit.response?.id, modelId: hit.response?.modelId },
        };
      }
      const result = await doGenerate();
      const cacheable = result.finishReason.unified === 'stop' && result.content.every((part) => CACHEABLE_CONTENT.has(part.type));
      if (cacheable) {
        const response = { id: result.response?.id, modelId: result.response?.modelId };
        await write(key, { mode: 'generate', content: result.content, finishReason: result.finishReason, providerMetadata: result.providerMetadata, response });
      }
      return result;
    },
    wrapStream: async ({ doStream, params, model }) => {
      const key = createCacheKey({ orgId, server, provider: model.provider, modelId: model.modelId, mode: 'stream', params });
      const hit = await read(key);
      if (isCached<CachedStream>(hit, 'stream')) return { stream: replay(hit.parts) };

      const { stream, ...rest } = await doStream();
      const parts: LanguageModelV4StreamPart[] = [];
      let cacheable = true;
      const recorder = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          controller.enqueue(part);
          if (part.type === 'raw') return;
          if (!CACHEABLE_PARTS.has(part.type)) cacheable = false;
          else if (part.type === 'finish' && part.finishReason.unified !== 'stop') cacheable = false;
          // The replay is a new response: it gets its own timestamp, not the original's.
          else parts.push(part.type === 'response-metadata' ? { ...part, timestamp: undefined } : part);
        },
        flush: async () => {
          if (cacheable && parts.some((part) => part.type === 'finish')) await write(key, { mode: 'stream', parts });
        },
      });
      return { stream: stream.pipeThrough(recorder), ...rest };
    },
  };
}
