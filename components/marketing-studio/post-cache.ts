import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { ContentPlatform } from '@/db/schema/values';
import type { PostsPage, PostView } from '@/lib/ai/content/posts';

export type PostFilter = ContentPlatform | 'all';

export const postsKey = (orgId: string) => ['org', orgId, 'content', 'posts'] as const;
export const postListKey = (orgId: string, filter: PostFilter) => [...postsKey(orgId), filter] as const;

type Pages = InfiniteData<PostsPage>;

function update(queryClient: QueryClient, orgId: string, filters: PostFilter[], change: (data: Pages) => Pages) {
  for (const filter of filters) queryClient.setQueryData<Pages>(postListKey(orgId, filter), (data) => (data ? change(data) : data));
}

/** A post that was just written goes to the top of the lists it belongs in ("All" and its platform). */
export function prependPost(queryClient: QueryClient, orgId: string, post: PostView) {
  update(queryClient, orgId, ['all', post.platform], (data) => {
    if (data.pages.some((page) => page.items.some((item) => item.id === post.id))) return data;
    const [first, ...rest] = data.pages;
    return { ...data, pages: [{ items: [post, ...(first?.items ?? [])], nextCursor: first?.nextCursor ?? null }, ...rest] };
  });
}

/** An edited, regenerated or improved post replaces its old self wherever it is listed. */
export function replacePost(queryClient: QueryClient, orgId: string, post: PostView) {
  update(queryClient, orgId, ['all', post.platform], (data) => ({
    ...data,
    pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === post.id ? post : item)) })),
  }));
}

export function removePost(queryClient: QueryClient, orgId: string, postId: string) {
  update(queryClient, orgId, ['all', 'linkedin', 'x'], (data) => ({
    ...data,
    pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== postId) })),
  }));
}
