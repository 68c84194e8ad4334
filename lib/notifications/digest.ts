import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { orgs, users } from '@/db/schema';
import { appBaseUrl } from '@/lib/app-url';
import { sendEmail } from '@/lib/email/send-email';
import { notificationDigestMessage, type DigestGroup } from '@/lib/email/templates/notification-digest';
import { EmailRefusedError, type EmailProvider } from '@/lib/providers/email';
import { markDigestFailed, markDigestSent, markDigestUnknown, startDigestAttempt } from './digest-attempt';
import type { ClaimedNotification } from './digest-claim';

export { listDigestRecipients } from './digest-claim';

async function groupByWorkspace(db: Db, claimed: ClaimedNotification[]): Promise<DigestGroup[]> {
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

export type DigestOutcome =
  | 'sent'
  /** The user turned the digest off, their account is disabled, or nothing is unread and undigested. */
  | 'nothing_to_send'
  | 'already_sent'
  /** This or an earlier attempt may have sent it: recorded as `unknown` for a person, never resent. */
  | 'unknown';

export type DigestResult = { day: string; outcome: DigestOutcome; notifications: number; emailId: string | null };

/**
 * Emails one user the day's digest of their unread notifications across workspaces. The attempt row
 * (notification_digests) and the claim on the notifications are committed before the provider gets the
 * email, so a retry never sends the day's digest twice. When the provider refuses it (nothing went out)
 * the claim is released and the error rethrown for the job to retry; when the outcome is unknown (a
 * timeout, a network error, a failed outbox write) the attempt stays `unknown` and nothing is resent.
 */
export async function sendNotificationDigest(db: Db, { userId, day }: { userId: string; day: string }, provider?: EmailProvider): Promise<DigestResult> {
  const result = (outcome: DigestOutcome, notifications = 0, emailId: string | null = null): DigestResult => ({ day, outcome, notifications, emailId });
  const [user] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.notificationDigest, true), isNull(users.disabledAt)));
  if (!user) return result('nothing_to_send');

  const key = { userId, day };
  const start = await startDigestAttempt(db, key);
  if (start.kind === 'nothing') return result('nothing_to_send');
  if (start.kind !== 'claimed') return result(start.kind);

  const { claimed } = start;
  const claimedIds = claimed.map((row) => row.id);
  let message: ReturnType<typeof notificationDigestMessage>;
  try {
    message = notificationDigestMessage({ groups: await groupByWorkspace(db, claimed), appUrl: appBaseUrl() });
  } catch (error) {
    // Nothing reached the provider yet: as good as a refusal, so the retry may send.
    await markDigestFailed(db, key, claimedIds, error);
    throw error;
  }
  let emailId: string;
  try {
    ({ id: emailId } = await sendEmail(db, { to: user.email, ...message }, provider));
  } catch (error) {
    if (error instanceof EmailRefusedError) {
      await markDigestFailed(db, key, claimedIds, error);
      throw error;
    }
    await markDigestUnknown(db, key, error);
    return result('unknown', claimed.length);
  }
  await markDigestSent(db, key, emailId);
  return result('sent', claimed.length, emailId);
}
