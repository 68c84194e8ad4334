import { SITE_NAME, absoluteUrl } from '@/lib/marketing/site';
import { postPath } from './paths';

type PostForJsonLd = {
  slug: string;
  title: string;
  excerpt: string;
  seoDescription: string | null;
  coverImageUrl: string | null;
  tags: string[];
  publishedAt: Date;
  updatedAt: Date;
  authorName: string | null;
};

/** schema.org BlogPosting for one post; the image is the cover when there is one. */
export function buildBlogPostingJsonLd(post: PostForJsonLd, siteUrl: string) {
  const url = absoluteUrl(postPath(post.slug), siteUrl);
  const image = post.coverImageUrl ? (post.coverImageUrl.startsWith('/') ? absoluteUrl(post.coverImageUrl, siteUrl) : post.coverImageUrl) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.seoDescription ?? (post.excerpt || undefined),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image,
    datePublished: post.publishedAt.toISOString(),
    dateModified: (post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt).toISOString(),
    keywords: post.tags.length > 0 ? post.tags.join(', ') : undefined,
    author: post.authorName ? { '@type': 'Person', name: post.authorName } : { '@type': 'Organization', name: SITE_NAME },
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/', siteUrl), logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg', siteUrl) } },
  };
}
