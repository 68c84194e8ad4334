import { buildPageMetadata } from '@/lib/marketing/page-metadata';
import { SITE_NAME } from '@/lib/marketing/site';
import { postPath } from './paths';

// Shaped like Next's Metadata (this module stays free of next/*). No images here: each blog route has an
// opengraph-image file, and Next adds that card (under its generated URL) when the page's openGraph names none.

/** Metadata for a listing page of the blog (the index, a later page, a tag). */
export function buildBlogListingMetadata({ title, description, path }: { title: string; description: string; path: `/${string}` }) {
  const base = buildPageMetadata({ title, description, path });
  return { ...base, twitter: { card: 'summary_large_image' as const } };
}

type PostForMetadata = {
  slug: string;
  title: string;
  excerpt: string;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: string[];
  publishedAt: Date;
  updatedAt: Date;
  authorName: string | null;
};

/** A post's metadata: SEO overrides first, canonical URL, an Open Graph article with its times, a large card. */
export function buildPostMetadata(post: PostForMetadata) {
  const path = postPath(post.slug);
  const title = post.seoTitle ?? post.title;
  const description = post.seoDescription ?? (post.excerpt || undefined);
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${SITE_NAME} blog` }] },
    },
    ...(post.authorName ? { authors: [{ name: post.authorName }] } : {}),
    openGraph: {
      type: 'article' as const,
      siteName: SITE_NAME,
      locale: 'en_US',
      url: path,
      title,
      description,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: (post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt).toISOString(),
      authors: post.authorName ? [post.authorName] : undefined,
      tags: post.tags,
    },
    twitter: { card: 'summary_large_image' as const, title, description },
  };
}
