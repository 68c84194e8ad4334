import { tool } from 'ai';
import { z } from 'zod';
import { CONTENT_PLATFORMS } from '@/db/schema/values';
import { normalizeHashtags, PLATFORM_LABELS, PLATFORM_LIMITS, postLength } from '@/lib/ai/content/platform-limits';
import { insertDraftWithinQuota, postLimitError } from '@/lib/ai/content/post-quota';
import { executeOnce } from './record-tool-action';
import type { ToolRuntime } from './runtime';

export const draftSocialPostInputSchema = z
  .object({
    platform: z.enum(CONTENT_PLATFORMS),
    body: z.string().trim().min(1).max(PLATFORM_LIMITS.linkedin),
    hashtags: z.array(z.string().max(60)).max(10).default([]).transform(normalizeHashtags).describe('Up to 5, without the # sign'),
  })
  .superRefine((post, issue) => {
    const limit = PLATFORM_LIMITS[post.platform];
    if (postLength(post) > limit) {
      issue.addIssue({ code: 'custom', path: ['body'], message: `A ${PLATFORM_LABELS[post.platform]} post holds at most ${limit} characters, hashtags included.` });
    }
  });

/** Saves a post draft to the content calendar (after approval); nothing is published. */
export function draftSocialPostTool(runtime: ToolRuntime) {
  const { ctx } = runtime;
  return tool({
    description: `Save a social post draft (LinkedIn up to ${PLATFORM_LIMITS.linkedin} characters, X up to ${PLATFORM_LIMITS.x}, hashtags included) to the content calendar. Nothing is published. Needs approval.`,
    inputSchema: draftSocialPostInputSchema,
    execute: async (input, { toolCallId }) =>
      executeOnce(runtime, { toolCallId, tool: 'draftSocialPost', input }, async () => {
        const post = await insertDraftWithinQuota(ctx.db, {
          orgId: ctx.org.id,
          plan: ctx.org.plan,
          now: ctx.now,
          values: { platform: input.platform, body: input.body, hashtags: input.hashtags, generatedBy: runtime.provider, createdById: ctx.user?.id ?? null },
        });
        if (!post) throw postLimitError(ctx.org);
        return { postId: post.id, platform: input.platform, url: `/app/${ctx.org.slug}/marketing/content` };
      }),
  });
}
