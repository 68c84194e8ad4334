import { and, asc, eq, exists, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { notifications, orgMembers, users } from '@/db/schema';

/** Still a member of the notification's workspace: someone who left gets no more news from it. */
const stillMember = exists(
  sql`(select 1 from ${orgMembers} where ${orgMembers.orgId} = ${notifications.orgId} and ${orgMembers.userId} = ${notifications.userId})`,
);

/**
 * One page of the users who want the digest and have something for it (unread notifications no digest has
 * carried yet), by user id after `after`. Driven by the partial index notifications_undigested_idx, which
 * holds exactly those rows.
 */
export async function listDigestRecipients(db: Executor, { after, limit }: { after: string | null; limit: number }): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        isNull(notifications.readAt),
        isNull(notifications.digestedAt),
        eq(users.notificationDigest, true),
        isNull(users.disabledAt),
        stillMember,
        after ? gt(notifications.userId, after) : undefined,
      ),
    )
    .orderBy(asc(notifications.userId))
    .limit(limit);
  return rows.map((row) => row.userId);
}

/**
 * Takes the user's unread, undigested notifications for a digest by stamping digested_at. The UPDATE locks
 * the rows it changes and re-checks `digested_at is null`, so two overlapping runs never both get one.
 */
export async function claimForDigest(db: Executor, userId: string) {
  return db
    .update(notifications)
    .set({ digestedAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), isNull(notifications.digestedAt), stillMember))
    .returning({ id: notifications.id, orgId: notifications.orgId, title: notifications.title, body: notifications.body, createdAt: notifications.createdAt });
}

export type ClaimedNotification = Awaited<ReturnType<typeof claimForDigest>>[number];

/** Hands claimed notifications back, so the next digest carries them. */
export async function releaseClaim(db: Executor, userId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ digestedAt: null })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)));
}
