'use server';

import { updatePost } from '@/lib/blog/posts';
import { updateBlogPostSchema } from '@/lib/blog/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { staffAction } from '@/lib/server/safe-action';
import { blogActorFor } from './blog-actor';
import { revalidateBlog } from './revalidate-blog';

/** Saves the editor's form; the status buttons (draft, schedule, publish, unpublish) all come through here. */
export const updateBlogPostAction = staffAction
  .metadata({ name: 'update-blog-post' })
  .inputSchema(updateBlogPostSchema)
  .action(async ({ ctx, parsedInput }) => {
    try {
      const { post, before } = await updatePost(ctx.db, await blogActorFor(ctx.user.id), parsedInput);
      revalidateBlog(before, post);
      return { id: post.id, slug: post.slug, status: post.status, publishedAt: post.publishedAt, updatedAt: post.updatedAt };
    } catch (error) {
      rethrowAsFieldError(updateBlogPostSchema, error);
    }
  });
