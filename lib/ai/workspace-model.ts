import type { LanguageModelV4 } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import type { Db } from '@/db';
import type { AiProviderKind } from '@/db/schema';
import { env } from '@/lib/env';
import { getAiProvider, type AiProvider, type AiTask } from '@/lib/providers/ai';
import { aiServerFingerprint } from './cache-key';
import { createCacheMiddleware } from './cache-middleware';
import { assertAiTokensAvailable, createLimitMiddleware, type AiOrg } from './limits';
import { createUsageMiddleware } from './usage-middleware';

export type WorkspaceModel = { model: LanguageModelV4; provider: AiProviderKind; modelId: string };

/**
 * Seams for tests: another provider (a mock model, a fake server), a fixed clock, and the server the provider
 * stands for in cache keys (by default the configured one).
 */
export type WorkspaceModelDeps = { provider?: AiProvider; now?: () => Date; server?: string };

/**
 * Chat turns skip the cache: each prompt carries the request's clock, so it would never hit, and every turn
 * would leave a row of lead data in `ai_cache` for a day.
 */
const UNCACHED_TASKS: ReadonlySet<AiTask> = new Set(['chat']);

/**
 * The model a workspace uses for a task, ready for `generateText`/`streamText`. Throws a 402 AppError when
 * the month's AI tokens are used up. Every call through it is checked against the allowance again, answered
 * from the 24-hour prompt cache when an identical request was made (not for chat), and counted in `ai_usage`
 * for the task.
 */
export async function getWorkspaceModel(
  db: Db,
  { org, task }: { org: AiOrg; task: AiTask },
  deps: WorkspaceModelDeps = {},
): Promise<WorkspaceModel> {
  const provider = deps.provider ?? getAiProvider();
  const now = deps.now ?? (() => new Date());
  await assertAiTokensAvailable(db, { org, now: now() });
  const server = deps.server ?? aiServerFingerprint(provider.kind, { baseUrl: env.AI_BASE_URL, openAiBaseUrl: process.env.OPENAI_BASE_URL });
  const model = wrapLanguageModel({
    model: provider.languageModel(task),
    // Outermost first: the limit check, then usage (which sees whether the cache answered), then the cache.
    middleware: [
      createLimitMiddleware(db, org, now),
      createUsageMiddleware(db, { orgId: org.id, feature: task }, now),
      ...(UNCACHED_TASKS.has(task) ? [] : [createCacheMiddleware(db, { orgId: org.id, server, now })]),
    ],
  });
  return { model, provider: provider.kind, modelId: provider.modelIdFor(task) };
}
