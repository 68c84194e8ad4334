import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { fitsPlatform, fitToPlatform, normalizeHashtags, postLength, renderPost } from './platform-limits';

const weighted = (text: string) => twitterText.parseTweet(text).weightedLength;

describe('platform limits', () => {
  it('counts the body, a blank line and the hashtags: code points on LinkedIn, emoji as one', () => {
    expect(renderPost({ body: 'Hi 👋', hashtags: ['Growth', 'B2B'] })).toBe('Hi 👋\n\n#Growth #B2B');
    expect(postLength({ body: 'Hi 👋', hashtags: ['Growth', 'B2B'] }, 'linkedin')).toBe(18);
    expect(postLength({ body: 'Hi', hashtags: [] })).toBe(2);
  });

  it('counts X posts the way X does: emoji and CJK count 2, any link 23', () => {
    expect(postLength({ body: 'Hi 👋', hashtags: ['Growth', 'B2B'] }, 'x')).toBe(19);
    expect(postLength({ body: '日本語', hashtags: [], platform: 'x' })).toBe(6);
    expect(postLength({ body: `Read https://example.com/${'a'.repeat(200)}`, hashtags: [] }, 'x')).toBe(28);
    // 150 CJK characters are 150 code points but 300 on X: fine on LinkedIn, too long for X.
    const cjk = { body: '日'.repeat(150), hashtags: [] };
    expect(fitsPlatform(cjk, 'linkedin')).toBe(true);
    expect(fitsPlatform(cjk, 'x')).toBe(false);
    // A long link is fine on X: it counts 23 whatever its length.
    expect(fitsPlatform({ body: `https://example.com/${'a'.repeat(400)}`, hashtags: [] }, 'x')).toBe(true);
  });

  it('cleans hashtags: no #, no punctuation, no duplicates, five at most', () => {
    expect(normalizeHashtags(['#growth', 'Growth', 'b2b-saas', '', '#', 'a', 'b', 'c', 'd'])).toEqual(['growth', 'b2bsaas', 'a', 'b', 'c']);
  });

  it('fits an X post by dropping hashtags that would crowd out the body, then trimming the body', () => {
    const tags = Array.from({ length: 5 }, (_, i) => `AVeryLongHashtagAboutBookkeepingNumber${i}`);
    const fitted = fitToPlatform({ body: 'word '.repeat(100), hashtags: tags }, 'x');
    expect(postLength(fitted, 'x')).toBeLessThanOrEqual(280);
    expect(fitted.hashtags.length).toBeLessThan(5);
    expect(fitted.body.length).toBeGreaterThan(100);
    expect(fitToPlatform({ body: 'fine', hashtags: ['ok'] }, 'x')).toEqual({ body: 'fine', hashtags: ['ok'] });
  });

  it('trims emoji, CJK text and links to a post X accepts, the ellipsis (2 on X) included', () => {
    for (const body of ['🚀 '.repeat(200), '会計を毎月締めると利益が見える。'.repeat(30), `See https://example.com/a ${'and more words '.repeat(40)}`]) {
      const fitted = fitToPlatform({ body, hashtags: ['Growth'] }, 'x');
      const text = renderPost(fitted);
      expect(twitterText.parseTweet(text).valid).toBe(true);
      expect(weighted(text)).toBeLessThanOrEqual(280);
      expect(fitted.body.endsWith('…')).toBe(true);
      // Not cut far short either: the budget is spent.
      expect(weighted(text)).toBeGreaterThan(250);
    }
  });

  it('drops the characters X refuses (a byte-order mark) instead of leaving an invalid post', () => {
    const fitted = fitToPlatform({ body: '\uFEFFHello there', hashtags: [] }, 'x');
    expect(fitted.body).toBe('Hello there');
    expect(fitsPlatform(fitted, 'x')).toBe(true);
  });

  it('keeps LinkedIn at 3,000 code points', () => {
    const fitted = fitToPlatform({ body: '日本語 '.repeat(1000), hashtags: [] }, 'linkedin');
    expect([...fitted.body].length).toBeLessThanOrEqual(3000);
    expect([...fitted.body].length).toBeGreaterThan(2900);
  });
});
