import { and, asc, count, desc, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { blogPosts, users } from '@/db/schema';
import { containsPattern } from '@/lib/db-utils/like';
import { AppError } from '@/lib/errors';
import { pageCountOf } from './pagination';
import { listAdminPostsSchema, type ListAdminPostsInput } from './schemas';

/**
 * The staff list: every post whatever its status, most recently edited first. Page numbers rather than
 * keyset cursors: the blog is small and staff jump between pages of a filtered list.
 */
export async function listPostsForAdmin(db: Db, input: ListAdminPostsInput = {}) {
  const { status, q, page, pageSize } = listAdminPostsSchema.parse(input);
  const filters: (SQL | undefined)[] = [
    status === 'all' ? undefined : eq(blogPosts.status, status),
    q ? ilike(blogPosts.title, containsPattern(q)) : undefined,
  ];
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: blogPosts.id,
        title: blogPosts.title,
        slug: blogPosts.slug,
        status: blogPosts.status,
        tags: blogPosts.tags,
        publishedAt: blogPosts.publishedAt,
        updatedAt: blogPosts.updatedAt,
        authorName: users.name,
        authorEmail: users.email,
      })
      .from(blogPosts)
      .leftJoin(users, eq(users.id, blogPosts.authorId))
      .where(where)
      .orderBy(desc(blogPosts.updatedAt), desc(blogPosts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(blogPosts).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { items, total: totalCount, page, pageSize, pageCount: pageCountOf(totalCount, pageSize) };
}

export type AdminPostListItem = Awaited<ReturnType<typeof listPostsForAdmin>>['items'][number];

/** One post with everything the editor needs, including its author's name (even if no longer staff). */
export async function getPostForAdmin(db: Db, postId: string) {
  if (!z.uuid().safeParse(postId).success) throw new AppError('not_found', 'Post not found.');
  const [row] = await db
    .select({ post: blogPosts, authorName: users.name, authorEmail: users.email })
    .from(blogPosts)
    .leftJoin(users, eq(users.id, blogPosts.authorId))
    .where(eq(blogPosts.id, postId));
  if (!row) throw new AppError('not_found', 'Post not found.');
  return { ...row.post, authorName: row.authorName, authorEmail: row.authorEmail };
}

export type AdminPost = Awaited<ReturnType<typeof getPostForAdmin>>;

/** Who can sign a post: active staff accounts, by name. */
export async function listStaffAuthors(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.isStaff, true), isNull(users.disabledAt)))
    .orderBy(asc(users.name), asc(users.email));
}
