import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { BLOG_PATH, tagPath } from '@/lib/blog/paths';
import { listPublishedPosts, listPublishedTags, type PublishedPostSummary } from '@/lib/blog/public-posts';

export const BLOG_DESCRIPTION = 'Guides, product news and lessons on growing a small business with Beacon.';

/**
 * `next build` prerenders /blog, and a build may run before migrations or with no database at all: then the
 * index is built empty, and ISR fills it within `revalidate` seconds of the first request (publishing
 * refreshes it at once).
 */
async function readListing({ page, tag }: { page: number; tag?: string }) {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return { result: { items: [] as PublishedPostSummary[], total: 0, pageCount: 1 }, topics: [] };
  }
  const db = getDb();
  const [result, topics] = await Promise.all([listPublishedPosts(db, { page, tag }), listPublishedTags(db)]);
  return { result, topics };
}

/**
 * The props of one page of the blog index or of a tag, shared by the four listing routes. A page past the
 * end is a 404, and so is a tag no public post carries: neither should exist as an empty, indexable page.
 */
export async function loadBlogListing({ page, tag }: { page: number; tag?: string }) {
  const { result, topics } = await readListing({ page, tag });
  if (page > result.pageCount || (tag && result.total === 0)) notFound();
  return {
    title: tag ? `Posts tagged #${tag}` : 'Blog',
    description: tag ? `${result.total} ${result.total === 1 ? 'post' : 'posts'} about ${tag}.` : BLOG_DESCRIPTION,
    posts: result.items,
    page,
    pageCount: result.pageCount,
    basePath: tag ? tagPath(tag) : BLOG_PATH,
    topics,
    activeTag: tag,
  };
}
