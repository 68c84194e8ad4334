'use client';

import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { toast } from 'sonner';
import { markNotificationsReadAction } from '@/lib/actions/notifications/mark-notifications-read';
import { actionErrorMessage } from '@/lib/forms/field-errors';
import { markReadInCache, notificationKeys, type NotificationsPage } from './notification-api';
import type { OpenNotification } from './notification-row';

type Target = { ids: string[] } | { all: true };
type Cached = NotificationsPage | InfiniteData<NotificationsPage>;

/**
 * Marks notifications read, optimistically in the bell and in every list of the workspace at once; a
 * failure puts the cache back and says so, and either way the lists are refetched afterwards.
 */
export function useMarkRead(orgSlug: string) {
  const queryClient = useQueryClient();
  const key = notificationKeys.all(orgSlug);
  return useMutation({
    mutationFn: async (target: Target) => {
      const result = await markNotificationsReadAction({ orgSlug, ...target });
      if (!result?.data) throw new Error(actionErrorMessage(result ?? {}));
      return result.data;
    },
    onMutate: async (target) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueriesData<Cached>({ queryKey: key });
      const readAt = new Date().toISOString();
      queryClient.setQueriesData<Cached>({ queryKey: key }, (data) => markReadInCache(data, target, readAt));
      return { previous };
    },
    onError: (error, _target, context) => {
      for (const [queryKey, data] of context?.previous ?? []) queryClient.setQueryData(queryKey, data);
      toast.error(error.message);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/**
 * Opening a notification: it becomes read, and `onOpened` runs (the bell closes) unless it went to another
 * tab. The row's link does the navigating, so it works like any link.
 */
export function useOpenNotification(orgSlug: string, onOpened?: () => void): OpenNotification {
  const markRead = useMarkRead(orgSlug);
  return (item, { inNewTab }) => {
    if (item.readAt === null) markRead.mutate({ ids: [item.id] });
    if (!inNewTab) onOpened?.();
  };
}
