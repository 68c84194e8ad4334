import { beforeEach, describe, expect, it } from 'vitest';
import { jobSchedules } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { testCronJob } from '@/tests/helpers/job-runs';
import { recordCronTick, registerSchedules } from './schedules';
import { defineEventJob } from './types';

const testDb = setupTestDatabase();
const registeredAt = new Date('2026-03-01T00:00:00Z');
const EVENT_JOB = defineEventJob({ id: 'test-event', description: 'x', event: 'lead/created', retries: 0, handler: async () => null });

beforeEach(async () => {
  await truncateAll(testDb.db);
  await testDb.db.insert(jobSchedules).values({ jobId: 'test-cron', cron: '0 * * * *', registeredAt });
});

const rows = () => testDb.db.select().from(jobSchedules).orderBy(jobSchedules.jobId);

describe('registerSchedules', () => {
  it('adds missing crons (not event jobs) and, when asked, stores a changed expression, keeping registered_at', async () => {
    await registerSchedules(testDb.db, [testCronJob('test-cron', '*/5 * * * *'), testCronJob('test-new', '0 3 * * *'), EVENT_JOB], { updateCron: true });
    const [changed, added, ...rest] = await rows();
    expect(rest).toEqual([]);
    expect(changed).toMatchObject({ jobId: 'test-cron', cron: '*/5 * * * *', registeredAt });
    expect(added).toMatchObject({ jobId: 'test-new', cron: '0 3 * * *', lastTickAt: null });
  });

  it('only adds missing crons when not asked to update', async () => {
    await registerSchedules(testDb.db, [testCronJob('test-cron', '*/5 * * * *'), testCronJob('test-new', '0 3 * * *')], { updateCron: false });
    const [kept, added] = await rows();
    expect(kept).toMatchObject({ jobId: 'test-cron', cron: '0 * * * *', registeredAt });
    expect(added).toMatchObject({ jobId: 'test-new' });
  });
});

describe('recordCronTick', () => {
  it('moves the last tick forward, never back', async () => {
    const later = new Date('2026-03-04T10:00:00Z');
    await recordCronTick(testDb.db, { jobId: 'test-cron', cron: '0 * * * *', tick: later });
    await recordCronTick(testDb.db, { jobId: 'test-cron', cron: '0 * * * *', tick: new Date('2026-03-04T09:00:00Z') });
    const [row] = await rows();
    expect(row).toMatchObject({ lastTickAt: later, registeredAt });
  });
});
