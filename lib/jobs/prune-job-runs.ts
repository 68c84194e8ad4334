import { sql } from 'drizzle-orm';
import type { Db } from '@/db';

export const SUCCEEDED_RUN_RETENTION_DAYS = 7;
export const FAILED_RUN_RETENTION_DAYS = 30;
const PRUNE_BATCH_SIZE = 5_000;

/**
 * Deletes finished runs past their retention, in batches so no statement holds locks on a day's worth of rows.
 * Queued and running rows are never touched, however old. Walks job_runs_created_idx from the oldest row.
 */
export async function pruneJobRuns(db: Db, now = new Date(), batchSize = PRUNE_BATCH_SIZE) {
  const succeededBefore = new Date(now.getTime() - SUCCEEDED_RUN_RETENTION_DAYS * 86_400_000).toISOString();
  const failedBefore = new Date(now.getTime() - FAILED_RUN_RETENTION_DAYS * 86_400_000).toISOString();
  let deleted = 0;
  for (;;) {
    const result = await db.execute(sql`
      delete from job_runs where id in (
        select id from job_runs
        where created_at < ${succeededBefore}::timestamptz
          and (status = 'succeeded' or (status = 'failed' and created_at < ${failedBefore}::timestamptz))
        order by created_at
        limit ${batchSize}
      )`);
    deleted += result.count;
    if (result.count < batchSize) return { deleted };
  }
}
