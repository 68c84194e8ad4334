import { and, asc, eq, inArray, or, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leads, orgMembers, pipelineStages, type Insight } from '@/db/schema';
import { plural } from './rules/types';

/** One follow-up task an insight asks for, before it is checked against the tasks that already exist. */
export type FollowUpPlan = {
  /** The lead, stage or (for workspace-wide rules) workspace the task is about: half of its dedupe key. */
  subjectId: string;
  title: string;
  notes: string;
  leadId: string | null;
  assigneeId: string | null;
};

/** Per insight, at most this many tasks: a scan that finds 300 stale leads should not bury anyone in 300 tasks. */
export const MAX_TASKS_PER_INSIGHT = 20;

export async function getWorkspaceOwnerId(db: Executor, orgId: string): Promise<string | null> {
  const [owner] = await db
    .select({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.role, 'owner')))
    .orderBy(asc(orgMembers.createdAt))
    .limit(1);
  return owner?.userId ?? null;
}

function evidenceIds(insight: Insight, kind: 'lead' | 'stage') {
  return insight.evidence.items.filter((item) => item.kind === kind).slice(0, MAX_TASKS_PER_INSIGHT);
}

/**
 * One "Follow up" task per evidence lead that still exists and is still open, for its owner. A lead with no
 * owner, or whose owner has left the workspace, goes to the workspace owner so the task reaches someone.
 */
async function planLeadFollowUps(db: Executor, insight: Insight, workspaceOwnerId: string | null, label: string) {
  const items = evidenceIds(insight, 'lead');
  if (items.length === 0) return [];
  const rows = await db
    .select({ id: leads.id, name: leads.name, ownerId: leads.ownerId })
    .from(leads)
    .leftJoin(pipelineStages, and(eq(pipelineStages.id, leads.stageId), eq(pipelineStages.orgId, insight.orgId)))
    .where(
      and(
        eq(leads.orgId, insight.orgId),
        inArray(leads.id, items.map((item) => item.id)),
        or(isNull(pipelineStages.id), and(eq(pipelineStages.isWon, false), eq(pipelineStages.isLost, false))),
      ),
    );
  const ownerIds = [...new Set(rows.map((row) => row.ownerId).filter((id): id is string => id !== null))];
  const members = ownerIds.length === 0 ? [] : await db
    .select({ userId: orgMembers.userId })
    .from(orgMembers)
    .where(and(eq(orgMembers.orgId, insight.orgId), inArray(orgMembers.userId, ownerIds)));
  const memberIds = new Set(members.map((member) => member.userId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return items.flatMap((item): FollowUpPlan[] => {
    const lead = byId.get(item.id);
    if (!lead) return [];
    return [{
      subjectId: lead.id,
      title: `Follow up with ${lead.name}`.slice(0, 200),
      notes: `From the "${label}" insight: ${item.detail ?? insight.summary}`,
      leadId: lead.id,
      assigneeId: lead.ownerId && memberIds.has(lead.ownerId) ? lead.ownerId : workspaceOwnerId,
    }];
  });
}

async function planStageReviews(db: Executor, insight: Insight, workspaceOwnerId: string | null, label: string) {
  const items = evidenceIds(insight, 'stage');
  if (items.length === 0) return [];
  const rows = await db
    .select({ id: pipelineStages.id, name: pipelineStages.name })
    .from(pipelineStages)
    .where(and(eq(pipelineStages.orgId, insight.orgId), inArray(pipelineStages.id, items.map((item) => item.id))));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return items.flatMap((item): FollowUpPlan[] => {
    const stage = byId.get(item.id);
    if (!stage) return [];
    return [{
      subjectId: stage.id,
      title: `Review leads stuck in ${stage.name}`.slice(0, 200),
      notes: `From the "${label}" insight: ${item.detail ?? insight.summary}`,
      leadId: null,
      assigneeId: workspaceOwnerId,
    }];
  });
}

/** The tasks acting on an insight would create, rule by rule (before deduplication against existing tasks). */
export async function planFollowUps(db: Executor, insight: Insight, label: string): Promise<FollowUpPlan[]> {
  const workspaceOwnerId = await getWorkspaceOwnerId(db, insight.orgId);
  const workspaceTask = (title: string): FollowUpPlan[] => [
    { subjectId: insight.orgId, title, notes: `From the "${label}" insight: ${insight.summary}`, leadId: null, assigneeId: workspaceOwnerId },
  ];
  switch (insight.rule) {
    case 'stale_leads':
    case 'hot_lead_unattended':
      return planLeadFollowUps(db, insight, workspaceOwnerId, label);
    case 'pipeline_stuck':
      return planStageReviews(db, insight, workspaceOwnerId, label);
    case 'task_backlog': {
      const overdue = insight.evidence.numbers.overdueTasks ?? insight.evidence.items.length;
      return workspaceTask(`Triage ${plural(overdue, 'overdue task')}`);
    }
    case 'low_content_output':
      return workspaceTask("Plan this week's posts");
  }
}
