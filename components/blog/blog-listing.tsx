import { Newspaper } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { listingPagePath, BLOG_PATH } from '@/lib/blog/paths';
import type { PublishedPostSummary } from '@/lib/blog/public-posts';
import { PageNumbers } from './page-numbers';
import { PostCard } from './post-card';
import { TagChips } from './tag-chips';

type BlogListingProps = {
  title: string;
  description: ReactNode;
  posts: PublishedPostSummary[];
  page: number;
  pageCount: number;
  /** The listing's first page (/blog or /blog/tags/<tag>); later pages are <basePath>/page/<n>. */
  basePath: `/${string}`;
  /** Every public tag with its post count, offered as topics above the list. */
  topics: { tag: string; count: number }[];
  activeTag?: string;
};

/** A page of the public blog (the index or one tag): heading, topics, posts, numbered pages, or the empty state. */
export function BlogListing({ title, description, posts, page, pageCount, basePath, topics, activeTag }: BlogListingProps) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-16 sm:py-20">
      <header className="mb-10 grid gap-4">
        <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">{title}</h1>
        <p className="max-w-2xl text-lg text-muted-foreground text-pretty">{description}</p>
        {page > 1 ? <p className="text-sm text-muted-foreground">Page {page} of {pageCount}</p> : null}
        <TagChips
          tags={topics.map((topic) => topic.tag)}
          counts={Object.fromEntries(topics.map((topic) => [topic.tag, topic.count]))}
          activeTag={activeTag}
          label="Topics"
          className="mt-2"
        />
      </header>
      {posts.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed p-12 text-center">
          <Newspaper className="size-8 text-muted-foreground" aria-hidden />
          <h2 className="text-lg font-medium">No posts yet</h2>
          <p className="max-w-sm text-sm text-muted-foreground">
            {activeTag ? 'Nothing is published under this topic yet.' : 'New articles will appear here as soon as they are published.'}
          </p>
          {activeTag ? (
            <Link href={BLOG_PATH} className="text-sm font-medium text-primary underline underline-offset-4">
              See all posts
            </Link>
          ) : null}
        </div>
      ) : (
        <div className="grid gap-10">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      )}
      <PageNumbers page={page} pageCount={pageCount} hrefFor={(n) => listingPagePath(basePath, n)} className="mt-12" />
    </div>
  );
}
