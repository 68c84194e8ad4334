import { and, asc, eq, inArray } from 'drizzle-orm';
import { leads, pipelineStages, tasks, users } from '@/db/schema';
import type { InsightEvidence } from '@/db/schema/insights';
import type { InsightRule, InsightStatus, TaskStatus } from '@/db/schema/values';
import type { Ctx } from '@/lib/ctx';
import { listInsights, type InsightListItem } from './queries';
import type { ListInsightsInput } from './schemas';

type ReadCtx = Pick<Ctx, 'db' | 'org'>;
type EvidenceKind = InsightEvidence['items'][number]['kind'];

/** An evidence item as shown: its record's current name and link, or the stored label marked deleted. */
export type EvidenceItemView = { kind: EvidenceKind; id: string; label: string; detail: string | null; href: string | null; isDeleted: boolean };
export type CreatedTaskView = { id: string; title: string; status: TaskStatus; assigneeName: string | null; dueAt: string | null };

/** One insight card, plain JSON: the page renders it and "Load more" sends more of them to the browser. */
export type InsightCardData = {
  id: string;
  rule: InsightRule;
  status: InsightStatus;
  confidence: number;
  summary: string;
  createdAt: string;
  actedAt: string | null;
  dismissedAt: string | null;
  decidedByName: string | null;
  numbers: Record<string, number>;
  items: EvidenceItemView[];
  createdTasks: CreatedTaskView[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A malformed id would make Postgres reject the whole uuid list; such an item simply shows as deleted.
function idsOf(list: InsightListItem[], kind: EvidenceKind): string[] {
  const ids = list.flatMap((insight) => insight.evidence.items.filter((item) => item.kind === kind && UUID.test(item.id)).map((item) => item.id));
  return [...new Set(ids)];
}

/**
 * The current names of every lead, task and stage the insights point at: one query per kind, each scoped to
 * the workspace (evidence is JSON, so an id in it is never trusted to belong here). Missing ids are deleted.
 */
async function resolveEvidenceNames(ctx: ReadCtx, list: InsightListItem[]) {
  const [leadIds, taskIds, stageIds] = [idsOf(list, 'lead'), idsOf(list, 'task'), idsOf(list, 'stage')];
  const [leadRows, taskRows, stageRows] = await Promise.all([
    leadIds.length ? ctx.db.select({ id: leads.id, name: leads.name }).from(leads).where(and(eq(leads.orgId, ctx.org.id), inArray(leads.id, leadIds))) : [],
    taskIds.length ? ctx.db.select({ id: tasks.id, name: tasks.title }).from(tasks).where(and(eq(tasks.orgId, ctx.org.id), inArray(tasks.id, taskIds))) : [],
    stageIds.length
      ? ctx.db.select({ id: pipelineStages.id, name: pipelineStages.name }).from(pipelineStages).where(and(eq(pipelineStages.orgId, ctx.org.id), inArray(pipelineStages.id, stageIds)))
      : [],
  ]);
  const toMap = (rows: { id: string; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));
  return { lead: toMap(leadRows), task: toMap(taskRows), stage: toMap(stageRows) } satisfies Record<EvidenceKind, Map<string, string>>;
}

function hrefFor(orgSlug: string, kind: EvidenceKind, id: string): string {
  if (kind === 'lead') return `/app/${orgSlug}/leads/${id}`;
  if (kind === 'task') return `/app/${orgSlug}/tasks?view=all`;
  return `/app/${orgSlug}/pipeline`;
}

/** The follow-up tasks each insight created (tasks.insight_id), oldest first, in one query. */
async function listCreatedTasks(ctx: ReadCtx, insightIds: string[]) {
  if (insightIds.length === 0) return new Map<string, CreatedTaskView[]>();
  const rows = await ctx.db
    .select({ id: tasks.id, insightId: tasks.insightId, title: tasks.title, status: tasks.status, dueAt: tasks.dueAt, assigneeName: users.name, assigneeEmail: users.email })
    .from(tasks)
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(and(eq(tasks.orgId, ctx.org.id), inArray(tasks.insightId, insightIds)))
    .orderBy(asc(tasks.createdAt), asc(tasks.id));
  const byInsight = new Map<string, CreatedTaskView[]>();
  for (const row of rows) {
    const list = byInsight.get(row.insightId!) ?? [];
    list.push({ id: row.id, title: row.title, status: row.status, assigneeName: row.assigneeName ?? row.assigneeEmail, dueAt: row.dueAt?.toISOString() ?? null });
    byInsight.set(row.insightId!, list);
  }
  return byInsight;
}

/** Turns listed insights into cards: evidence resolved to live names and links, and the tasks each created. */
export async function toInsightCards(ctx: ReadCtx, list: InsightListItem[]): Promise<InsightCardData[]> {
  const [names, createdTasks] = await Promise.all([resolveEvidenceNames(ctx, list), listCreatedTasks(ctx, list.map((insight) => insight.id))]);
  return list.map((insight) => ({
    id: insight.id,
    rule: insight.rule,
    status: insight.status,
    confidence: insight.confidence,
    summary: insight.summary,
    createdAt: insight.createdAt.toISOString(),
    actedAt: insight.actedAt?.toISOString() ?? null,
    dismissedAt: insight.dismissedAt?.toISOString() ?? null,
    decidedByName: insight.decidedByName ?? insight.decidedByEmail,
    numbers: insight.evidence.numbers,
    items: insight.evidence.items.map((item) => {
      const current = names[item.kind].get(item.id);
      return {
        kind: item.kind,
        id: item.id,
        label: current ?? item.label,
        detail: item.detail ?? null,
        href: current === undefined ? null : hrefFor(ctx.org.slug, item.kind, item.id),
        isDeleted: current === undefined,
      };
    }),
    createdTasks: createdTasks.get(insight.id) ?? [],
  }));
}

/** A page of insight cards for one tab. */
export async function listInsightCards(ctx: ReadCtx, input: ListInsightsInput) {
  const page = await listInsights(ctx, input);
  return { items: await toInsightCards(ctx, page.items), nextCursor: page.nextCursor };
}

export type InsightCardsPage = Awaited<ReturnType<typeof listInsightCards>>;
