'use server';

import { z } from 'zod';
import { deletePost } from '@/lib/blog/posts';
import { staffAction } from '@/lib/server/safe-action';
import { blogActorFor } from './blog-actor';
import { revalidateBlog } from './revalidate-blog';

export const deleteBlogPostAction = staffAction
  .metadata({ name: 'delete-blog-post' })
  .inputSchema(z.object({ postId: z.uuid() }))
  .action(async ({ ctx, parsedInput }) => {
    const deleted = await deletePost(ctx.db, await blogActorFor(ctx.user.id), parsedInput.postId);
    revalidateBlog(deleted);
    return { id: deleted.id };
  });
