import { absoluteUrl } from '@/lib/marketing/site';
import { BLOG_PATH, postPath, tagPath } from './paths';

/** The marketing site's fixed pages, in the order a crawler should value them. */
export const STATIC_SITE_PATHS = ['/', '/pricing', BLOG_PATH, '/contact', '/legal/privacy', '/legal/terms'] as const;

type SitemapEntry = { url: string; lastModified?: Date; changeFrequency?: 'daily' | 'weekly' | 'monthly' | 'yearly'; priority?: number };

type SitemapInput = {
  siteUrl: string;
  posts: { slug: string; updatedAt: Date; publishedAt: Date }[];
  tags: { tag: string; lastPublishedAt: Date }[];
};

const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));

/**
 * Sitemap entries (the shape of Next's MetadataRoute.Sitemap, built without importing Next): the fixed
 * pages, every public post with its last change, and every tag page with its newest post's date.
 */
export function buildSitemapEntries({ siteUrl, posts, tags }: SitemapInput): SitemapEntry[] {
  const newestPost = posts.length > 0 ? latest(...posts.map((post) => post.publishedAt)) : undefined;
  const fixed: SitemapEntry[] = STATIC_SITE_PATHS.map((path) => ({
    url: absoluteUrl(path, siteUrl),
    ...(path === BLOG_PATH && newestPost ? { lastModified: newestPost } : {}),
    changeFrequency: path === BLOG_PATH ? 'daily' : path.startsWith('/legal') ? 'yearly' : 'monthly',
    priority: path === '/' ? 1 : path.startsWith('/legal') ? 0.3 : 0.8,
  }));
  const postEntries: SitemapEntry[] = posts.map((post) => ({
    url: absoluteUrl(postPath(post.slug), siteUrl),
    lastModified: latest(post.updatedAt, post.publishedAt),
    changeFrequency: 'monthly',
    priority: 0.7,
  }));
  const tagEntries: SitemapEntry[] = tags.map((tag) => ({
    url: absoluteUrl(tagPath(tag.tag), siteUrl),
    lastModified: tag.lastPublishedAt,
    changeFrequency: 'weekly',
    priority: 0.4,
  }));
  return [...fixed, ...postEntries, ...tagEntries];
}
