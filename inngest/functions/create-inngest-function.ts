import type { Inngest } from 'inngest';
import { getDb } from '@/db';
import type { CronTriggerEvent, JobDefinition } from '@/lib/jobs/types';
import { inngest } from '../client';
import { adaptStep, type InngestStepTools } from './adapt-step';
import { toHandlerEvent, type IncomingEvent } from './job-trigger';
import { attachJob } from './run-recorder';

type RetryCount = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

type InngestTrigger = { cron: string } | { event: string };

/** Inngest accepts 0–20 retries; the registry's number is clamped into that range. */
function toRetries(retries: number): RetryCount {
  return Math.min(20, Math.max(0, Math.trunc(retries))) as RetryCount;
}

export function triggerOf(job: JobDefinition): InngestTrigger {
  // Registry crons are UTC; Inngest would otherwise read them in UTC too, but the prefix says so explicitly.
  return job.kind === 'cron' ? { cron: `TZ=UTC ${job.cron}` } : { event: job.event };
}

/**
 * Turns one registry job into an Inngest function: same id, trigger, retries and per-workspace concurrency
 * as the local runner applies. The handler validates the payload, then calls the registry handler with our
 * step interface on top of Inngest's memoised steps.
 */
export function createInngestFunction(job: JobDefinition, client: Inngest.Any = inngest) {
  const concurrency = job.kind === 'event' && job.concurrency ? { key: 'event.data.orgId', limit: job.concurrency.limit } : undefined;
  const fn = client.createFunction(
    {
      id: job.id,
      description: job.description,
      triggers: [triggerOf(job)],
      retries: toRetries(job.retries),
      ...(concurrency ? { concurrency } : {}),
    },
    async ({ event, step, attempt, runId }: { event: IncomingEvent; step: InngestStepTools; attempt: number; runId: string }) => {
      const handlerEvent = toHandlerEvent(job, event, runId);
      const args = { event: handlerEvent, step: adaptStep(step, runId), ctx: { db: getDb(), attempt: attempt + 1, runId } };
      if (job.kind === 'cron') return job.handler({ ...args, event: handlerEvent as CronTriggerEvent });
      // Each event job's handler takes its own payload type; toHandlerEvent just validated this payload against
      // that job's schema, so the cast only restates it.
      const handler = job.handler as (input: typeof args) => Promise<unknown>;
      return handler(args);
    },
  );
  // The client's JobRunRecorder finds the job of each run through this.
  attachJob(fn, job);
  return fn;
}
