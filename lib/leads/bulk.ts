import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { leads } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { recordAudit } from '@/lib/audit/record-audit';
import { actorOf } from './actor';
import type { BulkOperation, LeadSelection } from './bulk-schemas';
import { leadFilters } from './queries';
import { assertSameWorkspace } from './update-lead';

function selectionWhere(orgId: string, selection: LeadSelection): SQL {
  return 'ids' in selection ? and(leadFilters(orgId, {}), inArray(leads.id, selection.ids))! : leadFilters(orgId, selection.filter);
}

/**
 * Applies one operation to a selection in a single statement, however many leads match ("all 200,000
 * matching" included). Stage changes write their timeline entries in the same statement.
 */
export async function bulkUpdateLeads(ctx: Ctx, { selection, operation }: { selection: LeadSelection; operation: BulkOperation }) {
  const where = selectionWhere(ctx.org.id, selection);
  if (operation.type === 'assign') await assertSameWorkspace(ctx.db, ctx.org.id, { ownerId: operation.ownerId });
  if (operation.type === 'stage') await assertSameWorkspace(ctx.db, ctx.org.id, { stageId: operation.stageId });
  const affected = await ctx.db.transaction(async (tx) => {
    switch (operation.type) {
      case 'delete':
        return (await tx.delete(leads).where(where).returning({ id: leads.id })).length;
      case 'assign':
        return (await tx.update(leads).set({ ownerId: operation.ownerId, updatedAt: sql`now()` }).where(where).returning({ id: leads.id })).length;
      case 'add_tag':
        return (
          await tx
            .update(leads)
            .set({ tags: sql`array_append(${leads.tags}, ${operation.tag}::text)`, updatedAt: sql`now()` })
            .where(and(where, sql`not (${operation.tag}::text = any(${leads.tags}))`))
            .returning({ id: leads.id })
        ).length;
      case 'remove_tag':
        return (
          await tx
            .update(leads)
            .set({ tags: sql`array_remove(${leads.tags}, ${operation.tag}::text)`, updatedAt: sql`now()` })
            .where(and(where, sql`${operation.tag}::text = any(${leads.tags})`))
            .returning({ id: leads.id })
        ).length;
      case 'stage':
        return moveStageInBulk(tx, ctx, where, operation.stageId);
    }
  });
  await recordAudit(ctx.db, {
    orgId: ctx.org.id,
    actorType: ctx.actor,
    actorUserId: ctx.user?.id ?? null,
    actorApiKeyId: ctx.apiKey?.id ?? null,
    action: `leads.bulk_${operation.type}`,
    targetType: 'lead',
    metadata: { affected, selection: 'ids' in selection ? { count: selection.ids.length } : { filter: selection.filter }, operation },
  });
  return { affected };
}

/**
 * Moves the matching leads that are not already there, and writes one stage_changed entry per moved lead.
 * Scores are not recomputed row by row here (a stage change is worth 2 points); the nightly pass does it.
 */
async function moveStageInBulk(tx: Parameters<Parameters<Ctx['db']['transaction']>[0]>[0], ctx: Ctx, where: SQL, stageId: string | null) {
  const { actorType, actorUserId } = actorOf(ctx);
  const rows = await tx.execute<{ moved: number }>(sql`
    with target as (select id, name from pipeline_stages where id = ${stageId}::uuid and org_id = ${ctx.org.id}),
    moved as (
      update leads set stage_id = ${stageId}::uuid, stage_changed_at = now(), updated_at = now(), last_activity_at = now()
      from (select leads.id, leads.stage_id as old_stage_id from leads where ${where} and leads.stage_id is distinct from ${stageId}::uuid for update) as old
      where leads.id = old.id
      returning leads.id, old.old_stage_id
    ),
    logged as (
      insert into activities (org_id, lead_id, type, actor_type, actor_user_id, body, data)
      select ${ctx.org.id}, moved.id, 'stage_changed', ${actorType}, ${actorUserId},
        coalesce(old_stage.name, 'No stage') || ' → ' || coalesce((select name from target), 'No stage'),
        jsonb_build_object('fromStageId', moved.old_stage_id, 'toStageId', ${stageId}::uuid, 'fromStage', old_stage.name, 'toStage', (select name from target), 'bulk', true)
      from moved left join pipeline_stages old_stage on old_stage.id = moved.old_stage_id
      returning 1
    )
    select count(*)::int as moved from logged`);
  return Number(rows[0]?.moved ?? 0);
}
