import type { Db } from '@/db';
import type { EventName, EventPayload, JobEvent } from './events';

/**
 * What a handler may do besides plain code: named steps whose results are memoised (a retry skips the steps
 * that already succeeded) and sending events. Results cross a JSON boundary on both drivers, so a Date
 * comes back as a string: return plain JSON.
 */
export type JobStep = {
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  sendEvent(id: string, events: JobEvent | JobEvent[]): Promise<void>;
};

export type JobContext = {
  db: Db;
  /** 1 on the first try. */
  attempt: number;
  /** This run's id: the job_runs row under the local runner, Inngest's run id under Inngest, null in direct test calls. */
  runId: string | null;
};

export type RetryPolicy = {
  /** Tries after the first one fails; the run ends `failed` after 1 + retries attempts. */
  retries: number;
  /** Local runner's backoff: baseMs · 2^(attempt − 1), capped at maxMs. Inngest uses its own schedule. */
  backoff?: { baseMs: number; maxMs: number };
};

export type CronTriggerEvent = { name: 'cron'; data: { scheduledFor: string }; id: string };

export type CronJob = RetryPolicy & {
  kind: 'cron';
  id: string;
  description: string;
  /** Five-field cron expression, UTC. */
  cron: string;
  handler: (args: { event: CronTriggerEvent; step: JobStep; ctx: JobContext }) => Promise<unknown>;
};

export type EventJob<N extends EventName = EventName> = RetryPolicy & {
  kind: 'event';
  id: string;
  description: string;
  event: N;
  /**
   * At most `limit` runs at once per value of the payload's `orgId`. Under Inngest (`event.data.orgId`) this
   * holds across the whole cluster. The local runner counts only its own runs, so it holds per process: two
   * app processes sharing a database may each run `limit` of one workspace's runs at once. Correctness must
   * not depend on it (lead routing's round robin locks its cursor row); it paces work, it does not serialize it.
   */
  concurrency?: { key: 'orgId'; limit: number };
  // Method syntax on purpose: it lets a job for one event sit in the registry's list of all event jobs.
  handler(args: { event: { name: N; data: EventPayload<N>; id: string }; step: JobStep; ctx: JobContext }): Promise<unknown>;
};

export type AnyEventJob = EventJob<EventName>;

export type JobDefinition = CronJob | AnyEventJob;

export const DEFAULT_BACKOFF = { baseMs: 1_000, maxMs: 5 * 60_000 } as const;

export function defineCronJob(job: Omit<CronJob, 'kind'>): CronJob {
  return { kind: 'cron', ...job };
}

export function defineEventJob<N extends EventName>(job: Omit<EventJob<N>, 'kind'>): EventJob<N> {
  return { kind: 'event', ...job };
}
