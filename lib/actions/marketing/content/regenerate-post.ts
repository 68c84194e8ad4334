'use server';

import { z } from 'zod';
import { postIdSchema } from '@/lib/ai/content/content-schemas';
import { toPostView } from '@/lib/ai/content/posts';
import { regeneratePost } from '@/lib/ai/content/rewrite-post';
import { orgAction } from '@/lib/server/safe-action';

export const regeneratePostAction = orgAction
  .metadata({ name: 'regenerate-post', permission: 'marketing.write' })
  .inputSchema(postIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => toPostView(await regeneratePost(ctx, { postId: parsedInput.postId })));
