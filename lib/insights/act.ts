import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { activities, insights, notifications, orgs, tasks, type Insight } from '@/db/schema';
import { OPEN_TASK_STATUSES, type InsightRule } from '@/db/schema/values';
import { AppError } from '@/lib/errors';
import { planFollowUps, type FollowUpPlan } from './follow-up-plans';
import { RULES } from './rule-catalog';
import { plural } from './rules/types';

const FOLLOW_UP_DUE_MS = 86_400_000;

export type ActOnInsightResult = { insight: Insight; tasksCreated: number };

/** One task per rule, subject and day: a retried or replayed act never creates the same task twice. */
export function followUpDedupeKey(rule: InsightRule, subjectId: string, periodKey: string) {
  return `insight:${rule}:${subjectId}:${periodKey}`;
}

/**
 * Drops the plans that would pile a second open task on one already under way. A lead is busy while any open
 * task from an insight is on it, whichever rule filed it (stale leads and hot lead unattended both ask for
 * "Follow up with Ana"); a stage or the workspace is busy while this rule's task about it, from any day, is open.
 */
async function dropBusyPlans(db: Executor, orgId: string, rule: InsightRule, plans: FollowUpPlan[]) {
  const openInsightTasks = and(eq(tasks.orgId, orgId), inArray(tasks.status, [...OPEN_TASK_STATUSES]), eq(tasks.source, 'insight'));
  const leadIds = plans.flatMap((plan) => (plan.leadId ? [plan.leadId] : []));
  const busyLeads = leadIds.length === 0 ? [] : await db
    .selectDistinct({ leadId: tasks.leadId })
    .from(tasks)
    .where(and(openInsightTasks, inArray(tasks.leadId, leadIds)));
  const busyKeys = plans.every((plan) => plan.leadId) ? [] : await db
    .select({ key: tasks.dedupeKey })
    .from(tasks)
    // `_` is a LIKE wildcard, and every rule name has one.
    .where(and(openInsightTasks, like(tasks.dedupeKey, `insight:${rule.replaceAll('_', '\\_')}:%`)));
  const busy = new Set([...busyLeads.map((row) => row.leadId), ...busyKeys.map((row) => row.key?.split(':')[2])]);
  return plans.filter((plan) => !busy.has(plan.leadId ?? plan.subjectId));
}

/** One notification per assignee, in one insert; the dedupe key makes a replayed act add none. */
async function notifyAssignees(db: Executor, insight: Insight, created: { assigneeId: string | null }[]) {
  const perAssignee = new Map<string, number>();
  for (const task of created) {
    if (task.assigneeId) perAssignee.set(task.assigneeId, (perAssignee.get(task.assigneeId) ?? 0) + 1);
  }
  if (perAssignee.size === 0) return;
  const [org] = await db.select({ slug: orgs.slug }).from(orgs).where(eq(orgs.id, insight.orgId));
  const label = RULES[insight.rule].label;
  await db
    .insert(notifications)
    .values(
      [...perAssignee].map(([userId, count]) => ({
        orgId: insight.orgId,
        userId,
        type: 'insight' as const,
        title: `${label}: ${plural(count, 'follow-up task')} for you`.slice(0, 200),
        body: insight.summary.slice(0, 1_000),
        // The tasks page filters by assignee only on its "all tasks" view.
        href: org ? `/app/${org.slug}/tasks?view=all&assigneeId=${userId}` : null,
        dedupeKey: `insight:${insight.id}`,
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
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
    const fresh = await dropBusyPlans(tx, acted.orgId, acted.rule, plans);
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
