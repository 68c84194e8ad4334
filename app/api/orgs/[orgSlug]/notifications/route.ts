import { countUnread, listNotifications } from '@/lib/notifications/queries';
import { listNotificationsQuerySchema } from '@/lib/notifications/schemas';
import { withOrg } from '@/lib/server/with-org';

// GET /api/orgs/{orgSlug}/notifications - the signed-in member's notifications here, newest first, with the unread count
export const GET = withOrg<{ orgSlug: string }>(
  async ({ ctx, searchParams }) => {
    const query = listNotificationsQuerySchema.parse(Object.fromEntries(searchParams));
    const [page, unreadCount] = await Promise.all([listNotifications(ctx, query), countUnread(ctx)]);
    // Polled every 30 s by the bell: never cached by a browser or a proxy.
    return Response.json({ ...page, unreadCount }, { headers: { 'cache-control': 'private, no-store' } });
  },
  { permission: 'notifications.read' },
);
