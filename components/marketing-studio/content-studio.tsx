'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { PostQuota } from '@/lib/ai/content/post-quota';
import type { PostsPage, PostView } from '@/lib/ai/content/posts';
import { ContentGenerator } from './content-generator';
import { prependPost } from './post-cache';
import { PostList } from './post-list';

type Props = { orgSlug: string; orgId: string; pillars: string[]; quota: PostQuota; initialPage: PostsPage; canWrite: boolean };

/** The content tab: the generator (for members who may write) above the posts, which fill in as they are written. */
export function ContentStudio({ orgSlug, orgId, pillars, quota, initialPage, canWrite }: Props) {
  const queryClient = useQueryClient();
  // Posts written since the page loaded, across batches: the allowance shown shrinks with each.
  const [written, setWritten] = useState(0);
  const onPost = useCallback(
    (post: PostView) => {
      prependPost(queryClient, orgId, post);
      setWritten((n) => n + 1);
    },
    [queryClient, orgId],
  );
  return (
    <div className="grid gap-6">
      {canWrite ? <ContentGenerator orgSlug={orgSlug} pillars={pillars} quota={{ ...quota, remaining: Math.max(0, quota.remaining - written) }} onPost={onPost} /> : null}
      <PostList orgSlug={orgSlug} orgId={orgId} initialPage={initialPage} canWrite={canWrite} />
    </div>
  );
}
