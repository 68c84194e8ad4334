import { and, eq, sql } from 'drizzle-orm';
import { leadReplyDrafts } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { markReplySent } from './mark-reply-sent';
import { getReplyDraft } from './queries';
import { ALREADY, auditReplyDraft } from './reply-audit';
import {
  discardReplyDraftSchema,
  isStaleSending,
  resolveReplyDraftSchema,
  saveReplyDraftSchema,
  type DiscardReplyDraftInput,
  type ResolveReplyDraftInput,
  type SaveReplyDraftInput,
} from './reply-draft-schemas';

/**
 * Changes a draft that is still a draft, compare-and-set on its status, audited in the same transaction;
 * anything else is a conflict naming what happened to it.
 */
async function changeDraft(ctx: Ctx, draftId: string, set: { subject?: string; body?: string; status?: 'discarded' }, action: string) {
  const { draft } = await getReplyDraft(ctx.db, { orgId: ctx.org.id, draftId });
  if (draft.status !== 'draft') throw new AppError('conflict', ALREADY[draft.status]);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(leadReplyDrafts)
      .set({ ...set, updatedAt: sql`now()` })
      .where(and(eq(leadReplyDrafts.id, draftId), eq(leadReplyDrafts.orgId, ctx.org.id), eq(leadReplyDrafts.status, 'draft')))
      .returning({ id: leadReplyDrafts.id, leadId: leadReplyDrafts.leadId, kind: leadReplyDrafts.kind, status: leadReplyDrafts.status });
    if (!row) throw new AppError('conflict', 'Someone else just sent or changed this reply. Reload to see it.');
    await auditReplyDraft(tx, ctx, action, row);
    return row;
  });
}

/** Keeps a person's edits to an unsent draft. */
export async function saveReplyDraft(ctx: Ctx, input: SaveReplyDraftInput) {
  const { draftId, subject, body } = saveReplyDraftSchema.parse(input);
  return changeDraft(ctx, draftId, { subject, body }, 'lead_reply.edited');
}

/** Sets an unsent draft aside; nothing is sent. A discarded first response can be regenerated. */
export async function discardReplyDraft(ctx: Ctx, input: DiscardReplyDraftInput) {
  const { draftId } = discardReplyDraftSchema.parse(input);
  return changeDraft(ctx, draftId, { status: 'discarded' }, 'lead_reply.discarded');
}

/**
 * A person settles a reply whose sending was never confirmed (`unknown`, or stuck in `sending`), from its
 * delivery status or the lead's answer: it was sent (recorded like a send), or it was not (back to draft,
 * unlinked from the failed email, to send again).
 */
export async function resolveReplyDraft(ctx: Ctx, input: ResolveReplyDraftInput) {
  const { draftId, outcome } = resolveReplyDraftSchema.parse(input);
  const { draft } = await getReplyDraft(ctx.db, { orgId: ctx.org.id, draftId });
  if (draft.status !== 'unknown' && !isStaleSending(draft, ctx.now)) {
    throw new AppError('conflict', draft.status === 'sending' ? 'This reply is being sent right now. Wait a few minutes.' : ALREADY[draft.status]);
  }
  if (outcome === 'sent') {
    const marked = await markReplySent(ctx, { draft, subject: draft.subject, body: draft.body, emailMessageId: draft.emailMessageId, from: [draft.status] });
    if (!marked) throw new AppError('conflict', 'Someone else just settled this reply. Reload to see it.');
    return { id: draft.id, leadId: draft.leadId, status: 'sent' as const };
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(leadReplyDrafts)
      .set({ status: 'draft', emailMessageId: null, updatedAt: sql`now()` })
      .where(and(eq(leadReplyDrafts.id, draftId), eq(leadReplyDrafts.orgId, ctx.org.id), eq(leadReplyDrafts.status, draft.status)))
      .returning({ id: leadReplyDrafts.id });
    if (!row) throw new AppError('conflict', 'Someone else just settled this reply. Reload to see it.');
    await auditReplyDraft(tx, ctx, 'lead_reply.resolved', draft, { outcome, from: draft.status, emailMessageId: draft.emailMessageId });
    return { id: draft.id, leadId: draft.leadId, status: 'draft' as const };
  });
}
