import { describe, expect, it } from 'vitest';
import { BLOG_SLUG_MAX, BLOG_SLUG_PATTERN, blogSlugSchema, numberedSlug, slugFromTitle } from './slug';

describe('slugFromTitle', () => {
  it('makes lower-case ascii words joined by single hyphens', () => {
    expect(slugFromTitle('Déjà Vu: 10 Growth Ideas & More!')).toBe('deja-vu-10-growth-ideas-and-more');
    expect(slugFromTitle('  Hello__World  ')).toBe('hello-world');
  });

  it('cuts long titles to 80 characters without a trailing hyphen', () => {
    const slug = slugFromTitle(`${'word '.repeat(30)}end`);
    expect(slug.length).toBeLessThanOrEqual(BLOG_SLUG_MAX);
    expect(slug).toMatch(BLOG_SLUG_PATTERN);
  });

  it('falls back to "post" when the title has no letters or digits', () => {
    expect(slugFromTitle('!!! ???')).toBe('post');
  });
});

describe('numberedSlug', () => {
  it('adds -n from the second candidate on, staying within the limit', () => {
    expect(numberedSlug('launch', 1)).toBe('launch');
    expect(numberedSlug('launch', 3)).toBe('launch-3');
    const long = 'a'.repeat(79);
    expect(numberedSlug(long, 12)).toBe(`${'a'.repeat(77)}-12`);
  });
});

describe('blogSlugSchema', () => {
  it('accepts a valid slug after trimming and lower-casing', () => {
    expect(blogSlugSchema.parse('  My-Post-2 ')).toBe('my-post-2');
  });

  it('refuses bad shapes and reserved words with a message', () => {
    for (const bad of ['my post', 'my--post', '-post', 'post-', 'ünïcode', 'a/b', 'x'.repeat(81)]) {
      expect(blogSlugSchema.safeParse(bad).success).toBe(false);
    }
    const reserved = blogSlugSchema.safeParse('page');
    expect(reserved.success).toBe(false);
    expect(reserved.error?.issues[0]?.message).toMatch(/reserved/);
    expect(blogSlugSchema.safeParse('tags').success).toBe(false);
    expect(blogSlugSchema.safeParse('rss').success).toBe(false);
  });
});
