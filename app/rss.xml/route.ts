import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { getDb } from '@/db';
import { buildRssFeed } from '@/lib/blog/feed';
import { listFeedPosts } from '@/lib/blog/public-posts';
import { getSiteUrl } from '@/lib/marketing/site';

// Cached like the blog pages: rebuilt at most once a minute, and on demand when staff change a post.
export const revalidate = 60;

// GET /rss.xml - RSS 2.0 feed of the newest public blog posts with their full (sanitised) content
export async function GET() {
  // `next build` prerenders this route, possibly before migrations or with no database: it is built as an
  // empty channel and ISR fills it within a minute of the first request.
  const posts = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? [] : await listFeedPosts(getDb());
  return new Response(buildRssFeed(posts, getSiteUrl()), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
