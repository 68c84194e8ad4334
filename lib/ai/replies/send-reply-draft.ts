import { and, eq, sql } from 'drizzle-orm';
import { leadReplyDrafts } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { sendEmail } from '@/lib/email/send-email';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { getEmailProvider, type EmailProvider } from '@/lib/providers/email';
import { getReplyDraft } from './queries';
import { ALREADY, auditReplyDraft } from './reply-audit';
import { approveReplyDraftSchema, type ApproveReplyDraftInput } from './reply-draft-schemas';
import { leadReplyEmail } from './reply-email';
import { markReplySent } from './mark-reply-sent';
import { linkStoredEmail } from './reply-email-record';
import { trackDelivery } from './tracked-delivery';

const DELIVERY_TIMEOUT_MS = 20_000;

export type SendReplyResult =
  | { id: string; leadId: string; status: 'sent'; emailMessageId: string | null }
  | { id: string; leadId: string; status: 'draft' | 'unknown'; error: string };

type SendOptions = { emailProvider?: EmailProvider; timeoutMs?: number };

/**
 * Sends an approved draft to its lead, at most once. The draft moves draft → sending by compare-and-set
 * first (the attempt row: a second approval, a double click or a retry finds it taken), then the email goes
 * out. A definite refusal puts it back to draft; a timeout or unclear failure leaves it `unknown` (with the
 * stored email linked, to show what Beacon knows) for a person to settle, never a blind re-send.
 */
export async function sendReplyDraft(ctx: Ctx, input: ApproveReplyDraftInput, options: SendOptions = {}): Promise<SendReplyResult> {
  const { draftId, subject, body } = approveReplyDraftSchema.parse(input);
  const { draft, lead } = await getReplyDraft(ctx.db, { orgId: ctx.org.id, draftId });
  if (draft.status !== 'draft') throw new AppError('conflict', ALREADY[draft.status]);
  if (!lead.email) throw new AppError('bad_request', 'This lead has no email address. Add one, then send the reply.');
  if (!ctx.user) throw new AppError('forbidden', 'Only a person can approve a reply.');

  const [claimed] = await ctx.db
    .update(leadReplyDrafts)
    .set({ status: 'sending', subject, body, updatedAt: sql`now()` })
    .where(and(eq(leadReplyDrafts.id, draftId), eq(leadReplyDrafts.orgId, ctx.org.id), eq(leadReplyDrafts.status, 'draft')))
    .returning({ id: leadReplyDrafts.id, claimedAt: leadReplyDrafts.updatedAt });
  if (!claimed) throw new AppError('conflict', 'Someone else just sent or changed this reply. Reload to see it.');

  const email = leadReplyEmail({ to: lead.email, subject, body, sender: ctx.user, businessName: ctx.org.name });
  let linkedEmailId: string | null = null;
  const { provider, outcome } = trackDelivery(options.emailProvider ?? getEmailProvider(), {
    timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
    // Linked before the provider is called, so an unconfirmed send can show the stored email's status.
    beforeDeliver: async (message) => {
      linkedEmailId = await linkStoredEmail(ctx.db, { orgId: ctx.org.id, draft, message, since: claimed.claimedAt });
    },
  });
  try {
    const { id: emailMessageId } = await sendEmail(ctx.db, email, provider);
    await markReplySent(ctx, { draft, subject, body, emailMessageId, from: ['sending'] });
    return { id: draftId, leadId: draft.leadId, status: 'sent', emailMessageId };
  } catch (error) {
    log.error({ err: error, draftId, orgId: ctx.org.id, outcome }, 'lead reply send failed');
    // The provider took it; only Beacon's own bookkeeping failed afterwards.
    if (outcome.delivered) {
      await markReplySent(ctx, { draft, subject, body, emailMessageId: linkedEmailId, from: ['sending'] });
      return { id: draftId, leadId: draft.leadId, status: 'sent', emailMessageId: linkedEmailId };
    }
    if (!outcome.reached || outcome.refusal) {
      const reason = outcome.refusal ? sentence(outcome.refusal) : 'Something went wrong before it left.';
      await settle(ctx, draft, 'draft', 'lead_reply.send_failed', { reason });
      return { id: draftId, leadId: draft.leadId, status: 'draft', error: `${reason} Nothing was sent: the draft is back, try again or edit it.` };
    }
    await settle(ctx, draft, 'unknown', 'lead_reply.send_unconfirmed', {});
    return { id: draftId, leadId: draft.leadId, status: 'unknown', error: ALREADY.unknown };
  }
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

async function settle(ctx: Ctx, draft: { id: string; leadId: string; kind: string }, status: 'draft' | 'unknown', action: string, metadata: Record<string, unknown>) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(leadReplyDrafts)
      .set({ status, updatedAt: sql`now()` })
      .where(and(eq(leadReplyDrafts.id, draft.id), eq(leadReplyDrafts.orgId, ctx.org.id), eq(leadReplyDrafts.status, 'sending')));
    await auditReplyDraft(tx, ctx, action, draft, metadata);
  });
}
