import { Cron } from 'croner';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { jobRuns, jobSchedules } from '@/db/schema';
import type { JobRunStatus } from '@/db/schema/values';
import { getJobDriver, type JobDriver } from './driver';
import { CRON_JOBS } from './registry';
import { registerSchedules } from './schedules';
import type { CronJob } from './types';

/** A cron is late once this many of its periods passed without a successful run. */
export const LATE_AFTER_PERIODS = 3;

export type CronHealth = {
  id: string;
  description: string;
  cron: string;
  periodMs: number;
  lastSuccessAt: Date | null;
  /**
   * The last minute a tick was queued (local runner) or started (Inngest). Shown, not judged: a cron whose ticks
   * keep coming but never succeed is still late, so lateness counts from the last success alone.
   */
  lastTickAt: Date | null;
  lastRunAt: Date | null;
  lastRunStatus: JobRunStatus | null;
  late: boolean;
};

export type JobsHealth = { driver: JobDriver; status: 'ok' | 'degraded'; crons: CronHealth[] };

/**
 * The gap between consecutive fire times around `now`: the longest of the three gaps spanning the two
 * previous and two next ticks. Taking the longest keeps uneven schedules (weekdays only, the 1st of the
 * month) from raising the alarm after an ordinary long gap such as a weekend.
 */
export function getCronPeriodMs(expression: string, now: Date): number {
  const cron = new Cron(expression, { timezone: 'UTC', paused: true });
  const times = [...cron.previousRuns(2, now).reverse(), ...cron.nextRuns(2, now)].map((date) => date.getTime());
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  let period = 0;
  for (let i = 1; i < distinct.length; i += 1) period = Math.max(period, distinct[i]! - distinct[i - 1]!);
  return period;
}

/** Per cron: when it was registered, its last tick, its last success and its last run of any outcome, in one query. */
async function readCronRows(db: Db, ids: string[]) {
  // Served by job_runs_job_status_finished_idx: one index probe per cron, however many runs are stored.
  const lastSuccess = db
    .select({ finishedAt: jobRuns.finishedAt })
    .from(jobRuns)
    .where(and(eq(jobRuns.jobId, jobSchedules.jobId), eq(jobRuns.status, 'succeeded')))
    .orderBy(desc(jobRuns.finishedAt))
    .limit(1)
    .as('last_success');
  const lastRun = db
    .select({ status: jobRuns.status, createdAt: jobRuns.createdAt, startedAt: jobRuns.startedAt })
    .from(jobRuns)
    .where(eq(jobRuns.jobId, jobSchedules.jobId))
    .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
    .limit(1)
    .as('last_run');
  return db
    .select({
      jobId: jobSchedules.jobId,
      registeredAt: jobSchedules.registeredAt,
      lastTickAt: jobSchedules.lastTickAt,
      lastSuccessAt: lastSuccess.finishedAt,
      lastRunStatus: lastRun.status,
      lastRunCreatedAt: lastRun.createdAt,
      lastRunStartedAt: lastRun.startedAt,
    })
    .from(jobSchedules)
    .leftJoinLateral(lastSuccess, sql`true`)
    .leftJoinLateral(lastRun, sql`true`)
    .where(inArray(jobSchedules.jobId, ids));
}

/**
 * Whether every cron job is still firing. Under either driver a cron that has not succeeded for more than
 * three of its periods (counted from its last success, or from its registration when it never succeeded)
 * is late, and one late cron makes jobs "degraded": the alarm for a dead worker or a missing Inngest sync.
 */
export async function getJobsHealth(db: Db, now: Date = new Date(), jobs: readonly CronJob[] = CRON_JOBS): Promise<JobsHealth> {
  const ids = jobs.map((job) => job.id);
  let rows = ids.length ? await readCronRows(db, ids) : [];
  // Health is polled often: write only when a cron is missing its schedule row (a new job or a fresh install).
  const missing = jobs.filter((job) => !rows.some((row) => row.jobId === job.id));
  if (missing.length > 0) {
    // A row a starting runner wrote in the meantime is left as the runner wrote it.
    await registerSchedules(db, missing, { updateCron: false });
    rows = await readCronRows(db, ids);
  }
  const byId = new Map(rows.map((row) => [row.jobId, row]));

  const crons = jobs.map((job): CronHealth => {
    const row = byId.get(job.id);
    const periodMs = getCronPeriodMs(job.cron, now);
    const since = row?.lastSuccessAt ?? row?.registeredAt ?? now;
    return {
      id: job.id,
      description: job.description,
      cron: job.cron,
      periodMs,
      lastSuccessAt: row?.lastSuccessAt ?? null,
      lastTickAt: row?.lastTickAt ?? null,
      lastRunAt: row?.lastRunStartedAt ?? row?.lastRunCreatedAt ?? null,
      lastRunStatus: row?.lastRunStatus ?? null,
      late: now.getTime() - since.getTime() > LATE_AFTER_PERIODS * periodMs,
    };
  });
  return { driver: getJobDriver(), status: crons.some((cron) => cron.late) ? 'degraded' : 'ok', crons };
}
