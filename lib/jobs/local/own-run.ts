import { and, eq } from 'drizzle-orm';
import { jobRuns, type JobRun } from '@/db/schema';

/**
 * The guard on every write an attempt makes to its run (memoised steps, lease renewals, the outcome): the row
 * is still running the attempt this process claimed. A process that stalled past its lease, whose run another
 * process has since re-claimed (attempts went up), matches nothing and cannot overwrite the live attempt.
 */
export function ownRun(run: Pick<JobRun, 'id' | 'attempts'>) {
  return and(eq(jobRuns.id, run.id), eq(jobRuns.status, 'running'), eq(jobRuns.attempts, run.attempts));
}

/** Thrown inside a handler when its attempt no longer owns the run: the handler stops before its next step. */
export class RunSupersededError extends Error {
  constructor(runId: string) {
    super(`Run ${runId} was re-claimed by another worker; this attempt stops.`);
    this.name = 'RunSupersededError';
  }
}
