import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, pipelineStages } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import type { CreateStageInput, UpdateStageInput } from './stage-schemas';

/** The pipeline every new workspace starts with; renamable and reorderable afterwards. */
export const DEFAULT_STAGES = [
  { name: 'New', isWon: false, isLost: false },
  { name: 'Contacted', isWon: false, isLost: false },
  { name: 'Qualified', isWon: false, isLost: false },
  { name: 'Proposal', isWon: false, isLost: false },
  { name: 'Won', isWon: true, isLost: false },
  { name: 'Lost', isWon: false, isLost: true },
] as const;

export async function createDefaultStages(db: Executor, orgId: string) {
  await db.insert(pipelineStages).values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, orgId, position })));
}

export async function listStages(db: Executor, { orgId }: { orgId: string }) {
  return db.select().from(pipelineStages).where(eq(pipelineStages.orgId, orgId)).orderBy(asc(pipelineStages.position), asc(pipelineStages.createdAt));
}

export async function getStage(db: Executor, { orgId, stageId }: { orgId: string; stageId: string }) {
  const [stage] = await db.select().from(pipelineStages).where(and(eq(pipelineStages.id, stageId), eq(pipelineStages.orgId, orgId)));
  if (!stage) throw new AppError('not_found', 'Stage not found.');
  return stage;
}

export async function createStage(ctx: Ctx, input: CreateStageInput) {
  // After a delete, positions have gaps: the count would put the new stage among the others, not last.
  const [{ total, next }] = (await ctx.db
    .select({ total: count(), next: sql<number>`coalesce(max(${pipelineStages.position}) + 1, 0)::int` })
    .from(pipelineStages)
    .where(eq(pipelineStages.orgId, ctx.org.id))) as [{ total: number; next: number }];
  if (total >= 50) throw new AppError('bad_request', 'A pipeline can have at most 50 stages.');
  const [stage] = await ctx.db
    .insert(pipelineStages)
    .values({ orgId: ctx.org.id, name: input.name, isWon: input.isWon, isLost: input.isLost && !input.isWon, position: next })
    .returning();
  return stage!;
}

export async function updateStage(ctx: Ctx, { stageId, ...patch }: UpdateStageInput) {
  const current = await getStage(ctx.db, { orgId: ctx.org.id, stageId });
  const isWon = patch.isWon ?? current.isWon;
  const isLost = patch.isLost ?? current.isLost;
  if (isWon && isLost) throw new AppError('bad_request', 'A stage cannot be both won and lost.', { details: { field: 'isLost' } });
  const [stage] = await ctx.db
    .update(pipelineStages)
    .set({ name: patch.name ?? current.name, isWon, isLost })
    .where(and(eq(pipelineStages.id, stageId), eq(pipelineStages.orgId, ctx.org.id)))
    .returning();
  return stage!;
}

/** Sets the order of the workspace's stages; the list must name every stage exactly once. */
export async function reorderStages(ctx: Ctx, { stageIds }: { stageIds: string[] }) {
  const existing = await listStages(ctx.db, { orgId: ctx.org.id });
  const known = new Set(existing.map((stage) => stage.id));
  if (stageIds.length !== known.size || new Set(stageIds).size !== stageIds.length || !stageIds.every((id) => known.has(id))) {
    throw new AppError('bad_request', 'The new order must list every stage of this workspace once.');
  }
  await ctx.db.transaction(async (tx) => {
    for (const [position, id] of stageIds.entries()) {
      await tx.update(pipelineStages).set({ position }).where(and(eq(pipelineStages.id, id), eq(pipelineStages.orgId, ctx.org.id)));
    }
  });
  return listStages(ctx.db, { orgId: ctx.org.id });
}

export async function deleteStage(ctx: Ctx, { stageId, moveToStageId }: { stageId: string; moveToStageId?: string }) {
  if (moveToStageId === stageId) throw new AppError('bad_request', 'Choose a different stage for its leads.', { details: { field: 'moveToStageId' } });
  await getStage(ctx.db, { orgId: ctx.org.id, stageId });
  if (moveToStageId) await getStage(ctx.db, { orgId: ctx.org.id, stageId: moveToStageId });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(leads)
      .set({ stageId: moveToStageId ?? null, stageChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(leads.orgId, ctx.org.id), eq(leads.stageId, stageId)));
    await tx.delete(pipelineStages).where(and(eq(pipelineStages.id, stageId), eq(pipelineStages.orgId, ctx.org.id)));
  });
}

/** Stage names by id for a set of stage ids of one workspace (timeline labels, exports). */
export async function stageNames(db: Executor, orgId: string, stageIds: string[]) {
  if (stageIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: pipelineStages.id, name: pipelineStages.name })
    .from(pipelineStages)
    .where(and(eq(pipelineStages.orgId, orgId), inArray(pipelineStages.id, stageIds)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
