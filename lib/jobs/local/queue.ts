import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { jobRuns } from '@/db/schema';
import type { JobEvent } from '../events';
import { JOBS, jobsForEvent } from '../registry';
import { recordCronTick } from '../schedules';
import type { CronJob, JobDefinition } from '../types';
import { wakeLocalRunner } from './wake';

// Rows per INSERT: fan-outs queue 10,000 events in one call, sent as a few statements rather than 10,000.
const ENQUEUE_BATCH_SIZE = 1_000;

type QueuedRow = { job_id: string; key: string; event_name: string; payload: unknown; org_id: string | null; max_attempts: number };

/** The tick's key: its UTC minute, e.g. `tick:2026-12-02T08:00Z`. */
export function tickKey(scheduledFor: Date): string {
  return `tick:${scheduledFor.toISOString().slice(0, 16)}Z`;
}

function maxAttemptsOf(job: JobDefinition): number {
  return 1 + job.retries;
}

function orgIdOf(data: unknown): string | null {
  const orgId = (data as { orgId?: unknown }).orgId;
  return typeof orgId === 'string' ? orgId : null;
}

/**
 * Queues one run per (event × job subscribed to it). Events are validated already. The key is the event's
 * id, so a replayed event (same id) queues nothing new; an event without an id is always new.
 * Returns how many runs were queued.
 */
export async function enqueueEvents(db: Executor, events: JobEvent[], { jobs = JOBS }: { jobs?: readonly JobDefinition[] } = {}): Promise<number> {
  const rows: QueuedRow[] = [];
  for (const event of events) {
    const subscribed = jobsForEvent(event.name, jobs);
    if (subscribed.length === 0) continue;
    const key = `event:${event.id ?? randomUUID()}`;
    for (const job of subscribed) {
      rows.push({ job_id: job.id, key, event_name: event.name, payload: event.data, org_id: orgIdOf(event.data), max_attempts: maxAttemptsOf(job) });
    }
  }
  let queued = 0;
  for (let start = 0; start < rows.length; start += ENQUEUE_BATCH_SIZE) {
    queued += await insertRuns(db, rows.slice(start, start + ENQUEUE_BATCH_SIZE));
  }
  if (queued > 0) wakeLocalRunner();
  return queued;
}

/**
 * One statement per batch, the rows as one jsonb parameter. A run for a workspace deleted since its event was
 * sent is dropped (the join): its work is moot, and one such row must not fail the other 999.
 */
async function insertRuns(db: Executor, rows: QueuedRow[]): Promise<number> {
  const result = await db.execute(sql`
    insert into job_runs (job_id, key, trigger, event_name, payload, org_id, max_attempts)
    select v.job_id, v.key, 'event', v.event_name, v.payload, v.org_id, v.max_attempts
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as v(job_id text, key text, event_name text, payload jsonb, org_id uuid, max_attempts int)
    where v.org_id is null or exists (select 1 from orgs where orgs.id = v.org_id)
    on conflict (job_id, key) do nothing`);
  return result.count;
}

/**
 * Queues one tick of a cron job. (job_id, key) is unique, so when several processes fire the same minute
 * exactly one row is created. Returns whether this call created it.
 */
export async function enqueueCronTick(db: Executor, job: CronJob, scheduledFor: Date): Promise<boolean> {
  const minute = new Date(Math.floor(scheduledFor.getTime() / 60_000) * 60_000);
  const inserted = await db
    .insert(jobRuns)
    .values({ jobId: job.id, key: tickKey(minute), trigger: 'cron', payload: { scheduledFor: minute.toISOString() }, maxAttempts: maxAttemptsOf(job) })
    .onConflictDoNothing()
    .returning({ id: jobRuns.id });
  await recordCronTick(db, { jobId: job.id, cron: job.cron, tick: minute });
  return inserted.length === 1;
}
