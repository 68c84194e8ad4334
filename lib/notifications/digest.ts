import { and, asc, desc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { notifications, orgMembers, orgs, users } from '@/db/schema';
import { sendEmail } from '@/lib/email/send-email';
import { notificationDigestMessage, type DigestGroup } from '@/lib/email/templates/notification-digest';
import { env } from '@/lib/env';
import type { EmailProvider } from '@/lib/providers/email';

/** Where digest links point: APP_URL, or the local development server (as form notifications do). */
function appBaseUrl() {
  return (env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}

/** Still a member of the notification's workspace: someone who left gets no more news from it. */
const stillMember = exists(
  sql`(select 1 from ${orgMembers} where ${orgMembers.orgId} = ${notifications.orgId} and ${orgMembers.userId} = ${notifications.userId})`,
);

/**
 * Users who want the digest and have something for it: unread notifications no digest has carried yet.
 * Driven by the partial index notifications_undigested_idx, which holds exactly those rows.
 */
export async function listDigestRecipients(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(isNull(notifications.readAt), isNull(notifications.digestedAt), eq(users.notificationDigest, true), isNull(users.disabledAt), stillMember))
    .orderBy(asc(notifications.userId));
  return rows.map((row) => row.userId);
}

/**
 * Takes the user's unread, undigested notifications for this digest by stamping digested_at. The UPDATE
 * locks the rows it changes and re-checks `digested_at is null`, so two overlapping runs never both get one.
 */
async function claimForDigest(db: Db, userId: string) {
  return db
    .update(notifications)
    .set({ digestedAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), isNull(notifications.digestedAt), stillMember))
    .returning({ id: notifications.id, orgId: notifications.orgId, title: notifications.title, body: notifications.body, createdAt: notifications.createdAt });
}

async function releaseClaim(db: Db, userId: string, ids: string[]) {
  await db
    .update(notifications)
    .set({ digestedAt: null })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)));
}

async function groupByWorkspace(db: Db, claimed: Awaited<ReturnType<typeof claimForDigest>>): Promise<DigestGroup[]> {
  const orgIds = [...new Set(claimed.map((row) => row.orgId))];
  const workspaces = await db.select({ id: orgs.id, name: orgs.name, slug: orgs.slug }).from(orgs).where(inArray(orgs.id, orgIds)).orderBy(asc(orgs.name), desc(orgs.id));
  // Ties (notifications stored in the same millisecond) fall back to the title, so the email's order is stable.
  const newestFirst = [...claimed].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return workspaces.map((org) => ({
    orgName: org.name,
    url: `${appBaseUrl()}/app/${org.slug}/notifications`,
    items: newestFirst.filter((row) => row.orgId === org.id).map(({ title, body }) => ({ title, body })),
  }));
}

export type DigestResult = { day: string; sent: boolean; notifications: number; emailId: string | null };

/**
 * Emails one user the digest of their unread notifications across workspaces. Claim first, then send: a
 * retry after a successful send finds nothing left to claim, so the same notifications never go out twice.
 * If sending fails the claim is released, and the retry (or tomorrow's digest) carries them.
 */
export async function sendNotificationDigest(db: Db, { userId, day }: { userId: string; day: string }, provider?: EmailProvider): Promise<DigestResult> {
  const [user] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.notificationDigest, true), isNull(users.disabledAt)));
  if (!user) return { day, sent: false, notifications: 0, emailId: null };

  const claimed = await claimForDigest(db, userId);
  if (claimed.length === 0) return { day, sent: false, notifications: 0, emailId: null };
  try {
    const message = notificationDigestMessage({ groups: await groupByWorkspace(db, claimed), appUrl: appBaseUrl() });
    const { id } = await sendEmail(db, { to: user.email, ...message }, provider);
    return { day, sent: true, notifications: claimed.length, emailId: id };
  } catch (error) {
    await releaseClaim(db, userId, claimed.map((row) => row.id));
    throw error;
  }
}
