'use client';

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { FileText } from 'lucide-react';
import { useState } from 'react';
import { listPostsAction } from '@/lib/actions/marketing/content/list-posts';
import { PLATFORM_LABELS } from '@/lib/ai/content/platform-labels';
import type { PostsPage } from '@/lib/ai/content/posts';
import { cn } from '@/lib/utils';
import { postListKey, removePost, replacePost, type PostFilter } from './post-cache';
import { PostCard } from './post-card';
import { LoadMoreFooter } from '@/components/ui/load-more-footer';

const FILTERS: { value: PostFilter; label: string }[] = [{ value: 'all', label: 'All' }, ...Object.entries(PLATFORM_LABELS).map(([value, label]) => ({ value: value as PostFilter, label }))];

type Props = { orgSlug: string; orgId: string; initialPage: PostsPage; canWrite: boolean };

/** The workspace's posts, newest first, filtered by platform; more on "Load more". */
export function PostList({ orgSlug, orgId, initialPage, canWrite }: Props) {
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<PostFilter>('all');
  const [message, setMessage] = useState('');
  const query = useInfiniteQuery({
    queryKey: postListKey(orgId, filter),
    queryFn: async ({ pageParam }): Promise<PostsPage> => {
      const result = await listPostsAction({ orgSlug, platform: filter === 'all' ? undefined : filter, cursor: pageParam ?? undefined });
      if (!result?.data) throw new Error(result?.serverError ?? 'Posts could not be loaded.');
      return result.data;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Only the unfiltered list came with the page; the platform lists load when first chosen.
    initialData: filter === 'all' ? { pages: [initialPage], pageParams: [null] } : undefined,
  });
  const posts = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="grid gap-4" aria-labelledby="posts-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="posts-title" className="text-lg font-semibold">Posts</h2>
        <div role="group" aria-label="Filter by platform" className="flex gap-1 rounded-md border p-1">
          {FILTERS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={filter === option.value}
              onClick={() => setFilter(option.value)}
              className={cn('rounded px-3 py-1 text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50', filter === option.value && 'bg-muted font-medium text-foreground')}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
      {query.isPending ? (
        <p className="text-sm text-muted-foreground" aria-busy="true">Loading posts…</p>
      ) : posts.length === 0 && !query.isError ? (
        <div className="grid justify-items-center gap-2 rounded-lg border border-dashed p-8 text-center">
          <FileText className="size-8 text-muted-foreground" aria-hidden />
          <p className="font-medium">{filter === 'all' ? 'No posts yet' : `No ${PLATFORM_LABELS[filter]} posts yet`}</p>
          <p className="max-w-prose text-sm text-muted-foreground">Write a few with the form above: they appear here as drafts, ready to edit.</p>
        </div>
      ) : (
        <ul className="grid gap-4">
          {posts.map((post) => (
            <PostCard
              key={post.id}
              orgSlug={orgSlug}
              post={post}
              canWrite={canWrite}
              onChanged={(changed, text) => {
                replacePost(queryClient, orgId, changed);
                setMessage(text);
              }}
              onDeleted={(postId) => {
                removePost(queryClient, orgId, postId);
                setMessage('Post deleted.');
              }}
            />
          ))}
        </ul>
      )}
      <LoadMoreFooter
        error={query.isError ? query.error : null}
        onRetry={() => void query.refetch()}
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </section>
  );
}
