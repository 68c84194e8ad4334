import { and, asc, eq, isNull, lte, not, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, pipelineStages } from '@/db/schema';
import { daysAgo } from '../period';
import { MAX_EVIDENCE_ITEMS } from '../rules/types';
import type { StaleLeadsSnapshot } from './types';
import { stageIsClosed, totalMatches, type SnapshotParams } from './params';

/**
 * Open leads last touched `threshold`+ days ago, oldest first. The last touch is last_activity_at, else
 * created_at; the condition is spelled as an OR on the raw columns (not coalesce) so both halves are range
 * scans of leads_org_last_activity_idx (org_id, last_activity_at).
 */
export function buildStaleLeadsQuery(db: Executor, { orgId, now, threshold }: SnapshotParams) {
  const cutoff = daysAgo(now, threshold);
  return db
    .select({
      id: leads.id,
      name: leads.name,
      lastActivityAt: leads.lastActivityAt,
      createdAt: leads.createdAt,
      stageIsClosed,
      total: totalMatches,
    })
    .from(leads)
    .leftJoin(pipelineStages, and(eq(pipelineStages.id, leads.stageId), eq(pipelineStages.orgId, orgId)))
    .where(
      and(
        eq(leads.orgId, orgId),
        or(lte(leads.lastActivityAt, cutoff), and(isNull(leads.lastActivityAt), lte(leads.createdAt, cutoff))),
        not(stageIsClosed),
      ),
    )
    .orderBy(asc(sql`coalesce(${leads.lastActivityAt}, ${leads.createdAt})`), asc(leads.id))
    .limit(MAX_EVIDENCE_ITEMS);
}

export async function loadStaleLeads(db: Executor, params: SnapshotParams): Promise<StaleLeadsSnapshot> {
  const rows = await buildStaleLeadsQuery(db, params);
  return { total: rows[0]?.total ?? 0, leads: rows.map(({ total: _total, ...lead }) => lead) };
}
