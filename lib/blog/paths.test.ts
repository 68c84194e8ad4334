import { describe, expect, it } from 'vitest';
import { blogPathsAffectedBy, listingPagePath, postPath, tagPath } from './paths';

describe('blog paths', () => {
  it('builds post, tag and listing page paths', () => {
    expect(postPath('hello')).toBe('/blog/hello');
    expect(tagPath('seo')).toBe('/blog/tags/seo');
    expect(listingPagePath('/blog', 1)).toBe('/blog');
    expect(listingPagePath('/blog/tags/seo', 3)).toBe('/blog/tags/seo/page/3');
  });

  it('lists every path a change touches, old and new slug and tags, once each', () => {
    const paths = blogPathsAffectedBy({ slug: 'old', tags: ['a', 'b'] }, { slug: 'new', tags: ['b', 'c'] }, null);
    expect(paths.sort()).toEqual(['/blog', '/blog/new', '/blog/old', '/blog/tags/a', '/blog/tags/b', '/blog/tags/c', '/rss.xml', '/sitemap.xml']);
  });
});
