import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ArticleBody } from '@/components/blog/article-body';
import { CoverImage } from '@/components/blog/cover-image';
import { PostDate } from '@/components/blog/post-date';
import { TagChips } from '@/components/blog/tag-chips';
import { JsonLd } from '@/components/marketing/json-ld';
import { getDb } from '@/db';
import { renderMarkdown } from '@/lib/blog/markdown';
import { buildPostMetadata } from '@/lib/blog/page-metadata';
import { BLOG_PATH, postPath } from '@/lib/blog/paths';
import { getPublishedPostBySlug } from '@/lib/blog/public-posts';
import { buildBlogPostingJsonLd } from '@/lib/blog/structured-data';
import { getSiteUrl } from '@/lib/marketing/site';

type Props = { params: Promise<{ slug: string }> };

// Nothing is read at build time: each post renders on its first visit, then is served from the cache and
// rebuilt at most once a minute, which is also how a scheduled post appears within a minute of its time.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

// generateMetadata and the page ask for the same post; one query serves both.
const findPost = cache((slug: string) => getPublishedPostBySlug(getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPost((await params).slug);
  return found && 'post' in found ? buildPostMetadata(found.post) : {};
}

export default async function BlogPostPage({ params }: Props) {
  const found = await findPost((await params).slug);
  if (!found) notFound();
  // An old slug: send readers and search engines to the post's current address for good.
  if ('redirectTo' in found) permanentRedirect(postPath(found.redirectTo));
  const { post } = found;

  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:py-16">
      <JsonLd data={buildBlogPostingJsonLd(post, getSiteUrl())} />
      <Link href={BLOG_PATH} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft className="size-4" aria-hidden />
        All posts
      </Link>
      <header className="mt-6 grid gap-4">
        <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">{post.title}</h1>
        {post.excerpt ? <p className="text-xl text-muted-foreground text-pretty">{post.excerpt}</p> : null}
        <p className="text-sm text-muted-foreground">
          {post.authorName ? (
            <>
              By <span className="font-medium text-foreground">{post.authorName}</span> ·{' '}
            </>
          ) : null}
          <PostDate date={post.publishedAt} />
        </p>
        <TagChips tags={post.tags} label="Tags" />
      </header>
      {post.coverImageUrl ? <CoverImage src={post.coverImageUrl} priority className="mt-8" /> : null}
      <ArticleBody html={renderMarkdown(post.body)} className="mt-10" />
      <footer className="mt-12 border-t pt-6">
        <Link href={BLOG_PATH} className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
          <ArrowLeft className="size-4" aria-hidden />
          Back to all posts
        </Link>
      </footer>
    </article>
  );
}
