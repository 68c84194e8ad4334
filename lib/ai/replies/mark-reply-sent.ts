import { and, eq, inArray, sql } from 'drizzle-orm';
import { leadReplyDrafts } from '@/db/schema';
import type { ReplyDraftStatus } from '@/db/schema/values';
import type { Ctx } from '@/lib/ctx';
import { recordActivity } from '@/lib/leads/activities';
import { auditReplyDraft } from './reply-audit';

const TIMELINE_BODY_MAX = 2_000;

/**
 * Records a reply as sent (by the person in ctx): the draft's status, the lead's timeline (an `email_sent`
 * entry that also counts as contact) and the audit log, together. Only from the given statuses, so a
 * draft settled meanwhile is left alone; returns whether this call marked it.
 */
export async function markReplySent(
  ctx: Ctx,
  { draft, subject, body, emailMessageId, from }: { draft: { id: string; leadId: string; kind: string }; subject: string; body: string; emailMessageId: string | null; from: ReplyDraftStatus[] },
) {
  return ctx.db.transaction(async (tx) => {
    const [marked] = await tx
      .update(leadReplyDrafts)
      .set({ status: 'sent', emailMessageId, sentById: ctx.user?.id ?? null, sentAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(leadReplyDrafts.id, draft.id), eq(leadReplyDrafts.orgId, ctx.org.id), inArray(leadReplyDrafts.status, from)))
      .returning({ id: leadReplyDrafts.id });
    if (!marked) return false;
    const text = `${subject}\n\n${body}`;
    await recordActivity(tx, ctx, {
      leadId: draft.leadId,
      type: 'email_sent',
      body: text.length > TIMELINE_BODY_MAX ? `${text.slice(0, TIMELINE_BODY_MAX - 1)}…` : text,
      data: { replyDraftId: draft.id, kind: draft.kind, subject, emailMessageId },
    });
    await auditReplyDraft(tx, ctx, 'lead_reply.sent', draft, { emailMessageId, from });
    return true;
  });
}
