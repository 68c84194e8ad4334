import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db';
import { leads, orgMembers, orgs, tasks, users } from '@/db/schema';
import type { EventPayload } from '@/lib/jobs/events';
import { createNotification } from './create-notification';

const creators = alias(users, 'creators');

/**
 * Tells a task's assignee that someone else gave them the task. Reads the task as it is now: a task deleted
 * or handed to someone else before the job ran, or an assignee who left the workspace, gets nothing.
 * Returns the notification id, or null when there was nothing (new) to store.
 */
export async function notifyTaskAssignee(db: Db, { orgId, taskId, assigneeId, createdById }: EventPayload<'task/created'>): Promise<string | null> {
  if (!assigneeId || assigneeId === createdById) return null;
  const [row] = await db
    .select({ title: tasks.title, leadId: tasks.leadId, leadName: leads.name, orgSlug: orgs.slug, creatorName: creators.name, creatorEmail: creators.email })
    .from(tasks)
    .innerJoin(orgs, eq(orgs.id, tasks.orgId))
    .innerJoin(orgMembers, and(eq(orgMembers.orgId, tasks.orgId), eq(orgMembers.userId, assigneeId)))
    .leftJoin(leads, and(eq(leads.id, tasks.leadId), eq(leads.orgId, tasks.orgId)))
    .leftJoin(creators, eq(creators.id, tasks.createdById))
    .where(and(eq(tasks.id, taskId), eq(tasks.orgId, orgId), eq(tasks.assigneeId, assigneeId)));
  if (!row) return null;

  const who = row.creatorName ?? row.creatorEmail ?? 'Beacon';
  const base = `/app/${row.orgSlug}`;
  return createNotification(db, {
    orgId,
    userId: assigneeId,
    type: 'task_assigned',
    title: `New task: ${row.title}`,
    body: row.leadName ? `${who} assigned you a task about ${row.leadName}.` : `${who} assigned you a task.`,
    href: row.leadId ? `${base}/leads/${row.leadId}` : `${base}/tasks`,
    dedupeKey: `task-assigned:${taskId}`,
  });
}
