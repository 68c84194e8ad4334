import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { BLOG_POST_STATUSES } from '@/db/schema/values';
import { isStorageKey } from '@/lib/providers/storage/keys';
import { BLOG_SLUG_PATTERN, blogSlugSchema } from './slug';

// Pure zod, shared by the editor form, the server actions and the domain functions.

export const BLOG_LIMITS = { title: 200, excerpt: 300, body: 100_000, tags: 10, tag: 40, seoTitle: 70, seoDescription: 160 } as const;

const UPLOADS_PREFIX = '/uploads/';

/** A cover image is either a file the upload route stored (`/uploads/<key>`) or an https URL; nothing else is embedded. */
export function isAllowedCoverUrl(value: string): boolean {
  if (value.startsWith(UPLOADS_PREFIX)) return isStorageKey(value.slice(UPLOADS_PREFIX.length));
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

// Tags appear in URLs (/blog/tags/<tag>), so they are normalised like slugs: "Growth Marketing" → growth-marketing.
// The limit applies to the stored slug, which can be longer than what was typed ("&" → "and", "Ю" → "yu"); the
// typed text gets only a loose cap so a huge string is never slugified.
const tagSchema = z
  .string()
  .trim()
  .min(1, 'Tags cannot be empty.')
  .max(BLOG_LIMITS.tag * 4, `Keep each tag under ${BLOG_LIMITS.tag} characters.`)
  .transform((tag) => slugify(tag))
  .pipe(z.string().min(1, 'Use letters or digits in tags.').max(BLOG_LIMITS.tag, `Keep each tag under ${BLOG_LIMITS.tag} characters.`));

/** Whether a URL segment can be a tag at all (tags are stored slugified), before asking the database. */
export function isTagSegment(segment: string): boolean {
  return segment.length <= BLOG_LIMITS.tag && BLOG_SLUG_PATTERN.test(segment);
}

const tagsSchema = z
  .array(tagSchema)
  .max(BLOG_LIMITS.tags, `Use at most ${BLOG_LIMITS.tags} tags.`)
  .transform((tags) => [...new Set(tags)]);

/** Optional text where an empty box means "not set" (stored as null). */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional();

const coverImageUrlSchema = z
  .string()
  .trim()
  .max(2000, 'This address is too long.')
  .refine((value) => value === '' || isAllowedCoverUrl(value), 'Upload an image or use an https:// address.')
  .transform((value) => value || null)
  .nullable()
  .optional();

export const blogPostFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(BLOG_LIMITS.title, `Keep the title under ${BLOG_LIMITS.title} characters.`),
  // Empty or absent: the domain derives a unique slug from the title (on update: keeps the current one if absent).
  slug: z.union([z.literal('').transform(() => undefined), blogSlugSchema]).optional(),
  // Absent fields are left as they are on update (and start empty on create), so a partial save loses nothing.
  excerpt: z.string().trim().max(BLOG_LIMITS.excerpt, `Keep the excerpt under ${BLOG_LIMITS.excerpt} characters.`).optional(),
  body: z.string().max(BLOG_LIMITS.body, `The post can be at most ${BLOG_LIMITS.body.toLocaleString('en')} characters.`).optional(),
  tags: tagsSchema.optional(),
  coverImageUrl: coverImageUrlSchema,
  seoTitle: optionalText(BLOG_LIMITS.seoTitle, 'The SEO title'),
  seoDescription: optionalText(BLOG_LIMITS.seoDescription, 'The SEO description'),
  status: z.enum(BLOG_POST_STATUSES).optional(),
  publishAt: z.coerce.date<Date | string>({ error: 'Enter a valid date and time.' }).optional(),
  authorId: z.uuid('Choose an author.').nullable().optional(),
});

/** The schedule rule lives here so the form and the server answer it the same way, on the publishAt field. */
function requireFuturePublishAt(value: { status?: string; publishAt?: Date }, context: z.RefinementCtx) {
  if (value.status !== 'scheduled') return;
  if (!value.publishAt) context.addIssue({ code: 'custom', path: ['publishAt'], message: 'Choose when to publish.' });
  else if (value.publishAt.getTime() <= Date.now()) {
    context.addIssue({ code: 'custom', path: ['publishAt'], message: 'Choose a time in the future.' });
  }
}

export const createBlogPostSchema = blogPostFieldsSchema.superRefine(requireFuturePublishAt);
export type CreateBlogPostInput = z.input<typeof createBlogPostSchema>;
export type BlogPostFields = z.output<typeof createBlogPostSchema>;

export const updateBlogPostSchema = blogPostFieldsSchema.safeExtend({ postId: z.uuid() }).superRefine(requireFuturePublishAt);
export type UpdateBlogPostInput = z.input<typeof updateBlogPostSchema>;

export const BLOG_STATUS_FILTERS = ['all', ...BLOG_POST_STATUSES] as const;

export const listAdminPostsSchema = z.object({
  status: z.enum(BLOG_STATUS_FILTERS).catch('all').default('all'),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListAdminPostsInput = z.input<typeof listAdminPostsSchema>;
