import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';

export type ClaimOptions = {
  limit: number;
  leaseMs: number;
  /** `job_id:org_id` pairs this process runs at their concurrency limit: their queued runs stay queued. */
  excludeJobOrgs?: string[];
};

/**
 * Claims up to `limit` runs, in this order: due cron ticks, running runs whose lease ran out (their process
 * died), then any other due run. Ticks come first so a fan-out of 10,000 events queued ahead of them cannot
 * hold the minute crons back. SKIP LOCKED lets any number of processes claim at once without waiting on or
 * sharing a row. Each kind is selected separately so it walks its own partial index (job_runs_due_cron_idx,
 * job_runs_lease_idx, job_runs_due_idx) in order and stops after `limit` rows; one OR-ed query would sort
 * every due row. The last subquery leaves ticks out: a row this statement already locked is not skipped,
 * so a tick would otherwise come back twice and take two of the `limit` places.
 * Rows recorded from Inngest runs (`inngest:` keys) are Inngest's to retry, never this runner's.
 */
export async function claimRuns(db: Executor, { limit, leaseMs, excludeJobOrgs = [] }: ClaimOptions): Promise<JobRun[]> {
  if (limit <= 0) return [];
  const notExcluded: SQL =
    excludeJobOrgs.length > 0
      ? sql`and (r.org_id is null or r.job_id || ':' || r.org_id::text not in (${sql.join(excludeJobOrgs.map((pair) => sql`${pair}`), sql`, `)}))`
      : sql``;
  return db
    .update(jobRuns)
    .set({
      status: 'running',
      attempts: sql`${jobRuns.attempts} + 1`,
      startedAt: sql`coalesce(${jobRuns.startedAt}, now())`,
      leaseExpiresAt: sql`now() + make_interval(secs => ${leaseMs / 1000})`,
    })
    .where(
      sql`${jobRuns.id} in (
        select id from (
          select r.id from job_runs r
          where r.status = 'queued' and r.trigger = 'cron' and r.run_after <= now() and r.key not like 'inngest:%'
          order by r.run_after limit ${limit} for update skip locked
        ) ticks
        union all
        select id from (
          select r.id from job_runs r
          where r.status = 'running' and r.lease_expires_at < now()
          order by r.lease_expires_at limit ${limit} for update skip locked
        ) expired
        union all
        select id from (
          select r.id from job_runs r
          where r.status = 'queued' and r.run_after <= now() and r.trigger <> 'cron' and r.key not like 'inngest:%' ${notExcluded}
          order by r.run_after limit ${limit} for update skip locked
        ) due
        limit ${limit}
      )`,
    )
    .returning();
}

/**
 * Hands claimed runs back untouched (this process found their workspace at its concurrency limit): queued
 * again, the attempt not counted. `attempts` guards against a row another process has since re-claimed.
 */
export async function releaseRuns(db: Executor, runs: Pick<JobRun, 'id' | 'attempts'>[]): Promise<void> {
  for (const run of runs) {
    await db
      .update(jobRuns)
      .set({
        status: 'queued',
        attempts: sql`${jobRuns.attempts} - 1`,
        leaseExpiresAt: null,
        // The first claim set started_at; a run handed back has not started.
        startedAt: sql`case when ${jobRuns.attempts} = 1 then null else ${jobRuns.startedAt} end`,
      })
      .where(and(eq(jobRuns.id, run.id), eq(jobRuns.status, 'running'), eq(jobRuns.attempts, run.attempts)));
  }
}

/**
 * Milliseconds until the next run becomes claimable (a backoff ending, a lease running out), measured on the
 * database clock; null when nothing is waiting.
 */
export async function msUntilNextDue(db: Executor): Promise<number | null> {
  const [row] = await db.execute<{ ms: number | null }>(sql`
    select (extract(epoch from least(
      (select min(run_after) from job_runs where status = 'queued'),
      (select min(lease_expires_at) from job_runs where status = 'running')
    ) - now()) * 1000)::float8 as ms`);
  return row?.ms == null ? null : Math.max(0, row.ms);
}
