import { and, arrayContains, eq, getTableColumns, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db';
import { leads, OPEN_TASK_STATUSES, pipelineStages, tasks, users } from '@/db/schema';
import { containsPattern } from '@/lib/db-utils/like';
import { AppError } from '@/lib/errors';
import { afterCursor, encodeLeadCursor, sortKey, sortOrder } from './lead-sort';
import type { LeadFilter, ListLeadsQuery } from './schemas';

export async function getLead(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [lead] = await db.select().from(leads).where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  if (!lead) throw new AppError('not_found', 'Lead not found.');
  return lead;
}

const owners = alias(users, 'owners');

/** A lead with its stage and owner names, for the detail page and the API. */
export async function getLeadDetail(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [row] = await db
    .select({ ...getTableColumns(leads), stageName: pipelineStages.name, ownerName: owners.name, ownerEmail: owners.email })
    .from(leads)
    .leftJoin(pipelineStages, eq(pipelineStages.id, leads.stageId))
    .leftJoin(owners, eq(owners.id, leads.ownerId))
    .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  if (!row) throw new AppError('not_found', 'Lead not found.');
  return row;
}

// The expression the trigram index covers; searching the same expression lets Postgres use it.
const SEARCH_TEXT = sql`(coalesce(${leads.name}, '') || ' ' || coalesce(${leads.email}, '') || ' ' || coalesce(${leads.company}, '') || ' ' || coalesce(${leads.phone}, ''))`;

const openTasksOf = sql`exists (select 1 from ${tasks} where ${tasks.leadId} = ${leads.id} and ${tasks.status} in (${sql.join(
  OPEN_TASK_STATUSES.map((status) => sql`${status}`),
  sql`, `,
)}))`;

/** The WHERE clause of a lead filter, always inside one workspace. Shared by the list, exports and bulk actions. */
export function leadFilters(orgId: string, query: Partial<LeadFilter>): SQL {
  const filters: (SQL | undefined)[] = [eq(leads.orgId, orgId)];
  if (query.stageId) filters.push(eq(leads.stageId, query.stageId));
  if (query.source) filters.push(eq(leads.source, query.source));
  if (query.ownerId) filters.push(eq(leads.ownerId, query.ownerId));
  if (query.tags?.length) filters.push(arrayContains(leads.tags, query.tags));
  if (query.scoreMin !== undefined) filters.push(gte(leads.score, query.scoreMin));
  if (query.scoreMax !== undefined) filters.push(lte(leads.score, query.scoreMax));
  if (query.createdFrom) filters.push(gte(leads.createdAt, query.createdFrom));
  if (query.createdTo) filters.push(lt(leads.createdAt, query.createdTo));
  if (query.hasOpenTasks !== undefined) filters.push(query.hasOpenTasks ? openTasksOf : sql`not ${openTasksOf}`);
  if (query.q) filters.push(sql`${SEARCH_TEXT} ilike ${containsPattern(query.q)}`);
  return and(...filters)!;
}

/**
 * One page of leads in the chosen sort, with keyset pagination on (sort key, id): stable while rows are
 * added, and as fast on page 1,000 as on page 1 (no OFFSET).
 */
export async function listLeads(db: Executor, { orgId, sort = 'created_desc', cursor, limit = 50, ...filter }: Partial<ListLeadsQuery> & { orgId: string }) {
  const where = [leadFilters(orgId, filter)];
  if (cursor) where.push(afterCursor(sort, cursor));
  const rows = await db
    .select({ ...getTableColumns(leads), sortValue: sortKey(sort) })
    .from(leads)
    .where(and(...where))
    .orderBy(...sortOrder(sort))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _sortValue, ...lead }) => lead),
    nextCursor: rows.length > limit && last ? encodeLeadCursor(sort, last.sortValue as string | number, last.id) : null,
  };
}

/** How many leads match a filter (the "select all N matching" count), capped so huge counts stay cheap. */
export async function countLeads(db: Executor, { orgId, cap = 100_000, ...filter }: Partial<LeadFilter> & { orgId: string; cap?: number }) {
  const [row] = await db.execute<{ total: number }>(
    sql`select count(*)::int as total from (select 1 from ${leads} where ${leadFilters(orgId, filter)} limit ${cap + 1}) as capped`,
  );
  const total = Number(row?.total ?? 0);
  return { total: Math.min(total, cap), capped: total > cap };
}

/** Leads of one workspace among the given ids (bulk selections, merges). */
export async function leadsByIds(db: Executor, { orgId, ids }: { orgId: string; ids: string[] }) {
  if (ids.length === 0) return [];
  return db.select().from(leads).where(and(eq(leads.orgId, orgId), inArray(leads.id, ids)));
}
