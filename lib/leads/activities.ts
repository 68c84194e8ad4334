import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, leads, users, type ActivityType } from '@/db/schema';
import type { Ctx } from '@/lib/ctx';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';
import { actorOf } from './actor';
import type { ListActivitiesQuery } from './activity-schemas';
import { getLead } from './queries';
import { recomputeLeadScore } from './rescore';

export type NewActivity = {
  leadId: string;
  type: ActivityType;
  body?: string | null;
  data?: Record<string, unknown>;
  occurredAt?: Date;
};

export type RecordActivityOptions = {
  /**
   * False for the system's own bookkeeping (a task it filed for the lead): nobody engaged with the lead, so
   * its last-activity time and score stay as they were and it does not look freshly worked (stale-lead
   * insights read that time).
   */
  touchLead?: boolean;
};

/**
 * Appends one entry to a lead's timeline, moves the lead's last-activity time and rescores it (unless
 * `touchLead: false`). The lead must belong to the workspace; pass the transaction when the entry belongs
 * to a larger change.
 */
export async function recordActivity(db: Executor, ctx: Pick<Ctx, 'org' | 'actor' | 'user'>, entry: NewActivity, { touchLead = true }: RecordActivityOptions = {}) {
  const occurredAt = entry.occurredAt ?? new Date();
  const [activity] = await db
    .insert(activities)
    .values({ orgId: ctx.org.id, leadId: entry.leadId, type: entry.type, body: entry.body ?? null, data: entry.data ?? {}, occurredAt, ...actorOf(ctx) })
    .returning();
  if (!touchLead) return activity!;
  await db
    .update(leads)
    // A Date inside sql`` is not serialized by the driver: pass it as ISO text with an explicit cast. A
    // meeting booked ahead counts as activity from now, not from its future start.
    .set({ lastActivityAt: sql`greatest(${leads.lastActivityAt}, least(${occurredAt.toISOString()}::timestamptz, now()))`, updatedAt: sql`now()` })
    .where(and(eq(leads.id, entry.leadId), eq(leads.orgId, ctx.org.id)));
  await recomputeLeadScore(db, { orgId: ctx.org.id, leadId: entry.leadId });
  return activity!;
}

/** Checks the lead is in the workspace, then records the entry (the API and actions' entry point). */
export async function addActivity(ctx: Ctx, entry: NewActivity) {
  await getLead(ctx.db, { orgId: ctx.org.id, leadId: entry.leadId });
  return recordActivity(ctx.db, ctx, entry);
}

/**
 * A lead's timeline by when things happened (an upcoming meeting sits on top), keyset-paginated on
 * (occurred_at, id), with the acting user's name.
 */
export async function listActivities(db: Executor, { orgId, leadId, ...query }: ListActivitiesQuery & { orgId: string; leadId: string }) {
  const where = [eq(activities.orgId, orgId), eq(activities.leadId, leadId)];
  if (query.type) where.push(eq(activities.type, query.type));
  if (query.cursor) where.push(olderThan(decodeCursor(query.cursor), activities.occurredAt, activities.id));
  const rows = await db
    .select({ ...getTableColumns(activities), actorName: users.name, actorEmail: users.email, cursorAt: cursorTime(activities.occurredAt) })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorUserId))
    .where(and(...where))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
}
