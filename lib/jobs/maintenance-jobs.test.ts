import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobRuns, leads } from '@/db/schema';
import { recordActivity } from '@/lib/leads/activities';
import { createLead } from '@/lib/leads/create-lead';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser, ctxFor } from '@/tests/helpers/factories';
import { runCronJob } from '@/tests/helpers/jobs';
import { runJobsUntilIdle } from './local/local-runner';
import { enqueueCronTick } from './local/queue';
import { JOB_RUNS_PRUNE_JOB, LEADS_NIGHTLY_RESCORE_JOB, MAINTENANCE_JOBS } from './maintenance-jobs';
import { pruneJobRuns } from './prune-job-runs';

const testDb = setupTestDatabase();
const DAY = 86_400_000;

describe('maintenance jobs', () => {
  it('are cron jobs with unique ids and the schedules they always had', () => {
    expect(Object.fromEntries(MAINTENANCE_JOBS.map((job) => [job.id, job.cron]))).toEqual({
      'leads-nightly-rescore': '15 3 * * *',
      'idempotency-keys-prune': '45 * * * *',
      'lead-imports-resume': '* * * * *',
      'blog-publish-due': '* * * * *',
      'job-runs-prune': '30 4 * * *',
    });
  });

  it('rescore leads once per nightly tick however many processes fire it, letting engagement decay', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);
    const ctx = ctxFor(testDb.db, org, owner, 'owner');
    const { lead } = await createLead(testDb.db, { orgId: org.id, input: { name: 'Decay', email: 'decay@gmail.com' } });
    await recordActivity(testDb.db, ctx, { leadId: lead.id, type: 'form_submitted' });
    const [fresh] = await testDb.db.select().from(leads).where(eq(leads.id, lead.id));

    const later = new Date(Date.now() + 28 * DAY);
    const queued = await Promise.all([enqueueCronTick(testDb.db, LEADS_NIGHTLY_RESCORE_JOB, later), enqueueCronTick(testDb.db, LEADS_NIGHTLY_RESCORE_JOB, later)]);
    expect(queued.filter(Boolean)).toHaveLength(1);
    expect(await runJobsUntilIdle(testDb.db, { jobs: MAINTENANCE_JOBS })).toMatchObject({ succeeded: 1, failed: 0 });

    const [run] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, 'leads-nightly-rescore'));
    expect((run!.result as { rescored: number }).rescored).toBeGreaterThanOrEqual(1);
    const [decayed] = await testDb.db.select().from(leads).where(eq(leads.id, lead.id));
    // 12 form points after two 14-day half-lives are worth 3.
    expect(fresh!.score - decayed!.score).toBe(9);
  });

  it('prune succeeded runs after 7 days and failed ones after 30, never unfinished ones', async () => {
    await testDb.db.delete(jobRuns);
    const now = new Date('2026-12-02T04:30:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const row = (key: string, status: 'queued' | 'running' | 'succeeded' | 'failed', days: number) => ({
      jobId: 'test-prune', key, trigger: 'event' as const, status, maxAttempts: 1, createdAt: ago(days),
    });
    await testDb.db.insert(jobRuns).values([
      row('succeeded-8d', 'succeeded', 8),
      row('succeeded-6d', 'succeeded', 6),
      row('failed-31d', 'failed', 31),
      row('failed-20d', 'failed', 20),
      row('queued-40d', 'queued', 40),
      row('running-40d', 'running', 40),
    ]);
    const { result } = await runCronJob(testDb.db, JOB_RUNS_PRUNE_JOB, now);
    expect(result).toEqual({ deleted: 2 });
    const left = await testDb.db.select({ key: jobRuns.key }).from(jobRuns);
    expect(left.map((r) => r.key).sort()).toEqual(['failed-20d', 'queued-40d', 'running-40d', 'succeeded-6d']);
  });

  it('prune in batches until nothing old is left', async () => {
    await testDb.db.delete(jobRuns);
    const now = new Date('2026-12-02T04:30:00Z');
    await testDb.db.insert(jobRuns).values(
      Array.from({ length: 7 }, (_, i) => ({ jobId: 'test-prune', key: `old-${i}`, trigger: 'cron' as const, status: 'succeeded' as const, maxAttempts: 1, createdAt: new Date(now.getTime() - (10 + i) * DAY) })),
    );
    expect(await pruneJobRuns(testDb.db, now, 3)).toEqual({ deleted: 7 });
    expect(await testDb.db.select().from(jobRuns)).toEqual([]);
  });
});
