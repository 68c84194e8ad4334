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
        images: [{ url: '/blog/hello/opengraph-image', width: 1200, height: 630, alt: 'Hello world' }],
      },
      twitter: { card: 'summary_large_image', title: 'Hello world' },
    });
  });

  it('prefers the SEO title and description', () => {
    const metadata = buildPostMetadata({ ...post, seoTitle: 'SEO title', seoDescription: 'SEO description', authorName: null });
    expect(metadata).toMatchObject({ title: 'SEO title', description: 'SEO description', openGraph: { title: 'SEO title', description: 'SEO description' } });
    expect(metadata).not.toHaveProperty('authors');
  });

  it('gives listing pages the blog card explicitly', () => {
    const metadata = buildBlogListingMetadata({ title: 'Blog', description: 'd', path: '/blog/page/2' });
    expect(metadata.alternates.canonical).toBe('/blog/page/2');
    expect(metadata.openGraph.images).toEqual([{ url: '/blog/opengraph-image', width: 1200, height: 630, alt: 'Beacon blog' }]);
  });
});
