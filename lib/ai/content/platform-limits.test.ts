import { describe, expect, it } from 'vitest';
import { fitToPlatform, normalizeHashtags, postLength, renderPost, trimAtWord } from './platform-limits';

describe('platform limits', () => {
  it('counts the body, a blank line and the hashtags, emoji as one character', () => {
    expect(renderPost({ body: 'Hi 👋', hashtags: ['Growth', 'B2B'] })).toBe('Hi 👋\n\n#Growth #B2B');
    expect(postLength({ body: 'Hi 👋', hashtags: ['Growth', 'B2B'] })).toBe(18);
    expect(postLength({ body: 'Hi', hashtags: [] })).toBe(2);
  });

  it('cleans hashtags: no #, no punctuation, no duplicates, five at most', () => {
    expect(normalizeHashtags(['#growth', 'Growth', 'b2b-saas', '', '#', 'a', 'b', 'c', 'd'])).toEqual(['growth', 'b2bsaas', 'a', 'b', 'c']);
  });

  it('cuts at a word boundary with an ellipsis', () => {
    expect(trimAtWord('one two three four', 12)).toBe('one two…');
    expect(trimAtWord('short', 12)).toBe('short');
  });

  it('fits an X post by dropping hashtags that would crowd out the body, then trimming the body', () => {
    const tags = Array.from({ length: 5 }, (_, i) => `AVeryLongHashtagAboutBookkeepingNumber${i}`);
    const fitted = fitToPlatform({ body: 'word '.repeat(100), hashtags: tags }, 'x');
    expect(postLength(fitted)).toBeLessThanOrEqual(280);
    expect(fitted.hashtags.length).toBeLessThan(5);
    expect(fitted.body.length).toBeGreaterThan(100);
    expect(fitToPlatform({ body: 'fine', hashtags: ['ok'] }, 'x')).toEqual({ body: 'fine', hashtags: ['ok'] });
  });
});
