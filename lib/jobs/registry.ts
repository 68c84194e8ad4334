import { FIRST_RESPONSE_DRAFT_JOB } from '@/lib/ai/replies/first-response-draft-job';
import { INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB } from '@/lib/insights/jobs';
import { LEAD_PIPELINE_JOB } from '@/lib/leads/pipeline/lead-pipeline-job';
import { NOTIFICATION_JOBS } from '@/lib/notifications/jobs';
import { MAINTENANCE_JOBS } from './maintenance-jobs';
import type { AnyEventJob, CronJob, JobDefinition } from './types';
import type { EventName } from './events';

/** Every background job Beacon runs, declared once; both drivers (local runner, Inngest) are built from it. */
export const JOBS: readonly JobDefinition[] = [
  LEAD_PIPELINE_JOB,
  INSIGHTS_FAN_OUT_JOB,
  INSIGHTS_ORG_SCAN_JOB,
  ...NOTIFICATION_JOBS,
  ...MAINTENANCE_JOBS,
  FIRST_RESPONSE_DRAFT_JOB,
];

export const CRON_JOBS = JOBS.filter((job): job is CronJob => job.kind === 'cron');
export const EVENT_JOBS = JOBS.filter((job): job is AnyEventJob => job.kind === 'event');

export function getJob(id: string): JobDefinition | undefined {
  return JOBS.find((job) => job.id === id);
}

/** The jobs an event starts, one run each: of the registry, or of the list given (tests pass their own). */
export function jobsForEvent(name: EventName, jobs: readonly JobDefinition[] = JOBS): AnyEventJob[] {
  return jobs.filter((job): job is AnyEventJob => job.kind === 'event' && job.event === name);
}
