import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lt, gte, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, OPEN_TASK_STATUSES, tasks, users } from '@/db/schema';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import type { ListTasksQuery } from './schemas';

const taskColumns = { ...getTableColumns(tasks), leadName: leads.name, assigneeName: users.name, assigneeEmail: users.email };

/** Tasks of a workspace, newest first, keyset-paginated (the API's list). */
export async function listTasks(db: Executor, { orgId, ...query }: ListTasksQuery & { orgId: string }) {
  const where = [eq(tasks.orgId, orgId)];
  if (query.status?.length) where.push(inArray(tasks.status, query.status));
  if (query.assigneeId) where.push(eq(tasks.assigneeId, query.assigneeId));
  if (query.leadId) where.push(eq(tasks.leadId, query.leadId));
  if (query.source) where.push(eq(tasks.source, query.source));
  if (query.cursor) where.push(olderThan(decodeCursor(query.cursor), tasks.createdAt, tasks.id));
  const rows = await db
    .select({ ...taskColumns, cursorAt: cursorTime(tasks.createdAt) })
    .from(tasks)
    .leftJoin(leads, eq(leads.id, tasks.leadId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(and(...where))
    .orderBy(desc(tasks.createdAt), desc(tasks.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
}

export type TaskBuckets = Awaited<ReturnType<typeof listMyTasks>>;

/**
 * "My tasks": a user's open tasks in one workspace split into overdue, due today, upcoming and undated,
 * with "today" taken in the viewer's time zone offset (minutes, as Date#getTimezoneOffset gives it).
 */
export async function listMyTasks(db: Executor, { orgId, userId, now = new Date(), timezoneOffsetMinutes = 0, limit = 200 }: { orgId: string; userId: string; now?: Date; timezoneOffsetMinutes?: number; limit?: number }) {
  const localNow = new Date(now.getTime() - timezoneOffsetMinutes * 60_000);
  const startOfToday = new Date(Date.UTC(localNow.getUTCFullYear(), localNow.getUTCMonth(), localNow.getUTCDate()) + timezoneOffsetMinutes * 60_000);
  const startOfTomorrow = new Date(startOfToday.getTime() + 86_400_000);
  const open = and(eq(tasks.orgId, orgId), eq(tasks.assigneeId, userId), inArray(tasks.status, [...OPEN_TASK_STATUSES]));
  const select = (where: ReturnType<typeof and>, order = asc(tasks.dueAt)) =>
    db
      .select(taskColumns)
      .from(tasks)
      .leftJoin(leads, eq(leads.id, tasks.leadId))
      .leftJoin(users, eq(users.id, tasks.assigneeId))
      .where(where)
      .orderBy(order, asc(tasks.createdAt))
      .limit(limit);
  const [overdue, today, upcoming, undated] = await Promise.all([
    select(and(open, isNotNull(tasks.dueAt), lt(tasks.dueAt, startOfToday))),
    select(and(open, gte(tasks.dueAt, startOfToday), lt(tasks.dueAt, startOfTomorrow))),
    select(and(open, gte(tasks.dueAt, startOfTomorrow))),
    select(and(open, isNull(tasks.dueAt)), sql`${tasks.createdAt} desc`),
  ]);
  return { overdue, today, upcoming, undated };
}

/** Open tasks linked to one lead (the lead page's task panel). */
export async function listLeadTasks(db: Executor, { orgId, leadId }: { orgId: string; leadId: string }) {
  return db
    .select(taskColumns)
    .from(tasks)
    .leftJoin(leads, eq(leads.id, tasks.leadId))
    .leftJoin(users, eq(users.id, tasks.assigneeId))
    .where(and(eq(tasks.orgId, orgId), eq(tasks.leadId, leadId)))
    .orderBy(sql`${tasks.status} in ('pending', 'in_progress') desc`, asc(tasks.dueAt), desc(tasks.createdAt))
    .limit(100);
}
