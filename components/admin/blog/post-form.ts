import type { Control } from 'react-hook-form';
import type { z } from 'zod';
import type { BlogPostStatus } from '@/db/schema/values';
import type { createBlogPostSchema } from '@/lib/blog/schemas';

/** The editor's form values: what the shared schema accepts (dates may still be datetime-local text). */
export type PostFormValues = z.input<typeof createBlogPostSchema>;
export type PostFormOutput = z.output<typeof createBlogPostSchema>;
export type PostFormControl = Control<PostFormValues, unknown, PostFormOutput>;

/** The post as the editor receives it from the server page. */
export type EditorPost = {
  id: string;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  tags: string[];
  coverImageUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  status: BlogPostStatus;
  publishedAt: Date | null;
  authorId: string | null;
  authorName: string | null;
  authorEmail: string | null;
};

export type AuthorOption = { id: string; name: string | null; email: string };

/** What each publishing button asks for. `save` keeps the post's status and date as they are. */
export type SaveIntent = 'save' | 'draft' | 'schedule' | 'publish';

export function statusForIntent(intent: SaveIntent, isNew: boolean): BlogPostStatus | undefined {
  if (intent === 'schedule') return 'scheduled';
  if (intent === 'publish') return 'published';
  if (intent === 'draft' || isNew) return 'draft';
  return undefined;
}

export function formDefaults(post: EditorPost | undefined, defaultAuthorId: string): PostFormValues {
  return {
    title: post?.title ?? '',
    slug: post?.slug ?? '',
    excerpt: post?.excerpt ?? '',
    body: post?.body ?? '',
    tags: post?.tags ?? [],
    coverImageUrl: post?.coverImageUrl ?? '',
    seoTitle: post?.seoTitle ?? '',
    seoDescription: post?.seoDescription ?? '',
    status: post?.status ?? 'draft',
    publishAt: post?.status === 'scheduled' && post.publishedAt ? post.publishedAt : undefined,
    authorId: post ? (post.authorId ?? undefined) : defaultAuthorId,
  };
}
