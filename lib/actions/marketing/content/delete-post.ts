'use server';

import { z } from 'zod';
import { postIdSchema } from '@/lib/ai/content/content-schemas';
import { deletePost } from '@/lib/ai/content/posts';
import { orgAction } from '@/lib/server/safe-action';

export const deletePostAction = orgAction
  .metadata({ name: 'delete-post', permission: 'marketing.write' })
  .inputSchema(postIdSchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput }) => deletePost(ctx, { postId: parsedInput.postId }));
