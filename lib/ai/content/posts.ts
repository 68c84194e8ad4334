import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { contentPosts, type ContentPost } from '@/db/schema';
import type { AiProviderKind, ContentPlatform, ContentPostStatus } from '@/db/schema/values';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import type { ListPostsQuery, UpdatePostInput } from './content-schemas';
import { fitsPlatform, normalizeHashtags, PLATFORM_LIMITS } from './platform-limits';

type OrgCtx = Pick<Ctx, 'db' | 'org'>;

/** A post as the content page shows it (plain JSON). */
export type PostView = {
  id: string;
  platform: ContentPlatform;
  pillar: string | null;
  body: string;
  hashtags: string[];
  status: ContentPostStatus;
  generatedBy: AiProviderKind | null;
  createdAt: string;
  updatedAt: string;
};

export type PostsPage = { items: PostView[]; nextCursor: string | null };

export function toPostView(row: ContentPost): PostView {
  return {
    id: row.id,
    platform: row.platform,
    pillar: row.pillar,
    body: row.body,
    hashtags: row.hashtags,
    status: row.status,
    generatedBy: row.generatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The workspace's posts that are not deleted, newest first, optionally one platform's, keyset-paginated. */
export async function listPosts(db: Db, { orgId, platform, cursor, limit }: ListPostsQuery & { orgId: string }): Promise<PostsPage> {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await db
    .select({ post: contentPosts, cursorAt: cursorTime(contentPosts.createdAt), id: contentPosts.id })
    .from(contentPosts)
    .where(
      and(
        eq(contentPosts.orgId, orgId),
        isNull(contentPosts.deletedAt),
        platform ? eq(contentPosts.platform, platform) : undefined,
        after ? olderThan(after, contentPosts.createdAt, contentPosts.id) : undefined,
      ),
    )
    .orderBy(desc(contentPosts.createdAt), desc(contentPosts.id))
    .limit(limit + 1);
  const page = toPage(rows, limit);
  return { items: page.items.map(({ post }) => toPostView(post)), nextCursor: page.nextCursor };
}

export async function getPost(db: Db, { orgId, postId }: { orgId: string; postId: string }): Promise<ContentPost> {
  const [row] = await db
    .select()
    .from(contentPosts)
    .where(and(eq(contentPosts.id, postId), eq(contentPosts.orgId, orgId), isNull(contentPosts.deletedAt)));
  if (!row) throw new AppError('not_found', 'Post not found.');
  return row;
}

/** Only drafts change here: a scheduled or published post is the calendar's to manage. */
export async function getEditableDraft(db: Db, { orgId, postId }: { orgId: string; postId: string }): Promise<ContentPost> {
  const post = await getPost(db, { orgId, postId });
  if (post.status !== 'draft') throw new AppError('conflict', 'Only drafts can be changed here.');
  return post;
}

/**
 * Replaces a draft's text (a person's edit, or a model's rewrite with `generatedBy`). The status is part of
 * the update's condition, so a post scheduled meanwhile is not rewritten under the calendar.
 */
export async function replaceDraftText(
  db: Db,
  { orgId, postId, body, hashtags, generatedBy }: { orgId: string; postId: string; body: string; hashtags: string[]; generatedBy?: AiProviderKind | null },
): Promise<ContentPost> {
  const [row] = await db
    .update(contentPosts)
    .set({ body, hashtags, ...(generatedBy !== undefined ? { generatedBy } : {}), updatedAt: sql`now()` })
    .where(and(eq(contentPosts.id, postId), eq(contentPosts.orgId, orgId), eq(contentPosts.status, 'draft'), isNull(contentPosts.deletedAt)))
    .returning();
  if (!row) throw new AppError('conflict', 'This post is no longer a draft, or it was deleted.');
  return row;
}

const TOO_LONG: Record<ContentPlatform, string> = {
  linkedin: `A LinkedIn post is at most ${PLATFORM_LIMITS.linkedin.toLocaleString('en-US')} characters, hashtags included.`,
  x: `An X post is at most ${PLATFORM_LIMITS.x} characters, hashtags included (an emoji or a Chinese, Japanese or Korean character counts 2, a link 23).`,
};

/** A person's edit of a draft: the text must fit the post's platform. */
export async function updatePost(ctx: OrgCtx, { postId, body, hashtags: rawHashtags }: UpdatePostInput): Promise<ContentPost> {
  const post = await getEditableDraft(ctx.db, { orgId: ctx.org.id, postId });
  const hashtags = normalizeHashtags(rawHashtags);
  if (!fitsPlatform({ body, hashtags }, post.platform)) throw new AppError('bad_request', TOO_LONG[post.platform], { details: { field: 'body' } });
  return replaceDraftText(ctx.db, { orgId: ctx.org.id, postId, body, hashtags });
}

/**
 * Deletes a draft. The row stays, hidden (`deleted_at`), because the month's post allowance counts every
 * post written; a scheduled or published post is the calendar's to manage, like every other change here.
 */
export async function deletePost(ctx: OrgCtx, { postId }: { postId: string }): Promise<{ id: string }> {
  const [row] = await ctx.db
    .update(contentPosts)
    .set({ deletedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(contentPosts.id, postId), eq(contentPosts.orgId, ctx.org.id), eq(contentPosts.status, 'draft'), isNull(contentPosts.deletedAt)))
    .returning({ id: contentPosts.id });
  if (row) return row;
  await getPost(ctx.db, { orgId: ctx.org.id, postId });
  throw new AppError('conflict', 'Only drafts can be deleted here: a scheduled or published post stays.');
}
