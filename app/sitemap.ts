import type { MetadataRoute } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { getDb } from '@/db';
import { listPublishedTags, listSitemapPosts } from '@/lib/blog/public-posts';
import { buildSitemapEntries } from '@/lib/blog/sitemap-entries';
import { getSiteUrl } from '@/lib/marketing/site';

// Rebuilt at most once a minute (and on demand when staff change a post), so scheduled posts appear in time.
export const revalidate = 60;

/** Public posts and tags; none while `next build` prerenders, which may run before migrations or without a database. */
async function readBlogEntries() {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { posts: [], tags: [] };
  const db = getDb();
  const [posts, tags] = await Promise.all([listSitemapPosts(db), listPublishedTags(db)]);
  return { posts, tags };
}

// GET /sitemap.xml - the marketing pages, every public blog post and every tag page (at build: the marketing
// pages only, until ISR regenerates it within a minute of the first request)
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemapEntries({ siteUrl: getSiteUrl(), ...(await readBlogEntries()) });
}
