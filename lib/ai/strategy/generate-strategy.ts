import { generateText, Output } from 'ai';
import type { MarketingStrategy } from '@/db/schema';
import { getBusinessProfile } from '@/lib/ai/business-profile';
import { toProfileContext } from '@/lib/ai/content/offline-context';
import { toGenerationError } from '@/lib/ai/generation-errors';
import { offlineOptions } from '@/lib/ai/offline-options';
import { getWorkspaceModel } from '@/lib/ai/workspace-model';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { buildStrategyPrompt, isProfileEmpty, STRATEGY_SYSTEM_PROMPT } from './strategy-prompt';
import { strategyPlanSchema } from './strategy-schemas';
import { getActiveStrategy, saveStrategyVersion } from './strategy-versions';

type GenerateCtx = Pick<Ctx, 'db' | 'org' | 'user'>;

// Like posts and replies: a stuck model must not hold the person's click (and a server slot) for ever.
const STRATEGY_TIMEOUT_MS = 60_000;

/**
 * Writes a strategy from the business profile with the workspace's model and saves it as the new active
 * version (earlier versions stay, inactive). Refuses while the profile is empty: there is nothing to plan from.
 */
export async function generateStrategy(
  ctx: GenerateCtx,
  { abortSignal, timeoutMs = STRATEGY_TIMEOUT_MS }: { abortSignal?: AbortSignal; timeoutMs?: number } = {},
): Promise<MarketingStrategy> {
  const [rawProfile, current] = await Promise.all([getBusinessProfile(ctx.db, ctx.org.id), getActiveStrategy(ctx.db, { orgId: ctx.org.id })]);
  const profile = toProfileContext(rawProfile);
  if (isProfileEmpty(profile)) {
    throw new AppError('bad_request', 'Fill in your business profile first: what you do, your industry or your audience.', {
      details: { profileUrl: `/app/${ctx.org.slug}/settings/business` },
    });
  }
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'strategy' });
  const timeout = AbortSignal.timeout(timeoutMs);
  let plan;
  try {
    const result = await generateText({
      model,
      instructions: STRATEGY_SYSTEM_PROMPT,
      prompt: buildStrategyPrompt(profile, current),
      output: Output.object({ schema: strategyPlanSchema }),
      providerOptions: offlineOptions('strategy', { profile }),
      abortSignal: abortSignal ? AbortSignal.any([abortSignal, timeout]) : timeout,
    });
    plan = result.output;
  } catch (error) {
    if (timeout.aborted) throw new AppError('unavailable', 'The AI model took too long to write the strategy. Try again in a minute.', { cause: error });
    throw toGenerationError(error, 'strategy');
  }
  return saveStrategyVersion(ctx.db, { orgId: ctx.org.id, plan, source: 'ai', provider, createdById: ctx.user?.id ?? null });
}

/** A plan written (or edited) by a person: saved as a new manual version and made active. */
export async function saveManualStrategy(ctx: GenerateCtx, { plan }: { plan: MarketingStrategy['plan'] }): Promise<MarketingStrategy> {
  return saveStrategyVersion(ctx.db, { orgId: ctx.org.id, plan, source: 'manual', provider: null, createdById: ctx.user?.id ?? null });
}
