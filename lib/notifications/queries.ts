import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { Ctx, CtxUser } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import type { MarkNotificationsReadInput } from './schemas';

export type ListNotificationsInput = { cursor?: string | null; unreadOnly?: boolean; limit?: number };

/** Notifications are personal: an API key (no user) has none, and no one reads another member's. */
function requireUser(ctx: Ctx): CtxUser {
  if (!ctx.user) throw new AppError('forbidden', 'Notifications belong to a signed-in member.');
  return ctx.user;
}

/** The one filter every query here starts from: this member, in this workspace. */
function mine(ctx: Ctx): SQL {
  return and(eq(notifications.userId, requireUser(ctx).id), eq(notifications.orgId, ctx.org.id))!;
}

/** The member's notifications in this workspace, newest first, keyset-paginated. */
export async function listNotifications(ctx: Ctx, { cursor, unreadOnly = false, limit = 20 }: ListNotificationsInput) {
  const filters: SQL[] = [mine(ctx)];
  if (unreadOnly) filters.push(isNull(notifications.readAt));
  if (cursor) filters.push(olderThan(decodeCursor(cursor), notifications.createdAt, notifications.id));
  const rows = await ctx.db
    .select({
      id: notifications.id,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      cursorAt: cursorTime(notifications.createdAt),
    })
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  return toPage(rows, limit);
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>['items'][number];

export async function countUnread(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db
    .select({ unread: count() })
    .from(notifications)
    .where(and(mine(ctx), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/**
 * Marks the given notifications (or all) read. Ids of other members or workspaces match nothing, so they
 * are ignored rather than reported: the caller learns nothing about rows that are not theirs.
 */
export async function markNotificationsRead(ctx: Ctx, input: MarkNotificationsReadInput): Promise<{ updated: number }> {
  const filters: SQL[] = [mine(ctx), isNull(notifications.readAt)];
  if (!input.all) {
    if (!input.ids?.length) throw new AppError('bad_request', 'Name the notifications to mark read.');
    filters.push(inArray(notifications.id, input.ids));
  }
  const updated = await ctx.db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(...filters))
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
