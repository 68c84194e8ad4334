import type { Metadata } from 'next';
import { PAGE_LIMIT } from '@/components/notifications/notification-api';
import { NotificationsView } from '@/components/notifications/notifications-view';
import { countUnread, listNotifications } from '@/lib/notifications/queries';
import { requireOrgCtx } from '@/lib/server/require-org-ctx';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { ctx } = await requireOrgCtx(orgSlug, { permission: 'notifications.read', callbackUrl: `/app/${orgSlug}/notifications` });
  const [page, unreadCount] = await Promise.all([listNotifications(ctx, { limit: PAGE_LIMIT }), countUnread(ctx)]);
  // The client list speaks the route's JSON: ISO strings, not Dates.
  const initialPage = {
    items: page.items.map((item) => ({ ...item, readAt: item.readAt?.toISOString() ?? null, createdAt: item.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
    unreadCount,
  };

  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <p className="text-sm text-muted-foreground">What needs your attention in {ctx.org.name}. Only you see these.</p>
      </div>
      <NotificationsView orgSlug={ctx.org.slug} initialPage={initialPage} renderedAt={ctx.now.toISOString()} />
    </div>
  );
}
