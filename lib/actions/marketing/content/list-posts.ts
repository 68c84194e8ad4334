'use server';

import { z } from 'zod';
import { listPostsQuerySchema } from '@/lib/ai/content/content-schemas';
import { listPosts } from '@/lib/ai/content/posts';
import { orgAction } from '@/lib/server/safe-action';

// Read-only: the content page's platform filter and "Load more" fetch posts through this.
export const listPostsAction = orgAction
  .metadata({ name: 'list-posts', permission: 'marketing.read' })
  .inputSchema(listPostsQuerySchema.extend({ orgSlug: z.string() }))
  .action(async ({ ctx, parsedInput: { orgSlug: _orgSlug, ...query } }) => listPosts(ctx.db, { orgId: ctx.org.id, ...query }));
