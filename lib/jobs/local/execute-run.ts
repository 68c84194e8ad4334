import { sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';
import { log } from '@/lib/log';
import { EVENT_SCHEMAS, type JobEvent } from '../events';
import type { CronTriggerEvent, JobContext, JobDefinition, JobStep } from '../types';
import { ownRun, RunSupersededError } from './own-run';
import { backoffMs, describeError, describeInvalidPayload } from './run-errors';
import { createRunStep, toJson } from './run-step';

/** `superseded`: another process re-claimed the run while this attempt stalled; its outcome was dropped. */
export type RunOutcome = 'succeeded' | 'retrying' | 'failed' | 'superseded';

type ExecuteOptions = {
  db: Db;
  jobs: readonly JobDefinition[];
  leaseMs: number;
  sendEvents: (events: JobEvent[]) => Promise<unknown>;
};

const cronPayloadSchema = z.object({ scheduledFor: z.iso.datetime() });

/** Writes an attempt's outcome unless another process owns the run by now (then the outcome is dropped). */
async function recordOutcome(db: Db, run: JobRun, values: PgUpdateSetSource<typeof jobRuns>, outcome: RunOutcome): Promise<RunOutcome> {
  const written = await db.update(jobRuns).set(values).where(ownRun(run)).returning({ id: jobRuns.id });
  return written.length === 1 ? outcome : 'superseded';
}

function finishFailed(db: Db, run: JobRun, error: string, attempts = run.attempts): Promise<RunOutcome> {
  return recordOutcome(db, run, { status: 'failed', error, attempts, finishedAt: sql`now()`, leaseExpiresAt: null }, 'failed');
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
    return await recordOutcome(db, run, { status: 'succeeded', result: toJson(result), error: null, finishedAt: sql`now()`, leaseExpiresAt: null }, 'succeeded');
  } catch (error) {
    if (error instanceof RunSupersededError) {
      log.warn({ jobId: job.id, runId: run.id, attempt: run.attempts }, 'job run was re-claimed by another worker; this attempt stopped');
      return 'superseded';
    }
    const message = describeError(error);
    const context = { err: error, jobId: job.id, runId: run.id, attempt: run.attempts, maxAttempts: run.maxAttempts };
    if (run.attempts >= run.maxAttempts) {
      log.error(context, 'job run failed');
      return finishFailed(db, run, message);
    }
    log.warn(context, 'job run failed; will retry');
    const delayMs = backoffMs(job, run.attempts);
    return recordOutcome(db, run, { status: 'queued', error: message, runAfter: sql`now() + make_interval(secs => ${delayMs / 1000})`, leaseExpiresAt: null }, 'retrying');
  } finally {
    clearInterval(renew);
  }
}
