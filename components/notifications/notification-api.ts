import type { InfiniteData } from '@tanstack/react-query';

/** One notification as GET /api/orgs/{orgSlug}/notifications sends it (JSON: dates are ISO strings). */
export type NotificationItem = {
  id: string;
  type: 'lead_assigned' | 'task_assigned' | 'insight';
  title: string;
  body: string | null;
  href: string | null;
  readAt: string | null;
  createdAt: string;
};
export type NotificationsPage = { items: NotificationItem[]; nextCursor: string | null; unreadCount: number };
export type NotificationFilter = 'all' | 'unread';

// Keyed by slug, not id: the bell lives in the shared header and knows the workspace only from the URL.
export const notificationKeys = {
  all: (orgSlug: string) => ['org', orgSlug, 'notifications'] as const,
  bell: (orgSlug: string) => ['org', orgSlug, 'notifications', 'bell'] as const,
  list: (orgSlug: string, filter: NotificationFilter) => ['org', orgSlug, 'notifications', 'list', filter] as const,
};

export const BELL_LIMIT = 10;
export const PAGE_LIMIT = 20;

export async function fetchNotifications(
  orgSlug: string,
  { cursor, unreadOnly, limit }: { cursor?: string | null; unreadOnly?: boolean; limit: number },
  signal?: AbortSignal,
): Promise<NotificationsPage> {
  const query = new URLSearchParams({ limit: String(limit), unreadOnly: String(Boolean(unreadOnly)) });
  if (cursor) query.set('cursor', cursor);
  const response = await fetch(`/api/orgs/${encodeURIComponent(orgSlug)}/notifications?${query}`, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? 'Notifications could not be loaded.');
  }
  return response.json();
}

/**
 * The path to open for a notification, or null. Only paths inside the app: a stored href is data, and a
 * notification must never be a way to send someone to another site.
 */
export function inAppHref(href: string | null): string | null {
  if (!href || !href.startsWith('/app/') || href.includes('\\')) return null;
  try {
    const url = new URL(href, 'https://beacon.invalid');
    if (url.origin !== 'https://beacon.invalid' || !url.pathname.startsWith('/app/')) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/**
 * Marks notifications read in a cached bell page or page list, and lowers its unread count. Callers pass
 * only ids they saw unread, so the count drops by their number; the refetch after the mutation settles it.
 */
export function markReadInCache<T extends NotificationsPage | InfiniteData<NotificationsPage>>(
  data: T | undefined,
  target: { ids: string[] } | { all: true },
  readAt: string,
): T | undefined {
  if (!data) return data;
  const isTarget = (item: NotificationItem) => item.readAt === null && ('all' in target || target.ids.includes(item.id));
  const markPage = (page: NotificationsPage): NotificationsPage => ({
    ...page,
    items: page.items.map((item) => (isTarget(item) ? { ...item, readAt } : item)),
    unreadCount: 'all' in target ? 0 : Math.max(0, page.unreadCount - target.ids.length),
  });
  return ('pages' in data ? { ...data, pages: data.pages.map(markPage) } : markPage(data)) as T;
}
