'use client';

import { useQuery } from '@tanstack/react-query';
import { CheckCheck } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { BELL_LIMIT, fetchNotifications, notificationKeys, type NotificationFilter, type NotificationsPage } from './notification-api';
import { NotificationList } from './notification-list';
import { useMarkRead, useOpenNotification } from './use-mark-read';

/** The notifications page: All / Unread tabs and "Mark all read". */
export function NotificationsView({ orgSlug, initialPage, renderedAt }: { orgSlug: string; initialPage: NotificationsPage; renderedAt: string }) {
  const [filter, setFilter] = useState<NotificationFilter>('all');
  const markRead = useMarkRead(orgSlug);
  const openNotification = useOpenNotification(orgSlug);
  // Shares the bell's query (and its polling), so the count here and in the header always agree.
  const bell = useQuery({
    queryKey: notificationKeys.bell(orgSlug),
    queryFn: ({ signal }) => fetchNotifications(orgSlug, { limit: BELL_LIMIT }, signal),
  });
  const unread = bell.data?.unreadCount ?? initialPage.unreadCount;

  return (
    <Tabs value={filter} onValueChange={(value) => setFilter(value as NotificationFilter)} className="gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TabsList aria-label="Show">
          <TabsTrigger value="all">All</TabsTrigger>
          <TabsTrigger value="unread">Unread{unread > 0 ? ` (${unread})` : ''}</TabsTrigger>
        </TabsList>
        <Button variant="outline" size="sm" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
          <CheckCheck aria-hidden />
          Mark all read
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {unread > 0 ? `${unread} unread notifications` : 'No unread notifications'}
      </p>
      <TabsContent value="all">
        <NotificationList orgSlug={orgSlug} filter="all" initialPage={initialPage} renderedAt={renderedAt} onOpen={openNotification} />
      </TabsContent>
      <TabsContent value="unread">
        <NotificationList orgSlug={orgSlug} filter="unread" renderedAt={renderedAt} onOpen={openNotification} />
      </TabsContent>
    </Tabs>
  );
}
