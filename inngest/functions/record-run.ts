import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobRuns } from '@/db/schema';
import { describeError } from '@/lib/jobs/local/run-errors';
import { toJson } from '@/lib/jobs/local/run-step';
import type { RunIdentity } from './job-trigger';

export type RunOutcome =
  | { status: 'running'; attempt: number }
  | { status: 'succeeded'; attempt: number; result: unknown }
  // Inngest retries a failed attempt by itself; the row says `queued` until the next attempt starts.
  | { status: 'queued' | 'failed'; attempt: number; error: unknown };

// A NonRetriableError's message was written for the run's record (an invalid payload): no stack needed.
function describeRunError(error: unknown): string {
  return error instanceof Error && error.name === 'NonRetriableError' ? error.message : describeError(error);
}

/**
 * Upserts the job_runs row of one Inngest run, keyed (job_id, `inngest:<runId>`), so /admin/jobs and the cron
 * heartbeats in /api/health read the same table under both drivers. Inngest calls the function once per step,
 * so this runs many times per run: attempts keeps the highest attempt seen, and a finished row stays finished.
 */
export async function recordRun(db: Db, run: RunIdentity, outcome: RunOutcome): Promise<void> {
  const isFinished = outcome.status === 'succeeded' || outcome.status === 'failed';
  const result = outcome.status === 'succeeded' ? toJson(outcome.result) : null;
  const error = outcome.status === 'queued' || outcome.status === 'failed' ? describeRunError(outcome.error) : null;
  await db
    .insert(jobRuns)
    .values({
      ...run,
      status: outcome.status,
      attempts: outcome.attempt,
      result,
      error,
      startedAt: sql`now()`,
      finishedAt: isFinished ? sql`now()` : null,
    })
    .onConflictDoUpdate({
      target: [jobRuns.jobId, jobRuns.key],
      set: {
        status: outcome.status,
        attempts: sql`greatest(${jobRuns.attempts}, excluded.attempts)`,
        // A new attempt keeps the last error on screen until it succeeds or fails in turn.
        ...(outcome.status === 'running' ? {} : { result, error }),
        finishedAt: isFinished ? sql`now()` : null,
        runAfter: sql`now()`,
      },
      setWhere: sql`${jobRuns.status} not in ('succeeded', 'failed')`,
    });
}
