import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgs } from './orgs';
import { JOB_RUN_STATUSES, JOB_RUN_TRIGGERS } from './values';

export const jobRunStatusEnum = pgEnum('job_run_status', JOB_RUN_STATUSES);
export const jobRunTriggerEnum = pgEnum('job_run_trigger', JOB_RUN_TRIGGERS);

/**
 * Every run of a background job, whichever driver executed it. With the local runner this table is also the
 * queue: queued rows are claimed with SKIP LOCKED, and (job_id, key) is unique, so a cron tick or an event
 * is run once however many app processes share the database.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: uuid().primaryKey().defaultRandom(),
    jobId: text().notNull(),
    // The tick (`tick:2026-12-02T08:00Z`) or the event id this run is for.
    key: text().notNull(),
    trigger: jobRunTriggerEnum().notNull(),
    eventName: text(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    orgId: uuid().references(() => orgs.id, { onDelete: 'cascade' }),
    status: jobRunStatusEnum().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    // Memoised step results, so a retried run skips the steps that already succeeded.
    steps: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb(),
    error: text(),
    retryOfId: uuid(),
    runAfter: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    // A running row whose lease ran out (its process died) is claimed again.
    leaseExpiresAt: timestamp({ withTimezone: true, mode: 'date' }),
    startedAt: timestamp({ withTimezone: true, mode: 'date' }),
    finishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('job_runs_job_key_idx').on(t.jobId, t.key),
    index('job_runs_due_idx').on(t.runAfter).where(sql`${t.status} = 'queued'`),
    // Cron ticks are claimed ahead of event runs, so a burst of events never starves the schedules.
    index('job_runs_due_cron_idx').on(t.runAfter).where(sql`${t.status} = 'queued' and ${t.trigger} = 'cron'`),
    index('job_runs_org_idx').on(t.orgId).where(sql`${t.orgId} is not null`),
    index('job_runs_lease_idx').on(t.leaseExpiresAt).where(sql`${t.status} = 'running'`),
    index('job_runs_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('job_runs_job_status_finished_idx').on(t.jobId, t.status, t.finishedAt.desc()),
  ],
);

/** One row per cron job: when this install first knew it, for health to tell "never ran" from "just added". */
export const jobSchedules = pgTable('job_schedules', {
  jobId: text().primaryKey(),
  cron: text().notNull(),
  registeredAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastTickAt: timestamp({ withTimezone: true, mode: 'date' }),
});

export type JobRun = typeof jobRuns.$inferSelect;
