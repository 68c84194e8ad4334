import { describe, expect, it } from 'vitest';
import { generatedPostSchema } from '@/lib/ai/content/content-schemas';
import { postLength, type PostText } from '@/lib/ai/content/platform-limits';
import type { OfflineReply, OfflineRequest } from '../types';
import { composeContent, composeImprovedPost } from './content';

const profile = { name: 'Acme', description: 'Bookkeeping software for agencies', industry: 'B2B SaaS', audience: 'agency founders', goals: '', voice: '' };
const request = (context: Record<string, unknown>): OfflineRequest => ({ prompt: [], tools: [], schema: { type: 'object' }, context });
const postOf = (reply: OfflineReply): PostText => generatedPostSchema.parse(reply.kind === 'object' ? reply.value : null);
const contentContext = (overrides: Record<string, unknown> = {}) => ({ platform: 'linkedin', pillar: 'Customer stories', topic: '', profile, index: 1, ...overrides });

describe('composeContent', () => {
  it('writes a different LinkedIn post for each day of a week, with hashtags from the pillar and industry', () => {
    const posts = Array.from({ length: 7 }, (_, i) => postOf(composeContent(request(contentContext({ index: i + 1 })))));
    expect(new Set(posts.map((post) => post.body)).size).toBe(7);
    expect(posts[0]!.hashtags).toEqual(['CustomerStories', 'B2BSaaS']);
    const topical = postOf(composeContent(request(contentContext({ topic: 'Month-end close' }))));
    expect(topical.hashtags).toEqual(['CustomerStories', 'B2BSaaS', 'MonthEnd']);
    for (const post of posts) expect(postLength(post)).toBeLessThanOrEqual(3000);
  });

  it('keeps X posts within 280 characters with hashtags, even for a long topic', () => {
    for (let index = 1; index <= 7; index++) {
      const post = postOf(composeContent(request(contentContext({ platform: 'x', index, topic: 'why monthly close processes break down when agencies grow past twenty people '.repeat(3) }))));
      expect(postLength(post)).toBeLessThanOrEqual(280);
      expect(post.hashtags.length).toBeLessThanOrEqual(2);
    }
  });

  it('writes something other than the body it is asked to avoid (Regenerate), deterministically', () => {
    const first = postOf(composeContent(request(contentContext({ index: 1 }))));
    const again = postOf(composeContent(request(contentContext({ index: 1, avoid: first.body }))));
    expect(again.body).not.toBe(first.body);
    expect(postOf(composeContent(request(contentContext({ index: 1, avoid: first.body }))))).toEqual(again);
  });
});

describe("composeContent and the strategy's tone", () => {
  // Post 3 opens "… does not have to be complicated." and ends on a closing line: both follow the tone.
  const write = (tone: string, voice = '') => postOf(composeContent(request(contentContext({ index: 3, tone, profile: { ...profile, voice } })))).body;

  it('writes a casual tone with contractions and a casual closing line', () => {
    const casual = write('Casual and friendly');
    expect(casual).toContain("doesn't have to be complicated");
    expect(casual).toMatch(/(What's worked|Bookmark|Stick around|trying first|Send it their way)/);
  });

  it('writes a formal tone without contractions and with a formal closing line', () => {
    const formal = write('Formal and authoritative');
    expect(formal).toContain('does not have to be complicated');
    expect(formal).not.toMatch(/\w'(s|t|re)\b/);
    expect(formal).toMatch(/(welcome your perspective|Consider keeping|practical guidance|would you implement|share this with a colleague)/);
    expect(formal).not.toBe(write(''));
  });

  it("falls back to the profile's voice without a strategy", () => {
    expect(write('', 'relaxed and warm')).toBe(write('Casual'));
  });
});

describe('composeImprovedPost', () => {
  const body = 'We are glad to assist agencies. It is easy to start. Therefore, we do not charge for setup. Our team will help you move your books in a day.';
  const improve = (feedback: string, platform = 'linkedin') => postOf(composeImprovedPost(request({ platform, body, hashtags: ['Agencies'], feedback })));

  it('trims for "shorter" and swaps register for "more casual" and "more formal"', () => {
    expect(improve('make it shorter').body.length).toBeLessThan(body.length * 0.7);
    const casual = improve('more casual please').body;
    expect(casual).toContain("We're glad to help agencies. It's easy to start. So we don't charge");
    const formal = postOf(composeImprovedPost(request({ platform: 'linkedin', body: casual, hashtags: [], feedback: 'more formal' }))).body;
    expect(formal).toContain('We are glad to assist agencies. It is easy to start.');
  });

  it('appends a question or a call to action, and otherwise rewrites the opening with the feedback', () => {
    expect(improve('add a question at the end').body).toMatch(/\?$/);
    expect(improve('needs a call to action').body).toMatch(/Send us a message/);
    const rewritten = improve('mention pricing transparency');
    expect(rewritten.body).toMatch(/^Mention, pricing, transparency/);
    expect(rewritten.body).toContain('It is easy to start.');
    expect(rewritten.hashtags).toEqual(['Agencies']);
  });

  it('keeps the platform limit', () => {
    const long = 'Agencies grow fast and books get messy. '.repeat(10);
    const post = postOf(composeImprovedPost(request({ platform: 'x', body: long, hashtags: ['Agencies'], feedback: 'add a call to action' })));
    expect(postLength(post)).toBeLessThanOrEqual(280);
  });
});
