import { publishDueScheduledPosts } from '@/lib/blog/publish-due';
import { pruneIdempotencyKeys } from '@/lib/http/idempotency';
import { listStalledImportIds } from '@/lib/leads/import/imports';
import { runImport } from '@/lib/leads/import/run-import';
import { rescoreAllWorkspaces } from '@/lib/leads/rescore';
import { pruneJobRuns } from './prune-job-runs';
import { defineCronJob } from './types';

/**
 * Housekeeping crons. Each tick is one job_runs row, unique per (job, minute), so however many app
 * processes fire a schedule, one of them runs each tick.
 */
export const LEADS_NIGHTLY_RESCORE_JOB = defineCronJob({
  id: 'leads-nightly-rescore',
  description: 'Rescore leads nightly: engagement decays with time even when nothing happens.',
  cron: '15 3 * * *',
  retries: 2,
  // Scored as of the tick, so a retry later in the day gives the same scores.
  handler: ({ event, step, ctx }) =>
    step.run('rescore-all-workspaces', () => rescoreAllWorkspaces(ctx.db, new Date(event.data.scheduledFor))),
});

export const IDEMPOTENCY_KEYS_PRUNE_JOB = defineCronJob({
  id: 'idempotency-keys-prune',
  description: 'Delete stored API idempotency answers past their 24-hour retention.',
  cron: '45 * * * *',
  // A missed hour is harmless: keys are only honoured while under 24 hours old.
  retries: 1,
  handler: ({ step, ctx }) => step.run('prune-idempotency-keys', async () => ({ deleted: await pruneIdempotencyKeys(ctx.db) })),
});

export const LEAD_IMPORTS_RESUME_JOB = defineCronJob({
  id: 'lead-imports-resume',
  description: 'Resume lead imports whose worker died (a restart mid-import), even if nobody watches their page.',
  cron: '* * * * *',
  // The next minute looks again; runImport claims each import atomically, so overlapping ticks are safe.
  retries: 0,
  handler: async ({ step, ctx }) => {
    const importIds = await step.run('list-stalled-imports', () => listStalledImportIds(ctx.db));
    for (const importId of importIds) {
      await step.run(`resume-import-${importId}`, () => runImport(ctx.db, { importId }));
    }
    return { resumed: importIds.length };
  },
});

export const BLOG_PUBLISH_DUE_JOB = defineCronJob({
  id: 'blog-publish-due',
  description: 'Mark scheduled blog posts published once their time has passed (visitors already see them).',
  cron: '* * * * *',
  retries: 0,
  handler: ({ step, ctx }) => step.run('publish-due-posts', async () => ({ published: await publishDueScheduledPosts(ctx.db) })),
});

export const JOB_RUNS_PRUNE_JOB = defineCronJob({
  id: 'job-runs-prune',
  description: 'Delete succeeded job runs after 7 days and failed ones after 30 (minute crons alone add 2,880 a day).',
  cron: '30 4 * * *',
  retries: 2,
  handler: ({ event, step, ctx }) => step.run('delete-old-runs', () => pruneJobRuns(ctx.db, new Date(event.data.scheduledFor))),
});

export const MAINTENANCE_JOBS = [
  LEADS_NIGHTLY_RESCORE_JOB,
  IDEMPOTENCY_KEYS_PRUNE_JOB,
  LEAD_IMPORTS_RESUME_JOB,
  BLOG_PUBLISH_DUE_JOB,
  JOB_RUNS_PRUNE_JOB,
];
