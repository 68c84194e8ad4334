import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db';
import { insights, type Insight } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { actOnInsight } from './act';
import { insightDecisionSchema, type InsightDecisionInput } from './schemas';

const ALREADY: Record<Insight['status'], string> = {
  open: 'This insight is still open.',
  acted: 'This insight was already accepted.',
  dismissed: 'This insight was dismissed.',
  expired: 'This insight has expired: a newer scan replaced it.',
};

/** The insight, row-locked for the rest of the transaction so two people deciding at once are serialised. */
async function lockInsight(tx: Tx, ctx: Ctx, insightId: string) {
  const [insight] = await tx
    .select()
    .from(insights)
    .where(and(eq(insights.id, insightId), eq(insights.orgId, ctx.org.id)))
    .for('update');
  if (!insight) throw new AppError('not_found', 'Insight not found.');
  return insight;
}

function audit(tx: Tx, ctx: Ctx, action: string, insight: Insight, metadata: Record<string, unknown>) {
  return recordAudit(tx, {
    orgId: ctx.org.id,
    actorType: ctx.actor,
    actorUserId: ctx.user?.id ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action,
    targetType: 'insight',
    targetId: insight.id,
    metadata: { rule: insight.rule, ...metadata },
    requestId: ctx.requestId ?? null,
  });
}

/**
 * A person accepts an open insight: the scan's follow-up tasks are created (the same ones the scan creates
 * by itself above ACT_CONFIDENCE) and the insight is marked acted by them.
 */
export async function acceptInsight(ctx: Ctx, input: InsightDecisionInput) {
  const { insightId } = insightDecisionSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const insight = await lockInsight(tx, ctx, insightId);
    if (insight.status !== 'open') throw new AppError('conflict', ALREADY[insight.status]);
    const { tasksCreated } = await actOnInsight(tx, insight, { now: ctx.now, decidedById: ctx.user?.id ?? null });
    await audit(tx, ctx, 'insight.accepted', insight, { tasksCreated });
    return { id: insight.id, status: 'acted' as const, tasksCreated };
  });
}

/**
 * Dismisses an open or acted insight. Tasks it already created stay: they may be under way. decidedById keeps
 * who accepted it (or null: the scan), so undoing the dismissal restores a true "Accepted by"; who dismissed
 * is in the audit log.
 */
export async function dismissInsight(ctx: Ctx, input: InsightDecisionInput) {
  const { insightId } = insightDecisionSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const insight = await lockInsight(tx, ctx, insightId);
    if (insight.status !== 'open' && insight.status !== 'acted') throw new AppError('conflict', ALREADY[insight.status]);
    await tx
      .update(insights)
      .set({ status: 'dismissed', dismissedAt: ctx.now, updatedAt: sql`now()` })
      .where(and(eq(insights.id, insight.id), eq(insights.orgId, ctx.org.id)));
    await audit(tx, ctx, 'insight.dismissed', insight, { from: insight.status });
    return { id: insight.id, status: 'dismissed' as const, from: insight.status };
  });
}

/**
 * Undoes a dismissal: back to acted when the insight had been acted on before, else open again (to be
 * accepted or dismissed later). Who accepted it is untouched: reopening is not a decision of its own.
 */
export async function reopenInsight(ctx: Ctx, input: InsightDecisionInput) {
  const { insightId } = insightDecisionSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const insight = await lockInsight(tx, ctx, insightId);
    if (insight.status !== 'dismissed') throw new AppError('conflict', 'Only a dismissed insight can be reopened.');
    const status = insight.actedAt ? ('acted' as const) : ('open' as const);
    await tx
      .update(insights)
      .set({ status, dismissedAt: null, updatedAt: sql`now()` })
      .where(and(eq(insights.id, insight.id), eq(insights.orgId, ctx.org.id)));
    await audit(tx, ctx, 'insight.reopened', insight, { to: status });
    return { id: insight.id, status };
  });
}
