'use server';

import { z } from 'zod';
import { improvePostSchema } from '@/lib/ai/content/content-schemas';
import { toPostView } from '@/lib/ai/content/posts';
import { improvePost } from '@/lib/ai/content/rewrite-post';
import { orgAction } from '@/lib/server/safe-action';

export const improvePostAction = orgAction
  .metadata({ name: 'improve-post', permission: 'marketing.write' })
  .inputSchema(improvePostSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => toPostView(await improvePost(ctx, input)));
