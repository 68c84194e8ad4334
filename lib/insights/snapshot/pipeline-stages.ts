import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, pipelineStages } from '@/db/schema';
import { daysAgo } from '../period';
import type { PipelineStagesSnapshot } from './types';
import { at, type SnapshotParams } from './params';

/**
 * The open stages whose newest arrival is `threshold`+ days old. The newest arrival per stage is one backward
 * step on leads_org_stage_changed_idx (org_id, stage_id, stage_changed_at); only those stuck stages count their leads.
 */
export function buildPipelineStagesQuery(db: Executor, { orgId, now, threshold }: SnapshotParams) {
  const lastMove = db
    .select({ lastMovedAt: max(leads.stageChangedAt).as('last_moved_at') })
    .from(leads)
    .where(and(eq(leads.orgId, orgId), eq(leads.stageId, pipelineStages.id)))
    .as('last_move');
  return db
    .select({
      id: pipelineStages.id,
      name: pipelineStages.name,
      isWon: pipelineStages.isWon,
      isLost: pipelineStages.isLost,
      lastMovedAt: lastMove.lastMovedAt,
      leadCount: sql<number>`(select count(*) from ${leads} where ${leads.orgId} = ${orgId} and ${leads.stageId} = ${pipelineStages.id})`.mapWith(Number),
    })
    .from(pipelineStages)
    .innerJoinLateral(lastMove, sql`true`)
    .where(
      and(
        eq(pipelineStages.orgId, orgId),
        eq(pipelineStages.isWon, false),
        eq(pipelineStages.isLost, false),
        sql`${lastMove.lastMovedAt} <= ${at(daysAgo(now, threshold))}`,
      ),
    )
    .orderBy(asc(pipelineStages.position));
}

export async function loadPipelineStages(db: Executor, params: SnapshotParams): Promise<PipelineStagesSnapshot> {
  const rows = await buildPipelineStagesQuery(db, params);
  return { stages: rows.map((row) => ({ ...row, lastMovedAt: row.lastMovedAt === null ? null : new Date(row.lastMovedAt) })) };
}
