import { and, eq, inArray, sql } from 'drizzle-orm';
import { leadReplyDrafts } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { toGenerationError } from '@/lib/ai/generation-errors';
import { AppError } from '@/lib/errors';
import { insertFirstResponse } from './create-first-response-draft';
import { draftLimitError, hasDraftAllowance } from './draft-allowance';
import { generateFirstResponse } from './generate-reply';
import { ALREADY, auditReplyDraft } from './reply-audit';
import { getReplyContext } from './reply-context';
import { FIRST_RESPONSE_KIND, regenerateReplyDraftSchema, type RegenerateReplyDraftInput } from './reply-draft-schemas';

const REPLACEABLE = ['draft', 'discarded'] as const;

async function getFirstResponse(ctx: Ctx, leadId: string) {
  const [row] = await ctx.db
    .select({ id: leadReplyDrafts.id, leadId: leadReplyDrafts.leadId, kind: leadReplyDrafts.kind, status: leadReplyDrafts.status, subject: leadReplyDrafts.subject, body: leadReplyDrafts.body })
    .from(leadReplyDrafts)
    .where(and(eq(leadReplyDrafts.orgId, ctx.org.id), eq(leadReplyDrafts.leadId, leadId), eq(leadReplyDrafts.kind, FIRST_RESPONSE_KIND)));
  return row;
}

/**
 * Writes a fresh first response for a lead, signed by the person asking: it replaces an unsent or discarded
 * one, or drafts it when the lead has none (which takes one of the month's AI-drafted emails). Over the
 * month's drafts or AI tokens it throws AppError('limit_exceeded') with the plans page as upgradeUrl.
 */
export async function regenerateReplyDraft(ctx: Ctx, input: RegenerateReplyDraftInput) {
  const { leadId } = regenerateReplyDraftSchema.parse(input);
  const context = await getReplyContext(ctx.db, { orgId: ctx.org.id, leadId, signerId: ctx.user?.id ?? null });
  if (!context) throw new AppError('not_found', 'Lead not found.');
  if (!context.lead.email) throw new AppError('bad_request', 'This lead has no email address. Add one to draft a reply.');
  const existing = await getFirstResponse(ctx, leadId);
  if (existing && !(REPLACEABLE as readonly string[]).includes(existing.status)) throw new AppError('conflict', ALREADY[existing.status]);
  if (!existing && !(await hasDraftAllowance(ctx.db, { orgId: ctx.org.id, plan: ctx.org.plan, now: ctx.now }))) throw draftLimitError(ctx.org);

  const previous = existing ? { subject: existing.subject, body: existing.body } : null;
  const draft = await generateFirstResponse(ctx.db, context, { previous }).catch((error: unknown) => {
    throw toGenerationError(error, 'reply');
  });

  if (!existing) {
    const result = await insertFirstResponse(ctx.db, { org: ctx.org, leadId, draft, now: ctx.now });
    if ('skipped' in result) throw result.skipped === 'limit' ? draftLimitError(ctx.org) : new AppError('conflict', 'A first response was just drafted. Reload to see it.');
    await auditReplyDraft(ctx.db, ctx, 'lead_reply.drafted', { id: result.draftId, leadId, kind: FIRST_RESPONSE_KIND }, { provider: draft.provider });
    return { id: result.draftId, status: 'draft' as const, provider: draft.provider };
  }
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(leadReplyDrafts)
      .set({ subject: draft.subject, body: draft.body, provider: draft.provider, status: 'draft', updatedAt: sql`now()` })
      .where(and(eq(leadReplyDrafts.id, existing.id), eq(leadReplyDrafts.orgId, ctx.org.id), inArray(leadReplyDrafts.status, [...REPLACEABLE])))
      .returning({ id: leadReplyDrafts.id });
    if (!row) throw new AppError('conflict', 'Someone else just sent or changed this reply. Reload to see it.');
    await auditReplyDraft(tx, ctx, 'lead_reply.regenerated', { id: existing.id, leadId, kind: existing.kind }, { provider: draft.provider, from: existing.status });
    return { id: existing.id, status: 'draft' as const, provider: draft.provider };
  });
}
