import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { jobSchedules } from '@/db/schema';
import type { CronJob, JobDefinition } from './types';

type RegisterOptions = {
  /**
   * `true` (a runner starting): also store each cron's current expression, the code being the truth.
   * `false` (health reading): only add the missing rows, so a poll never writes over a runner's.
   */
  updateCron: boolean;
};

/**
 * Records the cron jobs of this install in job_schedules. registered_at is never overwritten: health measures
 * a cron that never succeeded from the moment it first appeared, under either driver.
 */
export async function registerSchedules(db: Executor, jobs: readonly JobDefinition[], { updateCron }: RegisterOptions): Promise<void> {
  const crons = jobs.filter((job): job is CronJob => job.kind === 'cron');
  if (crons.length === 0) return;
  const insert = db.insert(jobSchedules).values(crons.map((job) => ({ jobId: job.id, cron: job.cron })));
  await (updateCron ? insert.onConflictDoUpdate({ target: jobSchedules.jobId, set: { cron: sql`excluded.cron` } }) : insert.onConflictDoNothing());
}

/**
 * Moves a cron's last tick forward (never back: ticks of two processes can land out of order). Written by the
 * local runner as it queues a tick and by the Inngest driver as a cron run starts; the health cards show it.
 */
export async function recordCronTick(db: Executor, { jobId, cron, tick }: { jobId: string; cron: string; tick: Date }): Promise<void> {
  await db
    .insert(jobSchedules)
    .values({ jobId, cron, lastTickAt: tick })
    .onConflictDoUpdate({
      target: jobSchedules.jobId,
      set: { cron, lastTickAt: sql`greatest(${jobSchedules.lastTickAt}, excluded.last_tick_at)` },
    });
}
