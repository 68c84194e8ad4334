'use client';

import { useQuery } from '@tanstack/react-query';
import { Bell, CheckCheck } from 'lucide-react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover';
import { Skeleton } from '@/components/ui/skeleton';
import { BELL_LIMIT, fetchNotifications, notificationKeys } from './notification-api';
import { NotificationRow } from './notification-row';
import { useMarkRead, useOpenNotification } from './use-mark-read';

const POLL_MS = 30_000;

function unreadLabel(count: number) {
  return count > 0 ? `Notifications, ${count} unread` : 'Notifications';
}

/**
 * The header's bell: unread count, and the latest notifications in a popover. It polls every 30 s while
 * the tab is visible (TanStack pauses intervals in hidden tabs) and refetches when the window regains focus.
 * Shown inside a workspace only; the staff portal shares the header and has no `orgSlug`.
 */
export function NotificationBell() {
  const params = useParams<{ orgSlug?: string }>();
  const orgSlug = typeof params?.orgSlug === 'string' ? params.orgSlug : null;
  return orgSlug ? <WorkspaceBell orgSlug={orgSlug} /> : null;
}

function WorkspaceBell({ orgSlug }: { orgSlug: string }) {
  const [open, setOpen] = useState(false);
  const query = useQuery({
    queryKey: notificationKeys.bell(orgSlug),
    queryFn: ({ signal }) => fetchNotifications(orgSlug, { limit: BELL_LIMIT }, signal),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
  const markRead = useMarkRead(orgSlug);
  const openNotification = useOpenNotification(orgSlug, () => setOpen(false));
  const unread = query.data?.unreadCount ?? 0;
  const items = query.data?.items ?? [];

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={unreadLabel(unread)}>
          <Bell aria-hidden />
          {unread > 0 ? (
            <span aria-hidden className="absolute -top-0.5 -right-0.5 grid h-4 min-w-4 place-items-center rounded-full bg-primary px-1 text-[10px] font-semibold leading-none text-primary-foreground tabular-nums">
              {unread > 99 ? '99+' : unread}
            </span>
          ) : null}
        </Button>
      </PopoverTrigger>
      {/* Announces a change of the count (a new notification arriving) without moving focus. */}
      <span className="sr-only" aria-live="polite">
        {query.data ? (unread > 0 ? `${unread} unread notifications` : '') : ''}
      </span>
      <PopoverContent align="end" className="w-96 max-w-[calc(100vw-2rem)] p-0">
        <div className="flex items-center justify-between gap-2 border-b px-3 py-2">
          <h2 className="text-sm font-semibold">Notifications</h2>
          <Button variant="ghost" size="sm" disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
            <CheckCheck aria-hidden />
            Mark all read
          </Button>
        </div>
        <div className="max-h-[min(28rem,70vh)] overflow-y-auto p-1" aria-busy={query.isPending}>
          {query.isPending ? (
            <div className="grid gap-2 p-2" aria-label="Loading notifications">
              {Array.from({ length: 3 }, (_, i) => (
                <Skeleton key={i} className="h-12" />
              ))}
            </div>
          ) : query.isError && !query.data ? (
            <p role="alert" className="p-3 text-sm text-destructive">
              {query.error.message}{' '}
              <button type="button" className="underline underline-offset-4" onClick={() => void query.refetch()}>
                Try again
              </button>
            </p>
          ) : items.length === 0 ? (
            <p className="px-3 py-8 text-center text-sm text-muted-foreground">You are all caught up.</p>
          ) : (
            <ul aria-label="Latest notifications" className="grid gap-0.5">
              {items.map((item) => (
                <li key={item.id}>
                  <NotificationRow item={item} onOpen={openNotification} compact />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="border-t p-1">
          <Button asChild variant="ghost" size="sm" className="w-full">
            <Link href={`/app/${orgSlug}/notifications`} onClick={() => setOpen(false)}>
              View all
            </Link>
          </Button>
        </div>
      </PopoverContent>
    </Popover>
  );
}
