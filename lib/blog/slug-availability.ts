import { and, inArray, ne, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { blogPosts, blogPostSlugRedirects } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { isReservedBlogSlug, numberedSlug } from './slug';

// Candidates checked per query when looking for a free `-n` suffix; a title used 20+ times needs a second round.
const BATCH = 20;

/**
 * The slugs among `candidates` that someone else holds: another post's current slug, or an old slug another
 * post redirects from (taking it would silently break that post's shared links). The post's own slugs and
 * redirects never count against it.
 */
async function takenSlugs(db: Executor, candidates: string[], postId?: string): Promise<Set<string>> {
  const notThisPost = (column: typeof blogPosts.id | typeof blogPostSlugRedirects.postId): SQL | undefined =>
    postId ? ne(column, postId) : undefined;
  const [posts, redirects] = await Promise.all([
    db.select({ slug: blogPosts.slug }).from(blogPosts).where(and(inArray(blogPosts.slug, candidates), notThisPost(blogPosts.id))),
    db
      .select({ slug: blogPostSlugRedirects.slug })
      .from(blogPostSlugRedirects)
      .where(and(inArray(blogPostSlugRedirects.slug, candidates), notThisPost(blogPostSlugRedirects.postId))),
  ]);
  return new Set([...posts, ...redirects].map((row) => row.slug));
}

/** An explicit slug: refused on the `slug` field when it is reserved or held by another post. */
export async function assertSlugAvailable(db: Executor, slug: string, postId?: string) {
  if (isReservedBlogSlug(slug)) throw new AppError('unprocessable', 'This word is reserved for the blog’s own pages. Choose another slug.', { details: { field: 'slug' } });
  if ((await takenSlugs(db, [slug], postId)).has(slug)) {
    throw new AppError('conflict', 'Another post already uses this slug (or used it before). Choose another one.', { details: { field: 'slug' } });
  }
}

/** The first free slug of `base`, `base-2`, `base-3`…, for slugs derived from a title. */
export async function findAvailableSlug(db: Executor, base: string, postId?: string): Promise<string> {
  for (let start = 1; ; start += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, index) => numberedSlug(base, start + index));
    const taken = await takenSlugs(db, candidates, postId);
    const free = candidates.find((slug) => !taken.has(slug) && !isReservedBlogSlug(slug));
    if (free) return free;
  }
}

/** Postgres unique violation (a concurrent save took the same slug between our check and the write). */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: string; cause?: { code?: string } } | undefined;
  return (candidate?.code ?? candidate?.cause?.code) === '23505';
}
