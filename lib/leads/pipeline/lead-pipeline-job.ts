import { defineEventJob } from '@/lib/jobs/types';
import { recomputeLeadScore } from '@/lib/leads/rescore';
import { assignLeadOwner } from './assign-owner';
import { createFirstResponseTask } from './first-response-task';
import { notifyLeadOwner } from './notify-owner';
import { getPipelineLead } from './pipeline-lead';

const SKIPPED = { skipped: 'lead not found' } as const;

/**
 * What happens to every new lead, whoever created it: give it an owner by the workspace's routing, tell the
 * owner, put a first-response task on their list, and score it. Every step is safe to repeat (the owner is
 * only set when missing; the notification and the task have dedupe keys), so a retry or a replayed event
 * changes nothing. One run per workspace at a time (across the cluster under Inngest, per process under the local runner) paces round robin; its row lock keeps every assignment correct regardless.
 */
export const LEAD_PIPELINE_JOB = defineEventJob({
  id: 'lead-pipeline',
  event: 'lead/created',
  description: 'Assigns a new lead its owner, notifies them, creates the first-response task and scores the lead.',
  retries: 4,
  concurrency: { key: 'orgId', limit: 1 },
  handler: async ({ event, step, ctx }) => {
    const { orgId, leadId, source, createdById = null } = event.data;

    const assignment = await step.run('assign-owner', () => assignLeadOwner(ctx.db, { orgId, leadId }));
    if (!assignment) return SKIPPED;

    const notified = await step.run('notify-owner', async () => {
      // Nobody to tell, or the owner entered the lead themselves and knows about it.
      if (!assignment.ownerId || assignment.ownerId === createdById) return { notificationId: null };
      const lead = await getPipelineLead(ctx.db, { orgId, leadId });
      if (!lead) return null;
      return { notificationId: await notifyLeadOwner(ctx.db, { lead, ownerId: assignment.ownerId, source }) };
    });
    if (!notified) return SKIPPED;

    const task = await step.run('first-response-task', async () => {
      const lead = await getPipelineLead(ctx.db, { orgId, leadId });
      return lead ? createFirstResponseTask(ctx.db, { lead, ownerId: assignment.ownerId }) : null;
    });
    if (!task) return SKIPPED;

    // Scored last, from the timeline as the pipeline leaves it: the task's entry does not rescore the lead, so
    // scoring earlier would store a score that a replayed event (or any later rescore) then changes.
    const scored = await step.run('score', async () => {
      const result = await recomputeLeadScore(ctx.db, { orgId, leadId });
      return result ? { score: result.score } : null;
    });
    if (!scored) return SKIPPED;

    return { score: scored.score, ...assignment, notificationId: notified.notificationId, task };
  },
});
