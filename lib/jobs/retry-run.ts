import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { jobRuns, type JobRun } from '@/db/schema';
import type { StaffViewer } from '@/lib/admin/staff-view';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { getJobDriver } from './driver';
import { wakeLocalRunner } from './local/wake';
import { getJob } from './registry';

export const retryJobRunSchema = z.object({ runId: z.uuid() });
export type RetryJobRunInput = z.infer<typeof retryJobRunSchema>;

/**
 * Queues a fresh copy of a failed run (same job, event, payload and workspace) for the local runner. The copy
 * starts with no memoised steps and its own key, `retry:<original run id>:<8 hex>`, so it runs in full even
 * though the original's key is taken. The key is never derived from the original's: a run recorded from Inngest
 * has an `inngest:` key, which the local claim skips. Handlers are idempotent, so steps the original completed
 * change nothing the second time. The original
 * row stays as it was: the copy points back to it through retry_of_id. When `actor` is given the retry is
 * audited in the same transaction.
 */
export async function retryJobRun(db: Db, runId: string, actor?: StaffViewer): Promise<JobRun> {
  // Inngest keeps its own run history and retries; a row queued here would never be picked up.
  if (getJobDriver() === 'inngest') {
    throw new AppError('conflict', 'Jobs run on Inngest here: retry this run from the Inngest dashboard.');
  }
  if (!z.uuid().safeParse(runId).success) throw new AppError('not_found', 'Job run not found.');

  const retry = await db.transaction(async (tx) => {
    // Locked so two staff members retrying at once read one consistent row.
    const [original] = await tx.select().from(jobRuns).where(eq(jobRuns.id, runId)).for('update');
    if (!original) throw new AppError('not_found', 'Job run not found.');
    if (original.status !== 'failed') throw new AppError('conflict', `Only failed runs can be retried; this one is ${original.status}.`);
    if (!getJob(original.jobId)) throw new AppError('conflict', `The job “${original.jobId}” no longer exists, so this run cannot be retried.`);

    const [created] = await tx
      .insert(jobRuns)
      .values({
        jobId: original.jobId,
        key: `retry:${original.id}:${randomBytes(4).toString('hex')}`,
        trigger: 'retry',
        eventName: original.eventName,
        payload: original.payload,
        orgId: original.orgId,
        maxAttempts: original.maxAttempts,
        retryOfId: original.id,
      })
      .returning();
    if (actor) {
      await recordAudit(tx, {
        orgId: original.orgId,
        actorType: 'staff',
        actorUserId: actor.userId,
        action: 'staff.retried_job_run',
        targetType: 'job_run',
        targetId: original.id,
        metadata: { jobId: original.jobId, retryRunId: created!.id },
        ip: actor.ip,
        userAgent: actor.userAgent,
        requestId: actor.requestId,
      });
    }
    return created!;
  });
  wakeLocalRunner();
  return retry;
}
