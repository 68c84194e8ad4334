import type { LanguageModelV4Middleware, LanguageModelV4StreamPart, LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { Db } from '@/db';
import type { AiFeature } from '@/db/schema';
import { log } from '@/lib/log';
import { recordAiUsage, usageMonth } from './usage';

/** Set by the cache middleware on answers it replayed, so usage counts them as cached requests. */
export const CACHE_METADATA_KEY = 'beacon';

export function isCachedAnswer(metadata: SharedV4ProviderMetadata | undefined): boolean {
  return metadata?.[CACHE_METADATA_KEY]?.cached === true;
}

type UsageTarget = { orgId: string; feature: AiFeature };

async function record(db: Db, target: UsageTarget, now: Date, usage: LanguageModelV4Usage | undefined, cached: boolean) {
  try {
    await recordAiUsage(db, {
      ...target,
      month: usageMonth(now),
      inputTokens: usage?.inputTokens.total ?? 0,
      outputTokens: usage?.outputTokens.total ?? 0,
      cached,
    });
  } catch (error) {
    // The answer already exists: losing one usage row must not fail it for the person waiting.
    log.error({ err: error, orgId: target.orgId, feature: target.feature }, 'recording AI usage failed');
  }
}

/** Adds every model call's tokens (or one cached request) to the workspace's month for the feature. */
export function createUsageMiddleware(db: Db, target: UsageTarget, now: () => Date): LanguageModelV4Middleware {
  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate }) => {
      const result = await doGenerate();
      await record(db, target, now(), result.usage, isCachedAnswer(result.providerMetadata));
      return result;
    },
    wrapStream: async ({ doStream }) => {
      const { stream, ...rest } = await doStream();
      let finish: Extract<LanguageModelV4StreamPart, { type: 'finish' }> | undefined;
      const counter = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          if (part.type === 'finish') finish = part;
          controller.enqueue(part);
        },
        // A stream that broke before its finish still was a request; its tokens are unknown.
        flush: () => record(db, target, now(), finish?.usage, isCachedAnswer(finish?.providerMetadata)),
      });
      return { stream: stream.pipeThrough(counter), ...rest };
    },
  };
}
