import type { LanguageModel } from 'ai';
import type { AiProviderKind } from '@/db/schema/values';
import { toGenerationError } from '@/lib/ai/generation-errors';
import { safeAiError } from '@/lib/ai/safe-ai-error';
import { getWorkspaceModel } from '@/lib/ai/workspace-model';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import type { Ctx } from '@/lib/ctx';
import { log } from '@/lib/log';
import type { GeneratePostsInput } from './content-schemas';
import { briefFor, contentProviderOptions, loadPlatformHistory, loadWritingBackground, openingOf, type WritingBackground } from './post-brief';
import { buildPostInstructions, buildPostPrompt } from './post-prompt';
import { getPostQuota, insertDraftWithinQuota, postLimitError } from './post-quota';
import { toPostView, type PostView } from './posts';
import { writePost } from './write-post';

/** What the generate route streams, one JSON object a line. */
export type GenerateEvent =
  /** `remaining`: the month's posts left as the batch starts, fresher than the page's figure. */
  | { type: 'start'; total: number; provider: AiProviderKind; remaining: number }
  | { type: 'writing'; index: number; total: number }
  | { type: 'post'; index: number; total: number; post: PostView }
  | { type: 'stopped'; reason: 'limit'; message: string; created: number; upgradeUrl: string }
  | { type: 'error'; message: string; created: number }
  | { type: 'done'; created: number; total: number };

type BatchCtx = Pick<Ctx, 'db' | 'org' | 'user' | 'requestId'>;

export type PostBatch = {
  ctx: BatchCtx;
  input: GeneratePostsInput;
  model: LanguageModel;
  provider: AiProviderKind;
  background: WritingBackground;
  history: { recent: string[]; seed: number };
  remaining: number;
};

/**
 * Everything that can refuse a batch before it starts (no posts left this month, no AI tokens left), so
 * the route can answer those with a plain 402 instead of a stream that fails at once.
 */
export async function prepareBatch(ctx: BatchCtx, input: GeneratePostsInput): Promise<PostBatch> {
  const quota = await getPostQuota(ctx.db, { orgId: ctx.org.id, plan: ctx.org.plan, now: new Date() });
  if (quota.remaining <= 0) throw postLimitError(ctx.org);
  const [background, history] = await Promise.all([
    loadWritingBackground(ctx.db, ctx.org.id),
    loadPlatformHistory(ctx.db, { orgId: ctx.org.id, platform: input.platform }),
  ]);
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'content' });
  return { ctx, input, model, provider, background, history, remaining: quota.remaining };
}

function stoppedAtLimit(batch: PostBatch, created: number, message?: string): GenerateEvent {
  const { input, ctx } = batch;
  return {
    type: 'stopped',
    reason: 'limit',
    message: `Stopped after ${created} of ${input.count}: ${message ?? postLimitError(ctx.org).message}`,
    created,
    upgradeUrl: upgradeUrlFor(ctx.org.slug),
  };
}

/**
 * Writes the batch one post at a time, saving each as a draft the moment it is written, and reports
 * progress as it goes. Stops (saying why) when the month's posts or tokens run out, or on the first
 * failure; posts saved before that stay.
 */
export async function* runBatch(batch: PostBatch, { abortSignal }: { abortSignal?: AbortSignal } = {}): AsyncGenerator<GenerateEvent> {
  const { ctx, input, model, provider, background, history } = batch;
  const total = input.count;
  // Each post of the batch sees the openings written before it, so the batch does not repeat itself either.
  const recent = [...history.recent];
  yield { type: 'start', total, provider, remaining: batch.remaining };
  let created = 0;
  for (let index = 1; index <= total; index++) {
    if (abortSignal?.aborted) return;
    // Checked before each post so no tokens are spent on a post that could not be saved.
    const quota = await getPostQuota(ctx.db, { orgId: ctx.org.id, plan: ctx.org.plan, now: new Date() });
    if (quota.remaining <= 0) {
      yield stoppedAtLimit(batch, created);
      return;
    }
    yield { type: 'writing', index, total };
    const brief = briefFor(background, { platform: input.platform, pillar: input.pillar, topic: input.topic, index, total, recent: recent.slice(0, 5), seed: history.seed });
    let text;
    try {
      text = await writePost({
        model,
        platform: input.platform,
        instructions: buildPostInstructions(brief),
        prompt: buildPostPrompt(brief),
        providerOptions: contentProviderOptions(brief),
        abortSignal,
      });
    } catch (error) {
      if (abortSignal?.aborted) return;
      const failure = toGenerationError(error, 'post');
      if (failure.code === 'limit_exceeded') {
        yield stoppedAtLimit(batch, created, failure.message);
        return;
      }
      // Never the error itself: the AI SDK's errors carry the whole prompt (the business profile, the brief).
      if (failure.status >= 500) log.error({ err: safeAiError(failure.cause ?? failure), requestId: ctx.requestId, orgId: ctx.org.id }, 'post generation failed');
      yield { type: 'error', message: `Stopped after ${created} of ${total}: ${failure.message}`, created };
      return;
    }
    const row = await insertDraftWithinQuota(ctx.db, {
      orgId: ctx.org.id,
      plan: ctx.org.plan,
      now: new Date(),
      values: { platform: input.platform, pillar: brief.pillar || null, strategyId: background.strategy?.id ?? null, generatedBy: provider, body: text.body, hashtags: text.hashtags, createdById: ctx.user?.id ?? null },
    });
    if (!row) {
      yield stoppedAtLimit(batch, created);
      return;
    }
    created++;
    recent.unshift(openingOf(row.body));
    yield { type: 'post', index, total, post: toPostView(row) };
  }
  yield { type: 'done', created, total };
}
