import { describe, expect, it } from 'vitest';
import { BLOG_LIMITS, createBlogPostSchema, isAllowedCoverUrl, isTagSegment, listAdminPostsSchema, updateBlogPostSchema } from './schemas';

const KEY = `${'a'.repeat(64)}.png`;
const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('createBlogPostSchema', () => {
  it('normalises tags to lower-case slugs without duplicates', () => {
    const parsed = createBlogPostSchema.parse({ title: ' Hello ', tags: ['Growth Marketing', 'growth-marketing', ' SEO '] });
    expect(parsed).toMatchObject({ title: 'Hello', tags: ['growth-marketing', 'seo'] });
    expect(parsed.slug).toBeUndefined();
  });

  it('limits the length of a tag as stored (after slugify), the same limit the tag pages accept', () => {
    // "&" becomes "and" and Cyrillic letters become latin pairs: 40 typed characters are far longer as a slug.
    for (const typed of ['&'.repeat(40), 'Ю'.repeat(40)]) {
      expect(fieldErrors(createBlogPostSchema.safeParse({ title: 'x', tags: [typed] }))).toEqual({ 'tags.0': 'Keep each tag under 40 characters.' });
    }
    // A typed tag longer than the limit is fine when its slug fits (punctuation and spaces collapse).
    const tags = createBlogPostSchema.parse({ title: 'x', tags: ['Ю'.repeat(13), 'Go!! '.repeat(10)] }).tags!;
    expect(tags).toEqual(['yu-'.repeat(13).slice(0, -1), 'go-'.repeat(10).slice(0, -1)]);
    expect(tags.every(isTagSegment)).toBe(true);
    expect(isTagSegment('a'.repeat(BLOG_LIMITS.tag))).toBe(true);
    expect(isTagSegment('a'.repeat(BLOG_LIMITS.tag + 1))).toBe(false);
  });

  it('treats empty optional text as not set', () => {
    const parsed = createBlogPostSchema.parse({ title: 'x', slug: '', seoTitle: ' ', seoDescription: '', coverImageUrl: '' });
    expect(parsed).toMatchObject({ slug: undefined, seoTitle: null, seoDescription: null, coverImageUrl: null });
  });

  it('enforces the length limits per field', () => {
    const result = createBlogPostSchema.safeParse({
      title: 't'.repeat(201),
      excerpt: 'e'.repeat(301),
      body: 'b'.repeat(100_001),
      tags: Array.from({ length: 11 }, (_, i) => `tag${i}`),
      seoTitle: 's'.repeat(71),
      seoDescription: 'd'.repeat(161),
    });
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(['body', 'excerpt', 'seoDescription', 'seoTitle', 'tags', 'title']);
    expect(createBlogPostSchema.safeParse({ title: 'x', tags: ['t'.repeat(41)] }).success).toBe(false);
  });

  it('requires a future publishAt for scheduled posts, on that field', () => {
    expect(fieldErrors(createBlogPostSchema.safeParse({ title: 'x', status: 'scheduled' }))).toEqual({ publishAt: 'Choose when to publish.' });
    const past = createBlogPostSchema.safeParse({ title: 'x', status: 'scheduled', publishAt: new Date(Date.now() - 60_000) });
    expect(fieldErrors(past)).toEqual({ publishAt: 'Choose a time in the future.' });
    const future = createBlogPostSchema.parse({ title: 'x', status: 'scheduled', publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.publishAt).toBeInstanceOf(Date);
  });

  it('accepts only our upload paths and https URLs as covers', () => {
    expect(isAllowedCoverUrl(`/uploads/${KEY}`)).toBe(true);
    expect(isAllowedCoverUrl('https://cdn.example.com/a.png')).toBe(true);
    for (const bad of ['http://cdn.example.com/a.png', 'javascript:alert(1)', 'data:image/png;base64,AA', '/uploads/../etc/passwd', `/uploads/${KEY}/x`, '/other.png']) {
      expect(isAllowedCoverUrl(bad)).toBe(false);
    }
    expect(fieldErrors(createBlogPostSchema.safeParse({ title: 'x', coverImageUrl: 'http://x.test/a.png' }))).toHaveProperty('coverImageUrl');
  });

  it('reports a reserved or malformed slug on the slug field', () => {
    expect(fieldErrors(createBlogPostSchema.safeParse({ title: 'x', slug: 'page' }))).toHaveProperty('slug');
    expect(fieldErrors(createBlogPostSchema.safeParse({ title: 'x', slug: 'Not a slug!' }))).toHaveProperty('slug');
  });
});

describe('updateBlogPostSchema', () => {
  it('needs the post id and applies the same rules', () => {
    expect(fieldErrors(updateBlogPostSchema.safeParse({ title: 'x' }))).toHaveProperty('postId');
    expect(fieldErrors(updateBlogPostSchema.safeParse({ postId: crypto.randomUUID(), title: 'x', status: 'scheduled' }))).toHaveProperty('publishAt');
  });
});

describe('listAdminPostsSchema', () => {
  it('falls back to defaults for junk in the URL instead of failing', () => {
    expect(listAdminPostsSchema.parse({ status: 'bogus', page: '-3' })).toEqual({ status: 'all', q: undefined, page: 1, pageSize: 20 });
    expect(listAdminPostsSchema.parse({ status: 'scheduled', page: '2', q: ' launch ' })).toMatchObject({ status: 'scheduled', page: 2, q: 'launch' });
  });
});
