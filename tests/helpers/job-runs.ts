import { randomBytes } from 'node:crypto';
import type { Db } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';
import { defineCronJob, type CronJob } from '@/lib/jobs/types';

/** A job_runs row written straight to the table, in whatever state a test needs. */
export async function insertJobRun(db: Db, overrides: Partial<typeof jobRuns.$inferInsert> = {}): Promise<JobRun> {
  const [run] = await db
    .insert(jobRuns)
    .values({
      jobId: 'test-job',
      key: `event:${randomBytes(6).toString('hex')}`,
      trigger: 'event',
      maxAttempts: 3,
      ...overrides,
    })
    .returning();
  return run!;
}

/** A cron job for health tests; its handler is never called. */
export function testCronJob(id: string, cron: string): CronJob {
  return defineCronJob({ id, description: `Test cron ${id}`, cron, retries: 0, handler: async () => null });
}
