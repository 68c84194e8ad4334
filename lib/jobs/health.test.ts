import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jobSchedules } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { insertJobRun, testCronJob } from '@/tests/helpers/job-runs';
import { getCronPeriodMs, getJobsHealth } from './health';

// The real registry's crons belong to other modules; these tests pass their own cron list.
vi.mock('@/lib/jobs/registry', () => ({ CRON_JOBS: [] }));

const testDb = setupTestDatabase();
const HOUR = 3_600_000;
const HOURLY = testCronJob('test-hourly', '0 * * * *');
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  await truncateAll(testDb.db);
});

describe('getCronPeriodMs', () => {
  it('is the gap between fire times, the longest one around now for uneven schedules', () => {
    expect(getCronPeriodMs('*/5 * * * *', at('2026-03-04T10:02:00Z'))).toBe(5 * 60_000);
    expect(getCronPeriodMs('15 3 * * *', at('2026-03-04T10:00:00Z'))).toBe(24 * HOUR);
    // Monday 09:00 on a weekday schedule: the weekend gap (Fri → Mon) is within reach.
    expect(getCronPeriodMs('0 8 * * 1-5', at('2026-03-02T09:00:00Z'))).toBe(72 * HOUR);
  });
});

describe('getJobsHealth', () => {
  it('is ok right after registration, registers the schedule once and names the local driver', async () => {
    const health = await getJobsHealth(testDb.db, new Date(), [HOURLY]);
    expect(health).toMatchObject({ driver: 'local', status: 'ok' });
    expect(health.crons).toEqual([
      {
        id: 'test-hourly', description: 'Test cron test-hourly', cron: '0 * * * *', periodMs: HOUR,
        lastSuccessAt: null, lastTickAt: null, lastRunAt: null, lastRunStatus: null, late: false,
      },
    ]);
    const [first] = await testDb.db.select().from(jobSchedules);
    await getJobsHealth(testDb.db, new Date(), [HOURLY]);
    const rows = await testDb.db.select().from(jobSchedules);
    expect(rows).toEqual([first]);
  });

  it('turns degraded exactly when the last success is more than three periods old', async () => {
    const finishedAt = at('2026-03-04T10:00:05Z');
    await insertJobRun(testDb.db, { jobId: HOURLY.id, trigger: 'cron', status: 'succeeded', finishedAt });
    const onTime = await getJobsHealth(testDb.db, new Date(finishedAt.getTime() + 3 * HOUR), [HOURLY]);
    expect(onTime.status).toBe('ok');
    expect(onTime.crons[0]).toMatchObject({ late: false, lastSuccessAt: finishedAt, lastRunStatus: 'succeeded' });

    const late = await getJobsHealth(testDb.db, new Date(finishedAt.getTime() + 3 * HOUR + 1), [HOURLY]);
    expect(late.status).toBe('degraded');
    expect(late.crons[0]!.late).toBe(true);
  });

  it('counts only succeeded runs: later failures and queued retries do not keep a cron healthy', async () => {
    const succeededAt = at('2026-03-04T10:00:05Z');
    await insertJobRun(testDb.db, { jobId: HOURLY.id, status: 'succeeded', finishedAt: succeededAt, createdAt: at('2026-03-04T10:00:00Z') });
    await insertJobRun(testDb.db, { jobId: HOURLY.id, status: 'failed', finishedAt: at('2026-03-04T12:00:03Z'), createdAt: at('2026-03-04T12:00:00Z') });
    const startedAt = at('2026-03-04T13:00:01Z');
    await insertJobRun(testDb.db, { jobId: HOURLY.id, status: 'queued', startedAt, createdAt: at('2026-03-04T13:00:00Z') });
    // Another job's recent success is not this cron's.
    await insertJobRun(testDb.db, { jobId: 'other-job', status: 'succeeded', finishedAt: at('2026-03-04T13:30:00Z') });

    const health = await getJobsHealth(testDb.db, at('2026-03-04T13:30:00Z'), [HOURLY]);
    expect(health.status).toBe('degraded');
    expect(health.crons[0]).toMatchObject({ late: true, lastSuccessAt: succeededAt, lastRunAt: startedAt, lastRunStatus: 'queued' });
  });

  it('measures a cron that never succeeded from its registration: the "no worker" alarm', async () => {
    const daily = testCronJob('test-daily', '15 3 * * *');
    const registeredAt = at('2026-03-01T00:00:00Z');
    await testDb.db.insert(jobSchedules).values([{ jobId: daily.id, cron: daily.cron, registeredAt }, { jobId: HOURLY.id, cron: HOURLY.cron, registeredAt }]);
    await insertJobRun(testDb.db, { jobId: HOURLY.id, status: 'succeeded', finishedAt: at('2026-03-04T00:00:00Z') });

    const withinThreeDays = await getJobsHealth(testDb.db, at('2026-03-04T00:00:00Z'), [daily, HOURLY]);
    expect(withinThreeDays.status).toBe('ok');

    const health = await getJobsHealth(testDb.db, at('2026-03-04T00:00:01Z'), [daily, HOURLY]);
    expect(health.status).toBe('degraded');
    expect(health.crons.map((cron) => [cron.id, cron.late])).toEqual([['test-daily', true], ['test-hourly', false]]);
    const [schedule] = await testDb.db.select().from(jobSchedules).where(eq(jobSchedules.jobId, daily.id));
    expect(schedule!.registeredAt).toEqual(registeredAt);
  });

  it('shows the last tick, yet a cron that keeps ticking without succeeding is still late', async () => {
    const registeredAt = at('2026-03-04T00:00:00Z');
    const lastTickAt = at('2026-03-04T09:00:00Z');
    await testDb.db.insert(jobSchedules).values({ jobId: HOURLY.id, cron: HOURLY.cron, registeredAt, lastTickAt });
    await insertJobRun(testDb.db, { jobId: HOURLY.id, trigger: 'cron', status: 'failed', createdAt: lastTickAt, finishedAt: lastTickAt });

    const health = await getJobsHealth(testDb.db, at('2026-03-04T09:30:00Z'), [HOURLY]);
    expect(health.crons[0]).toMatchObject({ lastTickAt, lastSuccessAt: null, lastRunStatus: 'failed', late: true });
    expect(health.status).toBe('degraded');
  });

  it('is ok with no cron jobs at all', async () => {
    expect(await getJobsHealth(testDb.db, new Date(), [])).toEqual({ driver: 'local', status: 'ok', crons: [] });
  });
});
