import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { jobRuns } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { claimRuns } from './claim-runs';

const testDb = setupTestDatabase();
const LEASE = { leaseMs: 60_000 };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeEach(async () => {
  await truncateAll(testDb.db);
});

/** `count` queued event runs, all due and older than anything else in the test (the head of the queue). */
async function queueEventBurst(count: number) {
  await testDb.db.execute(sql`
    insert into job_runs (job_id, key, trigger, event_name, payload, max_attempts, run_after)
    select 'test-burst', 'event:burst-' || i, 'event', 'lead/created', '{}'::jsonb, 3, now() - interval '1 hour' + i * interval '1 millisecond'
    from generate_series(1, ${count}) as i`);
}

describe('claimRuns', () => {
  it('claims a due cron tick ahead of a 10,000-event burst queued before it', async () => {
    await queueEventBurst(10_000);
    const tick = await insertJobRun(testDb.db, { jobId: 'test-minutely', key: 'tick:2026-12-02T08:00Z', trigger: 'cron', runAfter: minutesAgo(0.1) });

    const [claimed, ...rest] = await claimRuns(testDb.db, { limit: 1, ...LEASE });
    expect(rest).toEqual([]);
    expect(claimed).toMatchObject({ id: tick.id, status: 'running', attempts: 1 });
    expect(await testDb.db.$count(jobRuns, eq(jobRuns.status, 'queued'))).toBe(10_000);
  });

  it('fills the rest of the limit with expired leases, then the oldest due events, each row once', async () => {
    await queueEventBurst(10);
    // Older than every event: the last subquery must not return it a second time in one of the four places.
    const tick = await insertJobRun(testDb.db, { jobId: 'test-minutely', key: 'tick:a', trigger: 'cron', runAfter: minutesAgo(120) });
    const orphan = await insertJobRun(testDb.db, { status: 'running', attempts: 1, leaseExpiresAt: minutesAgo(2) });
    const claimed = await claimRuns(testDb.db, { limit: 4, ...LEASE });

    const ids = claimed.map((run) => run.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toEqual(expect.arrayContaining([tick.id, orphan.id]));
    expect(claimed.filter((run) => run.jobId === 'test-burst').map((run) => run.key).sort()).toEqual(['event:burst-1', 'event:burst-2']);
  });

  it('leaves ticks that are not due, and rows recorded from Inngest, queued', async () => {
    await insertJobRun(testDb.db, { jobId: 'test-minutely', key: 'tick:later', trigger: 'cron', runAfter: new Date(Date.now() + 60_000) });
    await insertJobRun(testDb.db, { jobId: 'test-minutely', key: 'inngest:01JTICK', trigger: 'cron', runAfter: minutesAgo(1) });
    const event = await insertJobRun(testDb.db, { runAfter: minutesAgo(1) });
    const claimed = await claimRuns(testDb.db, { limit: 10, ...LEASE });
    expect(claimed.map((run) => run.id)).toEqual([event.id]);
  });
});
