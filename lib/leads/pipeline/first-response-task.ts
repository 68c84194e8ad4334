import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { tasks } from '@/db/schema';
import { recordActivity } from '@/lib/leads/activities';
import { businessHoursOf, getLeadRoutingSettings } from '@/lib/leads/routing/routing-settings';
import { addBusinessHours } from './business-hours';
import type { PipelineLead } from './pipeline-lead';

export function firstResponseDedupeKey(leadId: string) {
  return `first-response:${leadId}`;
}

/**
 * The "reply to this lead" task, due one business hour after the lead arrived (in the workspace's hours),
 * for the lead's owner. Created once per lead: the dedupe key turns a repeat into a no-op, and the timeline
 * entry is written only with the insert that actually happened.
 */
export async function createFirstResponseTask(db: Executor, { lead, ownerId }: { lead: PipelineLead; ownerId: string | null }) {
  const settings = await getLeadRoutingSettings(db, lead.org.id);
  const dueAt = addBusinessHours(lead.createdAt, 1, businessHoursOf(settings));
  return db.transaction(async (tx) => {
    const [task] = await tx
      .insert(tasks)
      .values({
        orgId: lead.org.id,
        title: `Reply to ${lead.name}`.slice(0, 200),
        dueAt,
        assigneeId: ownerId,
        leadId: lead.id,
        source: 'automation',
        createdById: null,
        dedupeKey: firstResponseDedupeKey(lead.id),
      })
      .onConflictDoNothing({ target: [tasks.orgId, tasks.dedupeKey], where: sql`${tasks.dedupeKey} is not null` })
      .returning({ id: tasks.id, title: tasks.title, dueAt: tasks.dueAt });
    if (!task) return { taskId: null, created: false, dueAt: dueAt.toISOString() };
    const systemCtx = { org: lead.org, actor: 'system' as const, user: null };
    // Filing a task is not contact with the lead: its last-activity time and score stay put.
    await recordActivity(tx, systemCtx, { leadId: lead.id, type: 'task_created', body: task.title, data: { taskId: task.id } }, { touchLead: false });
    return { taskId: task.id, created: true, dueAt: dueAt.toISOString() };
  });
}
