import twitterText from 'twitter-text';
import type { ContentPlatform } from '@/db/schema/values';
import { clipAtWord, codePointLength } from '@/lib/text/plain-text';

// Kept here too for the modules that import it with the limits.
export { PLATFORM_LABELS } from './platform-labels';

/**
 * The most a post may have on each platform, hashtags included: code points on LinkedIn, X's weighted
 * length on X (most CJK characters and emoji count 2, any link counts 23).
 */
export const PLATFORM_LIMITS: Record<ContentPlatform, number> = { linkedin: 3000, x: 280 };

export type PostText = { body: string; hashtags: string[] };

// Characters X refuses in a post (byte-order marks and non-characters); invisible, so dropping them loses nothing.
const X_INVALID_CHARS = /[\uFFFE\uFEFF\uFFFF]/g;

/** Hashtags as stored: no '#', no spaces or punctuation, each once, at most five. */
export function normalizeHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const clean = tag.replace(/^#+/, '').replace(/[^\p{L}\p{N}_]/gu, '');
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    result.push(clean);
    if (result.length === 5) break;
  }
  return result;
}

/** The post as it is published: the body, a blank line, then the hashtags. */
export function renderPost({ body, hashtags }: PostText): string {
  const tags = hashtags.map((tag) => `#${tag}`).join(' ');
  return tags ? `${body.trim()}\n\n${tags}` : body.trim();
}

function measureText(text: string, platform: ContentPlatform): number {
  return platform === 'x' ? twitterText.parseTweet(text).weightedLength : codePointLength(text);
}

/**
 * The post's length as its platform counts it, hashtags included. The platform defaults to the post's own
 * (a stored post or a tool's input carries it), else LinkedIn's plain count.
 */
export function postLength(post: PostText & { platform?: ContentPlatform }, platform: ContentPlatform = post.platform ?? 'linkedin'): number {
  return measureText(renderPost(post), platform);
}

export function fitsPlatform(post: PostText, platform: ContentPlatform): boolean {
  const text = renderPost(post);
  // X's own check: within the weighted limit, not empty, no characters it refuses.
  if (platform === 'x') return twitterText.parseTweet(text).valid;
  return codePointLength(text) <= PLATFORM_LIMITS[platform];
}

/**
 * Makes a post fit its platform: hashtags go first (from the last) while they would take more than half
 * the room, then the body is cut at a word boundary, measured with the hashtags as the platform counts.
 */
export function fitToPlatform(post: PostText, platform: ContentPlatform): PostText {
  const limit = PLATFORM_LIMITS[platform];
  const hashtags = [...post.hashtags];
  const body = platform === 'x' ? post.body.replace(X_INVALID_CHARS, '').trim() : post.body.trim();
  if (fitsPlatform({ body, hashtags }, platform)) return { body, hashtags };
  while (hashtags.length > 0 && postLength({ body: '', hashtags }, platform) > limit / 2) hashtags.pop();
  return { body: clipAtWord(body, limit, (text) => postLength({ body: text, hashtags }, platform)), hashtags };
}
