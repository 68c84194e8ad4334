import { defineCronJob, defineEventJob, DEFAULT_BACKOFF } from '@/lib/jobs/types';
import { scanOrg } from './scan-org';
import { CLAIM_BATCH, claimDueScans, ensureInsightSchedules } from './schedule';

/**
 * Every hour, five past: gives new workspaces a schedule, then claims the due ones a thousand at a time and
 * sends one `insights/org.scan` event each. Claims are steps, so a retried run re-sends the same batch; the
 * event id makes each workspace's scan per tick unique. A claim only leases the row: if the events are lost
 * the next fan-out after the lease sends them again, and the scan itself moves next_run_at on.
 */
export const INSIGHTS_FAN_OUT_JOB = defineCronJob({
  id: 'insights-fan-out',
  description: 'Claims the workspaces whose insight scan is due and starts one scan each.',
  cron: '5 * * * *',
  retries: 3,
  backoff: DEFAULT_BACKOFF,
  handler: async ({ event, step, ctx }) => {
    const scheduledFor = event.data.scheduledFor;
    const tick = new Date(scheduledFor);
    await step.run('ensure-schedules', async () => ({ added: await ensureInsightSchedules(ctx.db, tick) }));
    let workspaces = 0;
    for (let n = 0; ; n++) {
      const orgIds = await step.run(`claim-${n}`, () => claimDueScans(ctx.db, { scheduledFor: tick, now: new Date() }));
      if (orgIds.length === 0) break;
      await step.sendEvent(
        `fan-out-${n}`,
        orgIds.map((orgId) => ({ name: 'insights/org.scan' as const, data: { orgId, scheduledFor }, id: `insights-org-scan:${orgId}:${scheduledFor}` })),
      );
      workspaces += orgIds.length;
      if (orgIds.length < CLAIM_BATCH) break;
    }
    return { workspaces };
  },
});

/**
 * One workspace's scan for the tick in `scheduledFor`; one at a time per workspace, so an hourly scan never
 * overlaps a slow previous one.
 */
export const INSIGHTS_ORG_SCAN_JOB = defineEventJob({
  id: 'insights-org-scan',
  description: "Runs a workspace's insight rules, stores the findings and acts on the confident ones.",
  event: 'insights/org.scan',
  concurrency: { key: 'orgId', limit: 1 },
  retries: 3,
  backoff: DEFAULT_BACKOFF,
  handler: async ({ event, step, ctx }) => {
    const result = await step.run('scan', () => scanOrg(ctx.db, { orgId: event.data.orgId, now: new Date(), scheduledFor: new Date(event.data.scheduledFor) }));
    return result ?? { skipped: 'The workspace no longer exists.' };
  },
});
