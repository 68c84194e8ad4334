import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, orgMembers, pipelineStages } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { recordActivity } from './activities';
import { validateCustomFieldValues } from './custom-fields';
import { getLead } from './queries';
import { recomputeLeadScore } from './rescore';
import { stageNames } from './stages';
import type { UpdateLeadInput } from './schemas';

/** Stage and owner ids come from the client: they must belong to the same workspace. */
export async function assertSameWorkspace(db: Executor, orgId: string, input: { stageId?: string | null; ownerId?: string | null }) {
  if (input.stageId) {
    const [stage] = await db.select({ id: pipelineStages.id }).from(pipelineStages).where(and(eq(pipelineStages.id, input.stageId), eq(pipelineStages.orgId, orgId)));
    if (!stage) throw new AppError('bad_request', 'That stage does not exist in this workspace.', { details: { field: 'stageId' } });
  }
  if (input.ownerId) {
    const [member] = await db.select({ id: orgMembers.id }).from(orgMembers).where(and(eq(orgMembers.userId, input.ownerId), eq(orgMembers.orgId, orgId)));
    if (!member) throw new AppError('bad_request', 'The owner must be a member of this workspace.', { details: { field: 'ownerId' } });
  }
}

function isUniqueViolation(error: unknown) {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}

/**
 * Updates a lead's fields. A stage change goes through the timeline like a drag on the board; custom
 * field values are validated against the workspace's definitions and merged (null removes one).
 */
export async function updateLead(ctx: Ctx, { leadId, patch }: { leadId: string; patch: UpdateLeadInput }) {
  const current = await getLead(ctx.db, { orgId: ctx.org.id, leadId });
  await assertSameWorkspace(ctx.db, ctx.org.id, patch);
  const { stageId, customFields, ...fields } = patch;
  const values = customFields ? await validateCustomFieldValues(ctx.db, ctx.org.id, customFields) : undefined;
  const merged = values ? Object.fromEntries(Object.entries({ ...current.customFields, ...values }).filter(([, value]) => value !== null)) : undefined;
  try {
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(leads)
        .set({ ...fields, ...(merged ? { customFields: merged } : {}), updatedAt: sql`now()` })
        .where(and(eq(leads.id, leadId), eq(leads.orgId, ctx.org.id)));
      // A stage move records an activity, and recording rescores the lead; otherwise rescore here.
      if (stageId !== undefined && stageId !== current.stageId) await moveStage(tx, ctx, current, stageId);
      else await recomputeLeadScore(tx, { orgId: ctx.org.id, leadId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Another lead in this workspace has that email.', { details: { field: 'email' } });
    throw error;
  }
  return getLead(ctx.db, { orgId: ctx.org.id, leadId });
}

async function moveStage(tx: Executor, ctx: Ctx, lead: { id: string; stageId: string | null }, stageId: string | null) {
  const names = await stageNames(tx, ctx.org.id, [lead.stageId, stageId].filter((id): id is string => id !== null));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  await tx.update(leads).set({ stageId, stageChangedAt: sql`now()` }).where(and(eq(leads.id, lead.id), eq(leads.orgId, ctx.org.id)));
  await recordActivity(tx, ctx, {
    leadId: lead.id,
    type: 'stage_changed',
    body: `${nameOf(lead.stageId) ?? 'No stage'} → ${nameOf(stageId) ?? 'No stage'}`,
    data: { fromStageId: lead.stageId, toStageId: stageId, fromStage: nameOf(lead.stageId), toStage: nameOf(stageId) },
  });
}

/** Moves a lead to a stage (the board's drag and drop) and records the change on its timeline. */
export async function changeLeadStage(ctx: Ctx, { leadId, stageId }: { leadId: string; stageId: string | null }) {
  return updateLead(ctx, { leadId, patch: { stageId } });
}

export async function deleteLead(ctx: Ctx, { leadId }: { leadId: string }) {
  const [deleted] = await ctx.db.delete(leads).where(and(eq(leads.id, leadId), eq(leads.orgId, ctx.org.id))).returning({ id: leads.id });
  if (!deleted) throw new AppError('not_found', 'Lead not found.');
  return deleted;
}
