import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, jobRuns, type User } from '@/db/schema';
import { getSessionUser } from '@/lib/server/session';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestUser } from '@/tests/helpers/factories';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { asSession } from '@/tests/tenant-isolation/fixtures';
import { listJobRunsAction } from './list-job-runs';
import { retryJobRunAction } from './retry-job-run';

vi.mock('@/lib/server/session', () => ({ getSessionUser: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'beacon.test', 'x-forwarded-for': '198.51.100.7', 'user-agent': 'vitest', 'x-request-id': 'req-jobs' }),
}));
vi.mock('@/lib/jobs/registry', () => ({ getJob: (id: string) => ({ id }) }));

const sessionUser = vi.mocked(getSessionUser);
const revalidated = vi.mocked(revalidatePath);
const testDb = setupTestDatabase();
let staff: User;

beforeAll(() => {
  process.env.DATABASE_URL = testDb.url;
});
beforeEach(async () => {
  await truncateAll(testDb.db);
  revalidated.mockClear();
  staff = await createTestUser(testDb.db, { isStaff: true });
  sessionUser.mockResolvedValue(asSession(staff));
});

describe('retryJobRunAction', () => {
  it('queues a retry, audits it with the request details and refreshes the jobs pages', async () => {
    const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status: 'failed' });
    const result = await retryJobRunAction({ runId: run.id });
    expect(result.data?.id).toBeDefined();
    const [retry] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.id, result.data!.id));
    expect(retry).toMatchObject({ status: 'queued', trigger: 'retry', retryOfId: run.id });
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.retried_job_run'));
    expect(audit).toMatchObject({ actorUserId: staff.id, targetId: run.id, ip: '198.51.100.7', requestId: 'req-jobs' });
    expect(revalidated.mock.calls.map((call) => call[0]).sort()).toEqual(['/admin/jobs', `/admin/jobs/${run.id}`]);
  });

  it('answers with a safe message for runs that cannot be retried and field errors for a bad id', async () => {
    const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status: 'succeeded' });
    expect((await retryJobRunAction({ runId: run.id })).serverError).toBe('Only failed runs can be retried; this one is succeeded.');
    const invalid = await retryJobRunAction({ runId: 'nope' });
    expect(invalid.validationErrors?.fieldErrors.runId).toBeDefined();
    expect(await testDb.db.$count(jobRuns)).toBe(1);
  });

  it('answers "Not found." to signed-in users who are not staff, and queues nothing', async () => {
    const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status: 'failed' });
    const customer = await createTestUser(testDb.db);
    sessionUser.mockResolvedValue(asSession(customer));
    expect((await retryJobRunAction({ runId: run.id })).serverError).toBe('Not found.');
    expect((await listJobRunsAction({})).serverError).toBe('Not found.');
    sessionUser.mockResolvedValue(null);
    expect((await retryJobRunAction({ runId: run.id })).serverError).toBe('Your session has ended. Sign in again.');
    expect(await testDb.db.$count(jobRuns)).toBe(1);
    expect(await testDb.db.$count(auditLogs)).toBe(0);
  });
});

describe('listJobRunsAction', () => {
  it('returns a page of runs as JSON and audits the read', async () => {
    const run = await insertJobRun(testDb.db, { jobId: 'lead-pipeline', status: 'failed' });
    await insertJobRun(testDb.db, { jobId: 'other', status: 'succeeded' });
    const result = await listJobRunsAction({ status: 'failed' });
    expect(result.data).toEqual({ items: [expect.objectContaining({ id: run.id, createdAt: run.createdAt.toISOString() })], nextCursor: null });
    const [audit] = await testDb.db.select().from(auditLogs).where(eq(auditLogs.action, 'staff.viewed_job_runs'));
    expect(audit).toMatchObject({ actorUserId: staff.id, metadata: { status: 'failed', paged: false } });
    expect((await listJobRunsAction({ cursor: 'bad' })).serverError).toBe('The cursor is not valid.');
  });
});
