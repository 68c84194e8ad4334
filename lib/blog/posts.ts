import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '@/db';
import { blogPosts, blogPostSlugRedirects, users, type BlogPost } from '@/db/schema';
import type { BlogPostStatus } from '@/db/schema/values';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { createBlogPostSchema, updateBlogPostSchema, type BlogPostFields, type CreateBlogPostInput, type UpdateBlogPostInput } from './schemas';
import { slugFromTitle } from './slug';
import { assertSlugAvailable, findAvailableSlug, isUniqueViolation } from './slug-availability';

/** The staff member making a change, with the request details their audit rows carry. */
export type BlogActor = { userId: string; ip?: string | null; userAgent?: string | null; requestId?: string | null };

/**
 * What a post looked like before a change: the cached pages to forget are derived from it (title and author
 * are on the post's social card).
 */
export type BlogPostSnapshot = Pick<BlogPost, 'slug' | 'tags' | 'status' | 'title' | 'authorId'>;

function snapshotOf({ slug, tags, status, title, authorId }: BlogPost): BlogPostSnapshot {
  return { slug, tags, status, title, authorId };
}

// Two saves deriving the same slug at once: the loser retries with the next free suffix.
const AUTO_SLUG_ATTEMPTS = 3;

async function assertStaffAuthor(db: Executor, authorId: string) {
  const [author] = await db.select({ isStaff: users.isStaff, disabledAt: users.disabledAt }).from(users).where(eq(users.id, authorId));
  if (!author?.isStaff || author.disabledAt) {
    throw new AppError('unprocessable', 'The author must be a staff member.', { details: { field: 'authorId' } });
  }
}

/**
 * When a post is public from. Editing a live post keeps its original date; "publish now" on a draft or an
 * early-published scheduled post stamps now; a draft has none.
 */
function publishedAtFor(status: BlogPostStatus, publishAt: Date | undefined, current: BlogPost | undefined, now: Date): Date | null {
  if (status === 'draft') return null;
  if (status === 'scheduled') return publishAt!;
  const wasLive = current && current.status !== 'draft' && current.publishedAt && current.publishedAt <= now;
  return wasLive ? current.publishedAt : now;
}

/** Columns for a save: sent fields win; absent ones keep the current value (or the empty default on create). */
function columnsFrom(fields: BlogPostFields, current: BlogPost | undefined, now: Date) {
  const keep = <K extends 'excerpt' | 'body' | 'tags' | 'coverImageUrl' | 'seoTitle' | 'seoDescription'>(key: K, empty: BlogPost[K]) =>
    fields[key] === undefined ? (current?.[key] ?? empty) : (fields[key] as BlogPost[K]);
  const status = fields.status ?? current?.status ?? 'draft';
  return {
    title: fields.title,
    excerpt: keep('excerpt', ''),
    body: keep('body', ''),
    tags: keep('tags', []),
    coverImageUrl: keep('coverImageUrl', null),
    seoTitle: keep('seoTitle', null),
    seoDescription: keep('seoDescription', null),
    status,
    // Without a status in the save, the publication date stays as it is too.
    publishedAt: fields.status === undefined && current ? current.publishedAt : publishedAtFor(status, fields.publishAt, current, now),
  };
}

function audit(db: Executor, actor: BlogActor, action: string, post: BlogPost, metadata: Record<string, unknown>) {
  return recordAudit(db, {
    orgId: null,
    actorType: 'staff',
    actorUserId: actor.userId,
    action,
    targetType: 'blog_post',
    targetId: post.id,
    metadata: { slug: post.slug, ...metadata },
    ip: actor.ip,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  });
}

/** Runs a write that picks a slug, mapping a lost race on an explicit slug to the field's conflict error. */
async function withSlugRetry<T>(isAutoSlug: boolean, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (isAutoSlug && attempt < AUTO_SLUG_ATTEMPTS) continue;
      throw new AppError('conflict', 'Another post already uses this slug. Choose another one.', { cause: error, details: { field: 'slug' } });
    }
  }
}

/** Creates a post; without a slug, one is derived from the title (`-2`, `-3`… when taken). */
export async function createPost(db: Db, actor: BlogActor, input: CreateBlogPostInput, now = new Date()): Promise<BlogPost> {
  const fields = createBlogPostSchema.parse(input);
  const authorId = fields.authorId === undefined ? actor.userId : fields.authorId;
  if (authorId) await assertStaffAuthor(db, authorId);
  return withSlugRetry(!fields.slug, () =>
    db.transaction(async (tx) => {
      if (fields.slug) await assertSlugAvailable(tx, fields.slug);
      const slug = fields.slug ?? (await findAvailableSlug(tx, slugFromTitle(fields.title)));
      const [post] = await tx.insert(blogPosts).values({ ...columnsFrom(fields, undefined, now), slug, authorId }).returning();
      await audit(tx, actor, 'blog.post.create', post!, { title: post!.title, status: post!.status });
      if (post!.status === 'published') await audit(tx, actor, 'blog.post.publish', post!, {});
      return post!;
    }),
  );
}

async function lockPost(tx: Executor, postId: string): Promise<BlogPost> {
  if (!z.uuid().safeParse(postId).success) throw new AppError('not_found', 'Post not found.');
  const [post] = await tx.select().from(blogPosts).where(eq(blogPosts.id, postId)).for('update');
  if (!post) throw new AppError('not_found', 'Post not found.');
  return post;
}

/** The names of the fields a save changed, for the audit trail (values stay out of it). */
function changedFields(before: BlogPost, after: BlogPost): string[] {
  const keys = ['title', 'slug', 'excerpt', 'body', 'tags', 'coverImageUrl', 'seoTitle', 'seoDescription', 'status', 'publishedAt', 'authorId'] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Saves a post. Without a slug the current one is kept. A new slug leaves the old one behind as a redirect;
 * taking back one of the post's own old slugs removes that redirect so it never points at itself.
 */
export async function updatePost(db: Db, actor: BlogActor, input: UpdateBlogPostInput, now = new Date()): Promise<{ post: BlogPost; before: BlogPostSnapshot }> {
  const { postId, ...fields } = updateBlogPostSchema.parse(input);
  if (fields.authorId) await assertStaffAuthor(db, fields.authorId);
  return withSlugRetry(false, () =>
    db.transaction(async (tx) => {
      const current = await lockPost(tx, postId);
      const slug = fields.slug ?? current.slug;
      if (slug !== current.slug) await assertSlugAvailable(tx, slug, postId);
      const authorId = fields.authorId === undefined ? current.authorId : fields.authorId;
      const [post] = await tx
        .update(blogPosts)
        .set({ ...columnsFrom(fields, current, now), slug, authorId, updatedAt: sql`now()` })
        .where(eq(blogPosts.id, postId))
        .returning();
      if (slug !== current.slug) {
        await tx
          .insert(blogPostSlugRedirects)
          .values({ slug: current.slug, postId })
          .onConflictDoUpdate({ target: blogPostSlugRedirects.slug, set: { postId, createdAt: sql`now()` } });
        await tx.delete(blogPostSlugRedirects).where(and(eq(blogPostSlugRedirects.slug, slug), eq(blogPostSlugRedirects.postId, postId)));
      }
      await audit(tx, actor, 'blog.post.update', post!, { changed: changedFields(current, post!), fromStatus: current.status, status: post!.status });
      if (post!.status === 'published' && current.status !== 'published') await audit(tx, actor, 'blog.post.publish', post!, {});
      return { post: post!, before: snapshotOf(current) };
    }),
  );
}

/** Deletes a post and (by cascade) its old-slug redirects; returns what it was, for cache invalidation. */
export async function deletePost(db: Db, actor: BlogActor, postId: string): Promise<BlogPostSnapshot & { id: string }> {
  return db.transaction(async (tx) => {
    const current = await lockPost(tx, postId);
    await tx.delete(blogPosts).where(eq(blogPosts.id, postId));
    await audit(tx, actor, 'blog.post.delete', current, { title: current.title, status: current.status });
    return { id: current.id, ...snapshotOf(current) };
  });
}
