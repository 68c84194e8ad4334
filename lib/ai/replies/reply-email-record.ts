import { and, asc, eq, gte, notExists, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { emailMessages, leadReplyDrafts, type EmailMessage } from '@/db/schema';
import type { OutgoingEmail } from '@/lib/providers/email';

/**
 * What the lead page shows of the email a reply went out as (or may have): Beacon's stored copy of it. The
 * provider is 'resend', or 'outbox' when no email service is connected; providerMessageId is the service's
 * own id for the message, once it accepted it.
 */
export type ReplyEmailRecord = Pick<EmailMessage, 'status' | 'provider' | 'providerMessageId' | 'createdAt'>;

/**
 * Links a reply being sent to the email row `sendEmail` just stored for it, before the provider is called,
 * so a send that ends unconfirmed still shows what Beacon knows about that email. `sendEmail` does not hand
 * the row's id out until delivery is over, so the row is found by what it holds: this message, still
 * `stored`, written since the draft was claimed, and not yet linked to another of the lead's drafts.
 */
export async function linkStoredEmail(
  db: Db,
  { orgId, draft, message, since }: { orgId: string; draft: { id: string; leadId: string }; message: OutgoingEmail; since: Date },
): Promise<string | null> {
  const linked = db
    .select({ one: sql`1` })
    .from(leadReplyDrafts)
    .where(and(eq(leadReplyDrafts.leadId, draft.leadId), eq(leadReplyDrafts.emailMessageId, emailMessages.id)));
  const [row] = await db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.toAddress, message.to),
        eq(emailMessages.fromAddress, message.from),
        eq(emailMessages.subject, message.subject),
        eq(emailMessages.tag, message.tag),
        eq(emailMessages.status, 'stored'),
        gte(emailMessages.createdAt, since),
        notExists(linked),
      ),
    )
    .orderBy(asc(emailMessages.createdAt), asc(emailMessages.id))
    .limit(1);
  if (!row) return null;
  await db
    .update(leadReplyDrafts)
    .set({ emailMessageId: row.id })
    .where(and(eq(leadReplyDrafts.id, draft.id), eq(leadReplyDrafts.orgId, orgId), eq(leadReplyDrafts.status, 'sending')));
  return row.id;
}
