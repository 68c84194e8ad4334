import { and, asc, eq, isNull, lte, not, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, pipelineStages } from '@/db/schema';
import { listStages } from '@/lib/leads/stages';

export type StageCount = { name: string; isWon: boolean; isLost: boolean; count: number; values: { currency: string; valueCents: number }[] };

export const STALE_AFTER_DAYS = 7;

/** Leads per pipeline stage (in pipeline order, "No stage" last when used), with their value per currency. */
export async function countLeadsByStage(db: Executor, { orgId }: { orgId: string }): Promise<StageCount[]> {
  const [stages, rows] = await Promise.all([
    listStages(db, { orgId }),
    db
      .select({
        stageId: leads.stageId,
        currency: leads.currency,
        count: sql<number>`count(*)::int`,
        // bigint sums come back as numeric: text keeps them exact.
        valueCents: sql<string | null>`sum(${leads.valueCents})::text`,
      })
      .from(leads)
      .where(eq(leads.orgId, orgId))
      .groupBy(leads.stageId, leads.currency),
  ]);
  const column = (stageId: string | null, name: string, isWon: boolean, isLost: boolean): StageCount => {
    const mine = rows.filter((row) => row.stageId === stageId);
    const values = mine
      .filter((row) => row.valueCents !== null && row.valueCents !== '0')
      .map((row) => ({ currency: row.currency, valueCents: Number(row.valueCents) }))
      .sort((a, b) => b.valueCents - a.valueCents);
    return { name, isWon, isLost, count: mine.reduce((total, row) => total + row.count, 0), values };
  };
  const columns = stages.map((stage) => column(stage.id, stage.name, stage.isWon, stage.isLost));
  if (rows.some((row) => row.stageId === null)) columns.push(column(null, 'No stage', false, false));
  return columns;
}

const stageIsClosed = sql<boolean>`coalesce(${pipelineStages.isWon} or ${pipelineStages.isLost}, false)`;

/**
 * Open leads (no stage, or one neither won nor lost) nobody touched for `days` days or more, oldest first,
 * with the count of all of them. The last touch is last_activity_at, else created_at (spelled as an OR on
 * the raw columns so both halves can use the (org_id, last_activity_at) index).
 */
export async function listStaleLeads(db: Executor, { orgId, now, days = STALE_AFTER_DAYS, limit = 20 }: { orgId: string; now: Date; days?: number; limit?: number }) {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const rows = await db
    .select({
      id: leads.id,
      name: leads.name,
      company: leads.company,
      stageName: pipelineStages.name,
      lastActivityAt: leads.lastActivityAt,
      createdAt: leads.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
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
    .limit(limit);
  return { total: rows[0]?.total ?? 0, leads: rows.map(({ total: _total, ...lead }) => lead) };
}
