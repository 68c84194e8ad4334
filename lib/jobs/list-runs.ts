import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { jobRuns, orgs } from '@/db/schema';
import { JOB_RUN_STATUSES, JOB_RUN_TRIGGERS } from '@/db/schema/values';
import { AppError } from '@/lib/errors';
import { cursorTime, decodeCursor, olderThan, toPage } from '@/lib/pagination';

export const listJobRunsSchema = z.object({
  jobId: z.string().trim().min(1).max(100).optional(),
  status: z.enum(JOB_RUN_STATUSES).optional(),
  trigger: z.enum(JOB_RUN_TRIGGERS).optional(),
  /** A workspace's slug or id. */
  org: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListJobRunsInput = z.input<typeof listJobRunsSchema>;

const isUuid = (value: string) => z.uuid().safeParse(value).success;

// The list leaves out payload, steps and result (they can be large); the run's page shows them.
const LIST_COLUMNS = {
  id: jobRuns.id,
  jobId: jobRuns.jobId,
  key: jobRuns.key,
  trigger: jobRuns.trigger,
  eventName: jobRuns.eventName,
  status: jobRuns.status,
  attempts: jobRuns.attempts,
  maxAttempts: jobRuns.maxAttempts,
  error: jobRuns.error,
  retryOfId: jobRuns.retryOfId,
  orgId: jobRuns.orgId,
  orgName: orgs.name,
  orgSlug: orgs.slug,
  runAfter: jobRuns.runAfter,
  startedAt: jobRuns.startedAt,
  finishedAt: jobRuns.finishedAt,
  createdAt: jobRuns.createdAt,
};

/**
 * Every workspace's job runs for the staff portal, newest first, keyset-paginated on (created_at, id).
 * Runs without a workspace (cron ticks) have null org fields. A malformed cursor is a bad_request.
 */
export async function listJobRuns(db: Db, input: ListJobRunsInput) {
  const { jobId, status, trigger, org, cursor, limit } = listJobRunsSchema.parse(input);
  const filters: (SQL | undefined)[] = [];
  if (jobId) filters.push(eq(jobRuns.jobId, jobId));
  if (status) filters.push(eq(jobRuns.status, status));
  if (trigger) filters.push(eq(jobRuns.trigger, trigger));
  if (org) filters.push(isUuid(org) ? eq(jobRuns.orgId, org) : eq(orgs.slug, org.toLowerCase()));
  if (cursor) filters.push(olderThan(decodeCursor(cursor), jobRuns.createdAt, jobRuns.id));
  const rows = await db
    .select({ ...LIST_COLUMNS, cursorAt: cursorTime(jobRuns.createdAt) })
    .from(jobRuns)
    .leftJoin(orgs, eq(orgs.id, jobRuns.orgId))
    .where(and(...filters))
    .orderBy(desc(jobRuns.createdAt), desc(jobRuns.id))
    .limit(limit + 1);
  return toPage(rows, limit);
}

export type JobRunListItem = Awaited<ReturnType<typeof listJobRuns>>['items'][number];

/** One run with everything stored about it (payload, memoised steps, result, full error) and its workspace. */
export async function getJobRun(db: Db, id: string) {
  if (!isUuid(id)) throw new AppError('not_found', 'Job run not found.');
  const [run] = await db
    .select({ ...LIST_COLUMNS, payload: jobRuns.payload, steps: jobRuns.steps, result: jobRuns.result, leaseExpiresAt: jobRuns.leaseExpiresAt })
    .from(jobRuns)
    .leftJoin(orgs, eq(orgs.id, jobRuns.orgId))
    .where(eq(jobRuns.id, id));
  if (!run) throw new AppError('not_found', 'Job run not found.');
  return run;
}

export type JobRunDetail = Awaited<ReturnType<typeof getJobRun>>;

const toIso = (date: Date | null) => (date ? date.toISOString() : null);

/** A list row as plain JSON, for the client list that appends "Load more" pages to the first one. */
export function serializeJobRunListItem(item: JobRunListItem) {
  return {
    ...item,
    runAfter: item.runAfter.toISOString(),
    startedAt: toIso(item.startedAt),
    finishedAt: toIso(item.finishedAt),
    createdAt: item.createdAt.toISOString(),
  };
}

export type JobRunRow = ReturnType<typeof serializeJobRunListItem>;
