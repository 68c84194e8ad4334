import { defineEventJob } from '@/lib/jobs/types';
import { createFirstResponseDraft } from './create-first-response-draft';

/**
 * Drafts a first reply to every new lead with an email, for a person to edit and approve on the lead page.
 * The one step is safe to repeat: the draft is unique per (lead, kind), so a retry or a replayed event adds
 * nothing; a failed model call throws and is retried with backoff. It never sends anything.
 */
export const FIRST_RESPONSE_DRAFT_JOB = defineEventJob({
  id: 'lead-first-response-draft',
  event: 'lead/created',
  description: 'Drafts a first reply to a new lead, waiting for approval on the lead page.',
  retries: 3,
  // Model calls are slow and count against one monthly allowance: pace them per workspace.
  concurrency: { key: 'orgId', limit: 2 },
  handler: async ({ event, step, ctx }) => {
    const { orgId, leadId, createdById = null } = event.data;
    return step.run('draft', () => createFirstResponseDraft(ctx.db, { orgId, leadId, createdById }));
  },
});
