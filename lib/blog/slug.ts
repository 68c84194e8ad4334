import slugify from '@sindresorhus/slugify';
import { z } from 'zod';

// Pure rules shared by the editor (live URL preview), the actions and the domain; no database here.

export const BLOG_SLUG_MAX = 80;
export const BLOG_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that collide with routes under /blog (/blog/page/2, /blog/tags/x…): no post may shadow a route. */
export const RESERVED_BLOG_SLUGS = new Set([
  'page', 'pages', 'tags', 'tag', 'rss', 'feed', 'atom', 'new', 'edit', 'admin', 'api', 'search', 'index',
  'sitemap', 'opengraph-image', 'twitter-image', 'uploads',
]);

/** What a slug falls back to when the title has no letters or digits at all (e.g. only emoji). */
const FALLBACK_SLUG = 'post';

export function isReservedBlogSlug(slug: string): boolean {
  return RESERVED_BLOG_SLUGS.has(slug);
}

/** Cuts a slug to `max` characters without leaving a trailing hyphen. */
function truncateSlug(slug: string, max: number): string {
  return slug.slice(0, max).replace(/-+$/, '');
}

/** The slug a title suggests: lower-case ascii words joined by hyphens, at most 80 characters. */
export function slugFromTitle(title: string): string {
  return truncateSlug(slugify(title), BLOG_SLUG_MAX) || FALLBACK_SLUG;
}

/** `base`, `base-2`, `base-3`…: the n-th candidate, still within the length limit. */
export function numberedSlug(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${truncateSlug(base, BLOG_SLUG_MAX - suffix.length)}${suffix}`;
}

/** A slug typed by hand: checked as given (after trimming and lower-casing), never silently rewritten. */
export const blogSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter a slug.')
  .max(BLOG_SLUG_MAX, `Use at most ${BLOG_SLUG_MAX} characters.`)
  .regex(BLOG_SLUG_PATTERN, 'Use lower-case letters, digits and single hyphens (e.g. my-first-post).')
  .refine((slug) => !isReservedBlogSlug(slug), 'This word is reserved for the blog’s own pages. Choose another slug.');
