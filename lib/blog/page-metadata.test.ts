import { describe, expect, it } from 'vitest';
import { buildBlogListingMetadata, buildPostMetadata } from './page-metadata';

const post = {
  slug: 'hello',
  title: 'Hello world',
  excerpt: 'An excerpt',
  seoTitle: null,
  seoDescription: null,
  tags: ['news'],
  publishedAt: new Date('2030-01-01T10:00:00Z'),
  updatedAt: new Date('2030-01-02T10:00:00Z'),
  authorName: 'Ada',
};

describe('blog page metadata', () => {
  it('describes a post as an Open Graph article with canonical URL, times, tags and its card', () => {
    const metadata = buildPostMetadata(post);
    expect(metadata).toMatchObject({
      title: 'Hello world',
      description: 'An excerpt',
      alternates: { canonical: '/blog/hello' },
      authors: [{ name: 'Ada' }],
      openGraph: {
        type: 'article',
        url: '/blog/hello',
        publishedTime: '2030-01-01T10:00:00.000Z',
        modifiedTime: '2030-01-02T10:00:00.000Z',
        authors: ['Ada'],
        tags: ['news'],
      },
      twitter: { card: 'summary_large_image', title: 'Hello world' },
    });
  });

  it('prefers the SEO title and description', () => {
    const metadata = buildPostMetadata({ ...post, seoTitle: 'SEO title', seoDescription: 'SEO description', authorName: null });
    expect(metadata).toMatchObject({ title: 'SEO title', description: 'SEO description', openGraph: { title: 'SEO title', description: 'SEO description' } });
    expect(metadata).not.toHaveProperty('authors');
  });

  it('names no image, so Next adds each route\'s opengraph-image card under its generated URL', () => {
    const listing = buildBlogListingMetadata({ title: 'Blog', description: 'd', path: '/blog/page/2' });
    expect(listing.alternates.canonical).toBe('/blog/page/2');
    expect(listing.openGraph).not.toHaveProperty('images');
    expect(buildPostMetadata(post).openGraph).not.toHaveProperty('images');
    expect(buildPostMetadata(post).twitter).not.toHaveProperty('images');
  });
});
