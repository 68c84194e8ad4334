'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { BellOff } from 'lucide-react';
import { EmptyState } from '@/components/admin/empty-state';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { fetchNotifications, notificationKeys, PAGE_LIMIT, type NotificationFilter, type NotificationsPage } from './notification-api';
import { NotificationRow, type OpenNotification } from './notification-row';

type Props = {
  orgSlug: string;
  filter: NotificationFilter;
  /** The first page, rendered by the server (for the "All" tab). */
  initialPage?: NotificationsPage;
  renderedAt: string;
  onOpen: OpenNotification;
};

/** One tab of the notifications page: newest first, older pages on demand. */
export function NotificationList({ orgSlug, filter, initialPage, renderedAt, onOpen }: Props) {
  const query = useInfiniteQuery({
    queryKey: notificationKeys.list(orgSlug, filter),
    queryFn: ({ pageParam, signal }) => fetchNotifications(orgSlug, { cursor: pageParam, unreadOnly: filter === 'unread', limit: PAGE_LIMIT }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    ...(initialPage ? { initialData: { pages: [initialPage], pageParams: [null] } } : {}),
  });

  if (query.isPending) {
    return (
      <div className="grid gap-2" aria-busy="true" aria-label="Loading notifications">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-16" />
        ))}
      </div>
    );
  }
  if (query.isError && !query.data) {
    return (
      <p role="alert" className="text-sm text-destructive">
        {query.error.message}{' '}
        <button type="button" className="underline underline-offset-4" onClick={() => void query.refetch()}>
          Try again
        </button>
      </p>
    );
  }

  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return filter === 'unread' ? (
      <EmptyState icon={<BellOff />} title="Nothing unread" description="You have read every notification in this workspace." />
    ) : (
      <EmptyState icon={<BellOff />} title="No notifications yet" description="Tasks assigned to you, new leads and insights will show up here." />
    );
  }

  return (
    <div className="grid gap-4">
      <ul aria-label={filter === 'unread' ? 'Unread notifications' : 'All notifications'} className="grid divide-y rounded-lg border">
        {items.map((item) => (
          <li key={item.id}>
            <NotificationRow item={item} onOpen={onOpen} renderedAt={renderedAt} />
          </li>
        ))}
      </ul>
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-destructive">
          {query.error?.message ?? 'Notifications could not be loaded.'}
        </p>
      ) : null}
      {query.hasNextPage ? (
        <Button variant="outline" className="justify-self-center" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? 'Loading…' : query.isFetchNextPageError ? 'Try again' : 'Load more'}
        </Button>
      ) : null}
    </div>
  );
}
