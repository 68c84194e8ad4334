import { and, arrayContains, desc, eq, getTableColumns, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db';
import { leads } from '@/db/schema';
import { containsPattern } from '@/lib/db-utils/like';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import type { ListLeadsQuery } from './schemas';

export async function getLead(db: Db, { orgId, leadId }: { orgId: string; leadId: string }) {
  const [lead] = await db.select().from(leads).where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  if (!lead) throw new AppError('not_found', 'Lead not found.');
  return lead;
}

// The expression the trigram index covers; searching the same expression lets Postgres use it.
const SEARCH_TEXT = sql`(coalesce(${leads.name}, '') || ' ' || coalesce(${leads.email}, '') || ' ' || coalesce(${leads.company}, '') || ' ' || coalesce(${leads.phone}, ''))`;

export function leadFilters(orgId: string, query: Omit<ListLeadsQuery, 'cursor' | 'limit'>): SQL {
  const filters: (SQL | undefined)[] = [eq(leads.orgId, orgId)];
  if (query.stageId) filters.push(eq(leads.stageId, query.stageId));
  if (query.ownerId) filters.push(eq(leads.ownerId, query.ownerId));
  if (query.tags?.length) filters.push(arrayContains(leads.tags, query.tags));
  if (query.scoreMin !== undefined) filters.push(gte(leads.score, query.scoreMin));
  if (query.scoreMax !== undefined) filters.push(lte(leads.score, query.scoreMax));
  if (query.createdFrom) filters.push(gte(leads.createdAt, query.createdFrom));
  if (query.createdTo) filters.push(lt(leads.createdAt, query.createdTo));
  if (query.q) filters.push(sql`${SEARCH_TEXT} ilike ${containsPattern(query.q)}`);
  return and(...filters)!;
}

/**
 * Leads newest first with keyset pagination on (created_at, id): stable while rows are added, and as fast
 * on page 1,000 as on page 1 (no OFFSET).
 */
export async function listLeads(db: Db, { orgId, ...query }: ListLeadsQuery & { orgId: string }) {
  const where = [leadFilters(orgId, query)];
  if (query.cursor) where.push(olderThan(decodeCursor(query.cursor), leads.createdAt, leads.id));
  const rows = await db
    .select({ ...getTableColumns(leads), cursorAt: cursorTime(leads.createdAt) })
    .from(leads)
    .where(and(...where))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
}
