import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, insights, orgs, tasks, type Insight } from '@/db/schema';
import { OPEN_TASK_STATUSES, type InsightRule } from '@/db/schema/values';
import { AppError } from '@/lib/errors';
import { createNotification } from '@/lib/notifications/create-notification';
import { planFollowUps } from './follow-up-plans';
import { RULES } from './rule-catalog';
import { plural } from './rules/types';

const FOLLOW_UP_DUE_MS = 86_400_000;

export type ActOnInsightResult = { insight: Insight; tasksCreated: number };

/** One task per rule, subject and day: a retried or replayed act never creates the same task twice. */
export function followUpDedupeKey(rule: InsightRule, subjectId: string, periodKey: string) {
  return `insight:${rule}:${subjectId}:${periodKey}`;
}

/**
 * The subjects (lead, stage or workspace ids) that already have an open task from this rule, from any day:
 * while yesterday's "Follow up with Ana" is open, today's scan does not pile a second one on top.
 */
async function listBusySubjects(db: Executor, orgId: string, rule: InsightRule) {
  const rows = await db
    .select({ key: tasks.dedupeKey })
    .from(tasks)
    .where(
      and(
        eq(tasks.orgId, orgId),
        inArray(tasks.status, [...OPEN_TASK_STATUSES]),
        eq(tasks.source, 'insight'),
        // `_` is a LIKE wildcard, and every rule name has one.
        like(tasks.dedupeKey, `insight:${rule.replaceAll('_', '\\_')}:%`),
      ),
    );
  return new Set(rows.map((row) => row.key?.split(':')[2]));
}

async function notifyAssignees(db: Executor, insight: Insight, created: { assigneeId: string | null }[]) {
  const perAssignee = new Map<string, number>();
  for (const task of created) {
    if (task.assigneeId) perAssignee.set(task.assigneeId, (perAssignee.get(task.assigneeId) ?? 0) + 1);
  }
  if (perAssignee.size === 0) return;
  const [org] = await db.select({ slug: orgs.slug }).from(orgs).where(eq(orgs.id, insight.orgId));
  for (const [userId, count] of perAssignee) {
    await createNotification(db, {
      orgId: insight.orgId,
      userId,
      type: 'insight',
      title: `${RULES[insight.rule].label}: ${plural(count, 'follow-up task')} for you`,
      body: insight.summary,
      href: org ? `/app/${org.slug}/tasks?assigneeId=${userId}` : null,
      dedupeKey: `insight:${insight.id}`,
    });
  }
}

/**
 * Acts on an open insight, in one transaction: marks it acted (by `decidedById`, or the scan when null),
 * creates its follow-up tasks (source `insight`, due in a day), puts lead tasks on the lead's timeline, and
 * notifies each assignee once. Throws `conflict` when the insight is no longer open.
 */
export async function actOnInsight(
  db: Executor,
  insight: Insight,
  { now, decidedById = null }: { now: Date; decidedById?: string | null },
): Promise<ActOnInsightResult> {
  return db.transaction(async (tx) => {
    // Marking it first, conditionally, is the guard: of two callers acting at once only one gets the row back.
    const [acted] = await tx
      .update(insights)
      .set({ status: 'acted', actedAt: now, decidedById, updatedAt: sql`now()` })
      .where(and(eq(insights.id, insight.id), eq(insights.orgId, insight.orgId), eq(insights.status, 'open')))
      .returning();
    if (!acted) throw new AppError('conflict', 'This insight was already accepted or dismissed.');

    const plans = await planFollowUps(tx, acted, RULES[acted.rule].label);
    const busy = await listBusySubjects(tx, acted.orgId, acted.rule);
    const fresh = plans.filter((plan) => !busy.has(plan.subjectId));
    if (fresh.length === 0) return { insight: acted, tasksCreated: 0 };

    const dueAt = new Date(now.getTime() + FOLLOW_UP_DUE_MS);
    const created = await tx
      .insert(tasks)
      .values(
        fresh.map((plan) => ({
          orgId: acted.orgId,
          title: plan.title,
          notes: plan.notes,
          dueAt,
          assigneeId: plan.assigneeId,
          leadId: plan.leadId,
          source: 'insight' as const,
          insightId: acted.id,
          dedupeKey: followUpDedupeKey(acted.rule, plan.subjectId, acted.periodKey),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: tasks.id, title: tasks.title, leadId: tasks.leadId, assigneeId: tasks.assigneeId });

    // The timeline entry createTask writes, without moving last_activity_at: the scan filing a task is not
    // contact with the lead, and counting it would hide the lead from the stale-leads rule it came from.
    const leadTasks = created.filter((task) => task.leadId !== null);
    if (leadTasks.length > 0) {
      await tx.insert(activities).values(
        leadTasks.map((task) => ({
          orgId: acted.orgId,
          leadId: task.leadId!,
          type: 'task_created' as const,
          actorType: 'system' as const,
          actorUserId: null,
          body: task.title,
          data: { taskId: task.id, insightId: acted.id },
        })),
      );
    }
    await notifyAssignees(tx, acted, created);
    return { insight: acted, tasksCreated: created.length };
  });
}
