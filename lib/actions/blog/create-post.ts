'use server';

import { createPost } from '@/lib/blog/posts';
import { createBlogPostSchema } from '@/lib/blog/schemas';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { staffAction } from '@/lib/server/safe-action';
import { blogActorFor } from './blog-actor';
import { revalidateBlog } from './revalidate-blog';

export const createBlogPostAction = staffAction
  .metadata({ name: 'create-blog-post' })
  .inputSchema(createBlogPostSchema)
  .action(async ({ ctx, parsedInput }) => {
    try {
      const post = await createPost(ctx.db, await blogActorFor(ctx.user.id), parsedInput);
      revalidateBlog(post);
      return { id: post.id, slug: post.slug, status: post.status };
    } catch (error) {
      rethrowAsFieldError(createBlogPostSchema, error);
    }
  });
