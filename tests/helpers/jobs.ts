import { randomUUID } from 'node:crypto';
import type { Db } from '@/db';
import type { EventName, EventPayload, JobEvent } from '@/lib/jobs/events';
import type { CronJob, EventJob, JobContext, JobStep } from '@/lib/jobs/types';

/**
 * A step like the drivers': results are JSON round-tripped and memoised by id (calling run twice with one
 * id returns the first result), and sent events are collected instead of dispatched.
 */
export function createTestStep() {
  const results = new Map<string, unknown>();
  const sent: JobEvent[] = [];
  const step: JobStep = {
    async run<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
      if (!results.has(id)) {
        const value = await fn();
        results.set(id, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
      }
      return results.get(id) as T;
    },
    async sendEvent(id: string, events: JobEvent | JobEvent[]) {
      if (results.has(id)) return;
      results.set(id, null);
      sent.push(...(Array.isArray(events) ? events : [events]));
    },
  };
  return { step, sent, results };
}

export function testJobContext(db: Db, overrides: Partial<JobContext> = {}): JobContext {
  return { db, attempt: 1, runId: null, ...overrides };
}

/** Runs an event job's handler directly, as one attempt of one run. */
export async function runEventJob<N extends EventName>(db: Db, job: EventJob<N>, data: EventPayload<N>) {
  const { step, sent } = createTestStep();
  const result = await job.handler({ event: { name: job.event, data, id: randomUUID() }, step, ctx: testJobContext(db) });
  return { result, sent };
}

export async function runCronJob(db: Db, job: CronJob, scheduledFor = new Date()) {
  const { step, sent } = createTestStep();
  const event = { name: 'cron' as const, data: { scheduledFor: scheduledFor.toISOString() }, id: randomUUID() };
  const result = await job.handler({ event, step, ctx: testJobContext(db) });
  return { result, sent };
}
