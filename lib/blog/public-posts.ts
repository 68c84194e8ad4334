import { and, arrayContains, asc, count, desc, eq, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { blogPosts, blogPostSlugRedirects, users } from '@/db/schema';
import { pageCountOf } from './pagination';
import { BLOG_SLUG_MAX } from './slug';

export const BLOG_PAGE_SIZE = 10;

/**
 * Public means: not a draft, and its time has come. A scheduled post is visible from `published_at` on,
 * whether or not the minute job has flipped its status yet. Matches the partial index on (published_at, id).
 */
export function isVisible(now: Date) {
  return and(ne(blogPosts.status, 'draft'), lte(blogPosts.publishedAt, now));
}

const newestFirst = [desc(blogPosts.publishedAt), desc(blogPosts.id)] as const;

const summaryColumns = {
  id: blogPosts.id,
  slug: blogPosts.slug,
  title: blogPosts.title,
  excerpt: blogPosts.excerpt,
  coverImageUrl: blogPosts.coverImageUrl,
  tags: blogPosts.tags,
  // Visible posts always have one; the cast tells TypeScript what the filter guarantees.
  publishedAt: sql<Date>`${blogPosts.publishedAt}`.mapWith(blogPosts.publishedAt),
  authorName: users.name,
};

type ListPublishedInput = { page?: number; pageSize?: number; tag?: string; now?: Date };

/** One page of the public index (optionally of one tag), newest first, with the page count for numbered links. */
export async function listPublishedPosts(db: Db, { page = 1, pageSize = BLOG_PAGE_SIZE, tag, now = new Date() }: ListPublishedInput = {}) {
  const where = and(isVisible(now), tag ? arrayContains(blogPosts.tags, [tag]) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(blogPosts)
      .leftJoin(users, eq(users.id, blogPosts.authorId))
      .where(where)
      .orderBy(...newestFirst)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ value: count() }).from(blogPosts).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { items, total: totalCount, page, pageSize, pageCount: pageCountOf(totalCount, pageSize) };
}

export type PublishedPostSummary = Awaited<ReturnType<typeof listPublishedPosts>>['items'][number];

const postColumns = {
  ...summaryColumns,
  body: blogPosts.body,
  seoTitle: blogPosts.seoTitle,
  seoDescription: blogPosts.seoDescription,
  updatedAt: blogPosts.updatedAt,
};

export type PublishedPost = Awaited<ReturnType<typeof findVisiblePost>>;

async function findVisiblePost(db: Db, slug: string, now: Date) {
  const [post] = await db
    .select(postColumns)
    .from(blogPosts)
    .leftJoin(users, eq(users.id, blogPosts.authorId))
    .where(and(eq(blogPosts.slug, slug), isVisible(now)));
  return post;
}

/**
 * A public post by slug. An old slug of a visible post answers `{ redirectTo }` with its current slug (the
 * page redirects permanently); anything else, drafts and future posts included, is null.
 */
export async function getPublishedPostBySlug(
  db: Db,
  slug: string,
  now = new Date(),
): Promise<{ post: NonNullable<PublishedPost> } | { redirectTo: string } | null> {
  // Nothing longer can exist; this also keeps junk URLs from reaching the database.
  if (!slug || slug.length > BLOG_SLUG_MAX) return null;
  const post = await findVisiblePost(db, slug, now);
  if (post) return { post };
  const [redirect] = await db
    .select({ slug: blogPosts.slug })
    .from(blogPostSlugRedirects)
    .innerJoin(blogPosts, eq(blogPosts.id, blogPostSlugRedirects.postId))
    .where(and(eq(blogPostSlugRedirects.slug, slug), isVisible(now)));
  return redirect ? { redirectTo: redirect.slug } : null;
}

/** Every tag on a public post, with how many public posts carry it and the newest one's date, alphabetically. */
export async function listPublishedTags(db: Db, now = new Date()) {
  const tag = sql<string>`unnest(${blogPosts.tags})`.as('tag');
  const tagged = db.select({ tag, publishedAt: blogPosts.publishedAt }).from(blogPosts).where(isVisible(now)).as('tagged');
  return db
    .select({ tag: tagged.tag, count: count(), lastPublishedAt: sql<Date>`max(${tagged.publishedAt})`.mapWith(blogPosts.publishedAt) })
    .from(tagged)
    .groupBy(tagged.tag)
    .orderBy(asc(tagged.tag));
}

/** Every public post's address and last change, for the sitemap. */
export async function listSitemapPosts(db: Db, now = new Date()) {
  return db
    .select({ slug: blogPosts.slug, updatedAt: blogPosts.updatedAt, publishedAt: summaryColumns.publishedAt })
    .from(blogPosts)
    .where(isVisible(now))
    .orderBy(...newestFirst);
}

/** The newest public posts with their markdown, for the RSS feed. */
export async function listFeedPosts(db: Db, { limit = 20, now = new Date() }: { limit?: number; now?: Date } = {}) {
  return db
    .select(postColumns)
    .from(blogPosts)
    .leftJoin(users, eq(users.id, blogPosts.authorId))
    .where(isVisible(now))
    .orderBy(...newestFirst)
    .limit(limit);
}
