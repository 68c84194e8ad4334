import type { LanguageModelV4Middleware, LanguageModelV4StreamPart, LanguageModelV4Usage, SharedV4ProviderMetadata } from '@ai-sdk/provider';
import type { Db } from '@/db';
import type { AiFeature } from '@/db/schema';
import { log } from '@/lib/log';
import { safeAiError } from './safe-ai-error';
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
    log.error({ err: safeAiError(error), orgId: target.orgId, feature: target.feature }, 'recording AI usage failed');
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
      return { stream: countStream(stream, (finish) => record(db, target, now(), finish?.usage, isCachedAnswer(finish?.providerMetadata))), ...rest };
    },
  };
}

type FinishPart = Extract<LanguageModelV4StreamPart, { type: 'finish' }>;

/**
 * Passes a stream through and calls `onEnd` exactly once: when it finishes, when it errors and when the reader
 * cancels it. A stream that breaks or is abandoned before its finish part still was a request (its tokens are
 * unknown, so none are counted). A TransformStream's flush would run only on a clean end.
 */
function countStream(stream: ReadableStream<LanguageModelV4StreamPart>, onEnd: (finish: FinishPart | undefined) => Promise<void>) {
  const reader = stream.getReader();
  let finish: FinishPart | undefined;
  let ended = false;
  // A read still pending when the reader cancels settles afterwards: the controller is closed by then.
  let cancelled = false;
  const end = async () => {
    if (ended) return;
    ended = true;
    await onEnd(finish);
  };
  return new ReadableStream<LanguageModelV4StreamPart>({
    async pull(controller) {
      let next: ReadableStreamReadResult<LanguageModelV4StreamPart>;
      try {
        next = await reader.read();
      } catch (error) {
        await end();
        if (!cancelled) controller.error(error);
        return;
      }
      if (cancelled) return;
      if (next.done) {
        await end();
        controller.close();
        return;
      }
      if (next.value.type === 'finish') finish = next.value;
      controller.enqueue(next.value);
    },
    async cancel(reason) {
      cancelled = true;
      await end();
      await reader.cancel(reason);
    },
  });
}
