import { and, count, desc, eq, getTableColumns } from 'drizzle-orm';
import { insights, insightScans, users } from '@/db/schema';
import { INSIGHT_STATUSES, type InsightStatus } from '@/db/schema/values';
import type { Ctx } from '@/lib/ctx';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import { listInsightsQuerySchema, type ListInsightsInput } from './schemas';

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

/** The tab counts: every status present, zero when a workspace has none in it. */
export async function countInsightsByStatus(ctx: ReadCtx): Promise<Record<InsightStatus, number>> {
  const rows = await ctx.db
    .select({ status: insights.status, total: count() })
    .from(insights)
    .where(eq(insights.orgId, ctx.org.id))
    .groupBy(insights.status);
  const counts = Object.fromEntries(INSIGHT_STATUSES.map((status) => [status, 0])) as Record<InsightStatus, number>;
  for (const row of rows) counts[row.status] = row.total;
  return counts;
}

export async function getInsight(ctx: ReadCtx, insightId: string) {
  const [insight] = await ctx.db
    .select()
    .from(insights)
    .where(and(eq(insights.id, insightId), eq(insights.orgId, ctx.org.id)));
  if (!insight) throw new AppError('not_found', 'Insight not found.');
  return insight;
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
