import { and, desc, eq, gt, gte, isNotNull, lte, not, notExists, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, leads, pipelineStages } from '@/db/schema';
import { UNATTENDED_HOURS } from '../rules/hot-lead-unattended';
import { MAX_EVIDENCE_ITEMS } from '../rules/types';
import type { HotLeadsSnapshot } from './types';
import { stageIsClosed, totalMatches, type SnapshotParams } from './params';

/**
 * Open, owned leads scoring `threshold`+ (leads_org_score_idx), older than a day, whose owner has no timeline
 * entry on them in the last day (an anti-join on activities_lead_occurred_idx). Only the first 50 then look up
 * the owner's latest entry, for the evidence line.
 */
export function buildHotLeadsQuery(db: Executor, { orgId, now, threshold }: SnapshotParams) {
  const since = new Date(now.getTime() - UNATTENDED_HOURS * 3_600_000);
  const ownerTouchedRecently = db
    .select({ one: sql`1` })
    .from(activities)
    .where(and(eq(activities.leadId, leads.id), eq(activities.orgId, orgId), eq(activities.actorUserId, leads.ownerId), gt(activities.occurredAt, since)));
  const hot = db
    .select({ id: leads.id, name: leads.name, score: leads.score, ownerId: leads.ownerId, createdAt: leads.createdAt, stageIsClosed: stageIsClosed.as('stage_is_closed'), total: totalMatches.as('total') })
    .from(leads)
    .leftJoin(pipelineStages, and(eq(pipelineStages.id, leads.stageId), eq(pipelineStages.orgId, orgId)))
    .where(
      and(
        eq(leads.orgId, orgId),
        gte(leads.score, threshold),
        isNotNull(leads.ownerId),
        lte(leads.createdAt, since),
        not(stageIsClosed),
        notExists(ownerTouchedRecently),
      ),
    )
    .orderBy(desc(leads.score), desc(leads.id))
    .limit(MAX_EVIDENCE_ITEMS)
    .as('hot');
  const lastTouch = db
    .select({ occurredAt: activities.occurredAt })
    .from(activities)
    .where(and(eq(activities.leadId, hot.id), eq(activities.orgId, orgId), eq(activities.actorUserId, hot.ownerId)))
    .orderBy(desc(activities.occurredAt))
    .limit(1)
    .as('last_touch');
  return db
    .select({ id: hot.id, name: hot.name, score: hot.score, ownerId: hot.ownerId, createdAt: hot.createdAt, stageIsClosed: hot.stageIsClosed, total: hot.total, lastOwnerActivityAt: lastTouch.occurredAt })
    .from(hot)
    .leftJoinLateral(lastTouch, sql`true`)
    .orderBy(desc(hot.score), desc(hot.id));
}

export async function loadHotLeads(db: Executor, params: SnapshotParams): Promise<HotLeadsSnapshot> {
  const rows = await buildHotLeadsQuery(db, params);
  return { total: rows[0]?.total ?? 0, leads: rows.map(({ total: _total, ...lead }) => lead) };
}
