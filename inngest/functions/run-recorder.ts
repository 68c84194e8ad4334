import { Middleware } from 'inngest';
import { getDb } from '@/db';
import { recordCronTick } from '@/lib/jobs/schedules';
import type { JobDefinition } from '@/lib/jobs/types';
import { log } from '@/lib/log';
import { describeRun, type IncomingEvent } from './job-trigger';
import { recordRun, type RunOutcome } from './record-run';

type HookCtx = { readonly event: IncomingEvent; readonly runId: string; readonly attempt: number; readonly maxAttempts?: number };

// Which registry job each Inngest function runs; functions not built by createInngestFunction are not recorded.
const jobsByFunction = new WeakMap<object, JobDefinition>();

export function attachJob(fn: object, job: JobDefinition): void {
  jobsByFunction.set(fn, job);
}

async function record(fn: object, ctx: HookCtx, outcome: (attempt: number) => RunOutcome): Promise<void> {
  const job = jobsByFunction.get(fn);
  if (!job) return;
  const run = describeRun(job, ctx.event, ctx.runId, ctx.maxAttempts);
  try {
    const db = getDb();
    const next = outcome(ctx.attempt + 1);
    await recordRun(db, run, next);
    if (job.kind === 'cron' && next.status === 'running') {
      await recordCronTick(db, { jobId: job.id, cron: job.cron, tick: new Date(String(run.payload.scheduledFor)) });
    }
  } catch (error) {
    // Bookkeeping must never fail the job: a database hiccup or a deleted workspace is logged and skipped.
    log.error({ err: error, jobId: job.id, key: run.key }, 'could not record the Inngest run in job_runs');
  }
}

/**
 * Client middleware that mirrors every registry job's runs into job_runs, so /admin/jobs and the cron
 * heartbeats in /api/health read one table under both drivers. It hooks the SDK's run and step lifecycle
 * instead of adding steps, so recording never changes a run's step ids or memoised state, and the SDK
 * says whether a failure is final (retries spent, or non-retriable).
 */
export class JobRunRecorder extends Middleware.BaseMiddleware {
  readonly id = 'beacon-job-runs';

  // Once per request, after Inngest replayed the memoised steps: an attempt is under way.
  async onMemoizationEnd({ ctx, fn }: Middleware.OnMemoizationEndArgs) {
    await record(fn, ctx, (attempt) => ({ status: 'running', attempt }));
  }

  async onStepError({ ctx, fn, error, isFinalAttempt }: Middleware.OnStepErrorArgs) {
    await record(fn, ctx, (attempt) => ({ status: isFinalAttempt ? 'failed' : 'queued', attempt, error }));
  }

  async onRunError({ ctx, fn, error, isFinalAttempt }: Middleware.OnRunErrorArgs) {
    await record(fn, ctx, (attempt) => ({ status: isFinalAttempt ? 'failed' : 'queued', attempt, error }));
  }

  async onRunComplete({ ctx, fn, output }: Middleware.OnRunCompleteArgs) {
    await record(fn, ctx, (attempt) => ({ status: 'succeeded', attempt, result: output }));
  }
}
