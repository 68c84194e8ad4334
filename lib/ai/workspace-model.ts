import type { LanguageModelV4 } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import type { Db } from '@/db';
import type { AiProviderKind } from '@/db/schema';
import { getAiProvider, type AiProvider, type AiTask } from '@/lib/providers/ai';
import { createCacheMiddleware } from './cache-middleware';
import { assertAiTokensAvailable, createLimitMiddleware, type AiOrg } from './limits';
import { createUsageMiddleware } from './usage-middleware';

export type WorkspaceModel = { model: LanguageModelV4; provider: AiProviderKind; modelId: string };

/** Seams for tests: another provider (a mock model, a fake server) and a fixed clock. */
export type WorkspaceModelDeps = { provider?: AiProvider; now?: () => Date };

/**
 * The model a workspace uses for a task, ready for `generateText`/`streamText`. Throws a 402 AppError when
 * the month's AI tokens are used up. Every call through it is checked against the allowance again, answered
 * from the 24-hour prompt cache when an identical request was made, and counted in `ai_usage` for the task.
 */
export async function getWorkspaceModel(
  db: Db,
  { org, task }: { org: AiOrg; task: AiTask },
  deps: WorkspaceModelDeps = {},
): Promise<WorkspaceModel> {
  const provider = deps.provider ?? getAiProvider();
  const now = deps.now ?? (() => new Date());
  await assertAiTokensAvailable(db, { org, now: now() });
  const model = wrapLanguageModel({
    model: provider.languageModel(task),
    // Outermost first: the limit check, then usage (which sees whether the cache answered), then the cache.
    middleware: [
      createLimitMiddleware(db, org, now),
      createUsageMiddleware(db, { orgId: org.id, feature: task }, now),
      createCacheMiddleware(db, { orgId: org.id, now }),
    ],
  });
  return { model, provider: provider.kind, modelId: provider.modelIdFor(task) };
}
