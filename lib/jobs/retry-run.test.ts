import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, jobRuns } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { getJobDriver } from './driver';
import { claimRuns } from './local/claim-runs';
import { registerWaker } from './local/wake';
import { retryJobRun } from './retry-run';

vi.mock('@/lib/jobs/registry', () => ({ getJob: (id: string) => (id === 'lead-pipeline' ? { id } : undefined) }));
vi.mock('@/lib/jobs/driver', () => ({ getJobDriver: vi.fn(() => 'local') }));

const testDb = setupTestDatabase();
const driver = vi.mocked(getJobDriver);

beforeEach(async () => {
  await truncateAll(testDb.db);
});
afterEach(() => {
  driver.mockReturnValue('local');
});

async function failedRun() {
  const owner = await createTestUser(testDb.db);
  const org = await createTestOrg(testDb.db, owner);
  const run = await insertJobRun(testDb.db, {
    jobId: 'lead-pipeline',
    key: 'event:abc',
    eventName: 'lead/created',
    payload: { orgId: org.id, leadId: 'l-1' },
    orgId: org.id,
    status: 'failed',
    attempts: 4,
    maxAttempts: 4,
    steps: { 'load-lead': { id: 'l-1' } },
    error: 'Boom',
    finishedAt: new Date(),
  });
  return { run, org };
}

describe('retryJobRun', () => {
  it('queues a fresh copy of a failed run, leaves the original alone and wakes the local runner', async () => {
    const { run, org } = await failedRun();
    const wake = vi.fn();
    const unregister = registerWaker(wake);
    try {
      const retry = await retryJobRun(testDb.db, run.id);
      expect(retry).toMatchObject({
        jobId: 'lead-pipeline', eventName: 'lead/created', payload: { orgId: org.id, leadId: 'l-1' }, orgId: org.id,
        maxAttempts: 4, trigger: 'retry', retryOfId: run.id, status: 'queued', attempts: 0, steps: {}, error: null, finishedAt: null,
      });
      expect(retry.key).toBe(`retry:${run.id}:${retry.key.slice(-8)}`);
      expect(retry.key).toMatch(/:[0-9a-f]{8}$/);
      expect(wake).toHaveBeenCalledOnce();
    } finally {
      unregister();
    }
    const [original] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.id, run.id));
    expect(original).toEqual(run);

    // A second retry of the same run gets its own key.
    const again = await retryJobRun(testDb.db, run.id);
    expect(await testDb.db.$count(jobRuns, eq(jobRuns.retryOfId, run.id))).toBe(2);
    expect(again.key).not.toBe(run.key);
  });

  it('gives the retry of a run recorded from Inngest a key the local runner claims', async () => {
    const { run } = await failedRun();
    await testDb.db.update(jobRuns).set({ key: 'inngest:01JRUNID' }).where(eq(jobRuns.id, run.id));
    const retry = await retryJobRun(testDb.db, run.id);
    expect(retry.key).toMatch(new RegExp(`^retry:${run.id}:[0-9a-f]{8}$`));
    const claimed = await claimRuns(testDb.db, { limit: 5, leaseMs: 60_000 });
    expect(claimed.map((row) => row.id)).toEqual([retry.id]);
  });

  it('audits the retry with the staff member when an actor is given', async () => {
    const { run, org } = await failedRun();
    const staff = await createTestUser(testDb.db, { isStaff: true });
    const retry = await retryJobRun(testDb.db, run.id, { userId: staff.id, ip: '203.0.113.5', userAgent: 'vitest', requestId: 'req-1' });
    const [audit] = await testDb.db.select().from(auditLogs).where(and(eq(auditLogs.action, 'staff.retried_job_run'), eq(auditLogs.targetId, run.id)));
    expect(audit).toMatchObject({ orgId: org.id, actorType: 'staff', actorUserId: staff.id, ip: '203.0.113.5', metadata: { jobId: 'lead-pipeline', retryRunId: retry.id } });
  });

  it('refuses runs that did not fail, and changes nothing', async () => {
    for (const status of ['queued', 'running', 'succeeded'] as const) {
      const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status });
      const error = await expectAppError(retryJobRun(testDb.db, run.id), 'conflict');
      expect(error.message).toContain(status);
    }
    expect(await testDb.db.$count(jobRuns)).toBe(3);
  });

  it('refuses unknown runs and runs of jobs that no longer exist', async () => {
    await expectAppError(retryJobRun(testDb.db, '00000000-0000-4000-8000-000000000000'), 'not_found');
    await expectAppError(retryJobRun(testDb.db, 'not-a-uuid'), 'not_found');
    const removed = await insertJobRun(testDb.db, { jobId: 'removed-job', status: 'failed' });
    await expectAppError(retryJobRun(testDb.db, removed.id), 'conflict');
    expect(await testDb.db.$count(jobRuns)).toBe(1);
  });

  it('points to the Inngest dashboard under the Inngest driver', async () => {
    const { run } = await failedRun();
    driver.mockReturnValue('inngest');
    const error = await expectAppError(retryJobRun(testDb.db, run.id), 'conflict');
    expect(error.message).toMatch(/Inngest dashboard/);
    expect(await testDb.db.$count(jobRuns)).toBe(1);
  });
});
