import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';
import { parseEvent, type JobEvent } from '../events';
import type { JobStep } from '../types';
import { ownRun, RunSupersededError } from './own-run';

/** What a step result becomes after crossing the JSON boundary (both drivers store results as JSON). */
export function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

type RunStepOptions = {
  db: Db;
  run: Pick<JobRun, 'id' | 'steps' | 'attempts'>;
  /** Queues events the handler sends (the runner's own queue, so custom job lists in tests chain too). */
  sendEvents: (events: JobEvent[]) => Promise<unknown>;
};

/**
 * The local driver's `step`: each step's result is stored in `job_runs.steps` as soon as it is known, so a
 * retry of the run returns it without running the step again. The write carries the attempt's ownership
 * guard: once another process has re-claimed the run, this attempt stores nothing and stops at that step.
 */
export function createRunStep({ db, run, sendEvents }: RunStepOptions): JobStep {
  const memo: Record<string, unknown> = { ...run.steps };

  async function remember(id: string, value: unknown) {
    const stored = await db
      .update(jobRuns)
      .set({ steps: sql`${jobRuns.steps} || jsonb_build_object(${id}::text, ${JSON.stringify(value)}::jsonb)` })
      .where(ownRun(run))
      .returning({ id: jobRuns.id });
    if (stored.length === 0) throw new RunSupersededError(run.id);
    memo[id] = value;
  }

  return {
    async run<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
      if (Object.hasOwn(memo, id)) return memo[id] as T;
      const value = toJson(await fn());
      await remember(id, value);
      return value as T;
    },
    async sendEvent(id: string, events: JobEvent | JobEvent[]): Promise<void> {
      if (Object.hasOwn(memo, id)) return;
      const list = Array.isArray(events) ? events : [events];
      // An event without an id gets one derived from this run and step: if storing the step fails after the
      // send, the retry sends the same ids and queues nothing twice.
      const withIds = list.map((event, index) => parseEvent({ ...event, id: event.id ?? `${run.id}/${id}/${index}` }));
      await sendEvents(withIds);
      await remember(id, null);
    },
  };
}
