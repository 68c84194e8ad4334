import { and, count, desc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { insights, insightScans, users } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import { INSIGHT_TAB_STATUSES, listInsightsQuerySchema, type InsightTabStatus, type ListInsightsInput } from './schemas';

type ReadCtx = Pick<Ctx, 'db' | 'org'>;

const insightColumns = { ...getTableColumns(insights), decidedByName: users.name, decidedByEmail: users.email };

/** One tab of the insights page: a workspace's insights in one status, newest first, keyset-paginated. */
export async function listInsights(ctx: ReadCtx, input: ListInsightsInput) {
  const query = listInsightsQuerySchema.parse(input);
  const where = [eq(insights.orgId, ctx.org.id), eq(insights.status, query.status)];
  if (query.cursor) where.push(olderThan(decodeCursor(query.cursor), insights.createdAt, insights.id));
  const rows = await ctx.db
    .select({ ...insightColumns, cursorAt: cursorTime(insights.createdAt) })
    .from(insights)
    .leftJoin(users, eq(users.id, insights.decidedById))
    .where(and(...where))
    .orderBy(desc(insights.createdAt), desc(insights.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
}

export type InsightListItem = Awaited<ReturnType<typeof listInsights>>['items'][number];

/** The tab counts: every tab's status, zero when a workspace has none in it (expired ones are not counted). */
export async function countInsightsByStatus(ctx: ReadCtx): Promise<Record<InsightTabStatus, number>> {
  const rows = await ctx.db
    .select({ status: insights.status, total: count() })
    .from(insights)
    .where(and(eq(insights.orgId, ctx.org.id), inArray(insights.status, [...INSIGHT_TAB_STATUSES])))
    .groupBy(insights.status);
  const counts = Object.fromEntries(INSIGHT_TAB_STATUSES.map((status) => [status, 0])) as Record<InsightTabStatus, number>;
  for (const row of rows) counts[row.status as InsightTabStatus] = row.total;
  return counts;
}

/** When the workspace was last scanned and when the next scan is due; null before its first schedule exists. */
export async function getInsightScanStatus(ctx: ReadCtx) {
  const [scan] = await ctx.db
    .select({ nextRunAt: insightScans.nextRunAt, lastRunAt: insightScans.lastRunAt, lastFindings: insightScans.lastFindings })
    .from(insightScans)
    .where(eq(insightScans.orgId, ctx.org.id));
  return scan ?? null;
}

export type InsightScanStatus = Awaited<ReturnType<typeof getInsightScanStatus>>;
