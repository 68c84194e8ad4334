import type { ContentPost } from '@/db/schema';
import { toGenerationError } from '@/lib/ai/generation-errors';
import { offlineOptions } from '@/lib/ai/offline-options';
import { getWorkspaceModel } from '@/lib/ai/workspace-model';
import type { Ctx } from '@/lib/ctx';
import type { ImproveContext } from './offline-context';
import type { ImprovePostInput, PostIdInput } from './content-schemas';
import { briefFor, contentProviderOptions, loadWritingBackground } from './post-brief';
import { buildImproveInstructions, buildImprovePrompt, buildPostInstructions, buildPostPrompt } from './post-prompt';
import { getEditableDraft, replaceDraftText } from './posts';
import { writePost } from './write-post';

type RewriteCtx = Pick<Ctx, 'db' | 'org'>;

/**
 * Writes a fresh version of a draft (same platform and pillar, a different text) and replaces its body.
 * Rewrites do not count against the month's posts: the post already exists.
 */
export async function regeneratePost(ctx: RewriteCtx, { postId }: PostIdInput): Promise<ContentPost> {
  const post = await getEditableDraft(ctx.db, { orgId: ctx.org.id, postId });
  const background = await loadWritingBackground(ctx.db, ctx.org.id);
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'content' });
  const brief = briefFor(background, { platform: post.platform, pillar: post.pillar ?? '', topic: '', index: 1, total: 1, avoid: post.body });
  let text;
  try {
    text = await writePost({
      model,
      platform: post.platform,
      instructions: buildPostInstructions(brief),
      prompt: buildPostPrompt(brief),
      providerOptions: contentProviderOptions(brief),
    });
  } catch (error) {
    throw toGenerationError(error, 'post');
  }
  return replaceDraftText(ctx.db, { orgId: ctx.org.id, postId, ...text, generatedBy: provider });
}

/** Rewrites a draft following a person's feedback ("shorter", "add a question"…), within the platform limit. */
export async function improvePost(ctx: RewriteCtx, { postId, feedback }: ImprovePostInput): Promise<ContentPost> {
  const post = await getEditableDraft(ctx.db, { orgId: ctx.org.id, postId });
  const { model, provider } = await getWorkspaceModel(ctx.db, { org: ctx.org, task: 'content' });
  const context: ImproveContext = { platform: post.platform, body: post.body, hashtags: post.hashtags, feedback };
  let text;
  try {
    text = await writePost({
      model,
      platform: post.platform,
      instructions: buildImproveInstructions(post.platform),
      prompt: buildImprovePrompt({ body: post.body, hashtags: post.hashtags, feedback }),
      providerOptions: offlineOptions('improve', context),
    });
  } catch (error) {
    throw toGenerationError(error, 'post');
  }
  return replaceDraftText(ctx.db, { orgId: ctx.org.id, postId, ...text, generatedBy: provider });
}
