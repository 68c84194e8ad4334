import type { MetadataRoute } from 'next';
import { getDb } from '@/db';
import { listPublishedTags, listSitemapPosts } from '@/lib/blog/public-posts';
import { buildSitemapEntries } from '@/lib/blog/sitemap-entries';
import { getSiteUrl } from '@/lib/marketing/site';

// Rebuilt at most once a minute (and on demand when staff change a post), so scheduled posts appear in time.
export const revalidate = 60;

// GET /sitemap.xml - the marketing pages, every public blog post and every tag page
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = getDb();
  const [posts, tags] = await Promise.all([listSitemapPosts(db), listPublishedTags(db)]);
  return buildSitemapEntries({ siteUrl: getSiteUrl(), posts, tags });
}
