'use server';

import { z } from 'zod';
import { updatePostSchema } from '@/lib/ai/content/content-schemas';
import { toPostView, updatePost } from '@/lib/ai/content/posts';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { orgAction } from '@/lib/server/safe-action';

const updatePostInput = updatePostSchema.extend({ orgSlug: z.string() });

// The inline editor: a too-long post comes back as an error on the body field.
export const updatePostAction = orgAction
  .metadata({ name: 'update-post', permission: 'marketing.write' })
  .inputSchema(updatePostInput)
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...input } }) => {
    try {
      return toPostView(await updatePost(ctx, input));
    } catch (error) {
      rethrowAsFieldError(updatePostInput, error);
    }
  });
