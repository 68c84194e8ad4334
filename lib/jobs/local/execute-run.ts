import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';
import { log } from '@/lib/log';
import { EVENT_SCHEMAS, type JobEvent } from '../events';
import type { CronTriggerEvent, JobContext, JobDefinition, JobStep } from '../types';
import { backoffMs, describeError, describeInvalidPayload } from './run-errors';
import { createRunStep, toJson } from './run-step';

export type RunOutcome = 'succeeded' | 'retrying' | 'failed';

type ExecuteOptions = {
  db: Db;
  jobs: readonly JobDefinition[];
  leaseMs: number;
  sendEvents: (events: JobEvent[]) => Promise<unknown>;
};

const cronPayloadSchema = z.object({ scheduledFor: z.iso.datetime() });

// Every final write names the attempt it finishes: if this process stalled past its lease and another one
// re-claimed the run, the stale attempt's outcome is dropped instead of overwriting the live one.
function ownRun(run: JobRun) {
  return and(eq(jobRuns.id, run.id), eq(jobRuns.status, 'running'), eq(jobRuns.attempts, run.attempts));
}

async function finishFailed(db: Db, run: JobRun, error: string, attempts = run.attempts): Promise<RunOutcome> {
  await db
    .update(jobRuns)
    .set({ status: 'failed', error, attempts, finishedAt: sql`now()`, leaseExpiresAt: null })
    .where(ownRun(run));
  return 'failed';
}

/** The event the handler receives, or the reason the stored payload can never run (no retry helps it). */
function buildEvent(job: JobDefinition, run: JobRun) {
  const schema = job.kind === 'event' ? EVENT_SCHEMAS[job.event] : cronPayloadSchema;
  const parsed = schema.safeParse(run.payload);
  if (!parsed.success) return { ok: false, reason: describeInvalidPayload(parsed.error) } as const;
  const name = job.kind === 'event' ? job.event : 'cron';
  return { ok: true, event: { name, data: parsed.data as unknown, id: run.key } } as const;
}

type HandlerEvent = { name: string; data: unknown; id: string };

function callHandler(job: JobDefinition, event: HandlerEvent, step: JobStep, ctx: JobContext): Promise<unknown> {
  if (job.kind === 'cron') return job.handler({ event: event as CronTriggerEvent, step, ctx });
  // Each event job's handler takes its own payload type; this payload was just validated against that job's
  // schema, so the cast only restates it.
  const handler = job.handler as (args: { event: HandlerEvent; step: JobStep; ctx: JobContext }) => Promise<unknown>;
  return handler({ event, step, ctx });
}

/**
 * Runs one claimed attempt of a run and records its outcome: succeeded, queued again after a backoff, or
 * failed once its attempts are spent. Never throws for a handler's failure; that is the run's outcome.
 */
export async function executeRun(run: JobRun, { db, jobs, leaseMs, sendEvents }: ExecuteOptions): Promise<RunOutcome> {
  const job = jobs.find((candidate) => candidate.id === run.jobId);
  if (!job) return finishFailed(db, run, `Unknown job: ${run.jobId}`);
  // The claim counts an attempt each time; past the maximum means the process died during the last one.
  if (run.attempts > run.maxAttempts) {
    return finishFailed(db, run, 'The worker stopped during the last attempt (its lease expired).', run.maxAttempts);
  }
  const built = buildEvent(job, run);
  if (!built.ok) return finishFailed(db, run, built.reason);

  // A long handler keeps its lease, so only a dead process's runs are ever claimed again.
  const renew = setInterval(() => {
    db.update(jobRuns)
      .set({ leaseExpiresAt: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
      .where(ownRun(run))
      .catch((err: unknown) => log.warn({ err, runId: run.id }, 'could not renew a job run lease'));
  }, Math.max(1_000, leaseMs / 3));
  renew.unref();

  try {
    const step = createRunStep({ db, run, sendEvents });
    const result = await callHandler(job, built.event, step, { db, attempt: run.attempts, runId: run.id });
    await db
      .update(jobRuns)
      .set({ status: 'succeeded', result: toJson(result), error: null, finishedAt: sql`now()`, leaseExpiresAt: null })
      .where(ownRun(run));
    return 'succeeded';
  } catch (error) {
    const message = describeError(error);
    const context = { err: error, jobId: job.id, runId: run.id, attempt: run.attempts, maxAttempts: run.maxAttempts };
    if (run.attempts >= run.maxAttempts) {
      log.error(context, 'job run failed');
      return finishFailed(db, run, message);
    }
    log.warn(context, 'job run failed; will retry');
    const delayMs = backoffMs(job, run.attempts);
    await db
      .update(jobRuns)
      .set({ status: 'queued', error: message, runAfter: sql`now() + make_interval(secs => ${delayMs / 1000})`, leaseExpiresAt: null })
      .where(ownRun(run));
    return 'retrying';
  } finally {
    clearInterval(renew);
  }
}
