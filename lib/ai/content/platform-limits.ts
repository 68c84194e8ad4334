import type { ContentPlatform } from '@/db/schema/values';

/** The most characters a post may have on each platform, hashtags included. */
export const PLATFORM_LIMITS: Record<ContentPlatform, number> = { linkedin: 3000, x: 280 };

export const PLATFORM_LABELS: Record<ContentPlatform, string> = { linkedin: 'LinkedIn', x: 'X' };

export type PostText = { body: string; hashtags: string[] };

// Characters are counted as code points, so an emoji counts once (String#length would count two).
function charCount(text: string): number {
  return [...text].length;
}

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

export function postLength(post: PostText): number {
  return charCount(renderPost(post));
}

export function fitsPlatform(post: PostText, platform: ContentPlatform): boolean {
  return postLength(post) <= PLATFORM_LIMITS[platform];
}

/** Cuts text to at most `max` characters at the last word boundary, with an ellipsis when it cut. */
export function trimAtWord(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  const slice = chars.slice(0, Math.max(0, max - 1)).join('');
  const boundary = slice.search(/\s\S*$/);
  const cut = (boundary > max / 2 ? slice.slice(0, boundary) : slice).replace(/[\s,;:.!?-]+$/u, '');
  return `${cut}…`;
}

/**
 * Makes a post fit its platform: hashtags go first (from the last) while they would leave the body less
 * than half the room, then the body is cut at a word boundary.
 */
export function fitToPlatform(post: PostText, platform: ContentPlatform): PostText {
  const limit = PLATFORM_LIMITS[platform];
  const hashtags = [...post.hashtags];
  const body = post.body.trim();
  if (postLength({ body, hashtags }) <= limit) return { body, hashtags };
  while (hashtags.length > 0 && postLength({ body: '', hashtags }) > limit / 2) hashtags.pop();
  const tagRoom = hashtags.length ? charCount(renderPost({ body: '', hashtags })) + 2 : 0;
  return { body: trimAtWord(body, limit - tagRoom), hashtags };
}
