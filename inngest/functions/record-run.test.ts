import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobRuns } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import type { RunIdentity } from './job-trigger';
import { recordRun } from './record-run';

const testDb = setupTestDatabase();
let orgId: string;

beforeAll(async () => {
  const owner = await createTestUser(testDb.db);
  orgId = (await createTestOrg(testDb.db, owner)).id;
});

function identity(): RunIdentity {
  const leadId = randomUUID();
  return { jobId: 'record-test', key: `inngest:${randomUUID()}`, trigger: 'event', eventName: 'lead/created', payload: { orgId, leadId }, orgId, maxAttempts: 3 };
}

async function rowOf(run: RunIdentity) {
  const [row] = await testDb.db.select().from(jobRuns).where(and(eq(jobRuns.jobId, run.jobId), eq(jobRuns.key, run.key)));
  return row!;
}

describe('recordRun', () => {
  it('follows a run through a retry to success, keeping the highest attempt', async () => {
    const run = identity();
    await recordRun(testDb.db, run, { status: 'running', attempt: 1 });
    expect(await rowOf(run)).toMatchObject({ status: 'running', attempts: 1, maxAttempts: 3, orgId, error: null });

    await recordRun(testDb.db, run, { status: 'queued', attempt: 1, error: new Error('smtp down') });
    expect((await rowOf(run)).error).toMatch(/^Error: smtp down/);

    await recordRun(testDb.db, run, { status: 'running', attempt: 2 });
    const retrying = await rowOf(run);
    expect(retrying).toMatchObject({ status: 'running', attempts: 2 });
    expect(retrying.error).toMatch(/smtp down/);

    // A later step starts its own attempt count at 1: the row keeps the 2 it saw.
    await recordRun(testDb.db, run, { status: 'succeeded', attempt: 1, result: { at: new Date('2026-01-01T00:00:00Z') } });
    const done = await rowOf(run);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2, error: null, result: { at: '2026-01-01T00:00:00.000Z' } });
    expect(done.finishedAt).toBeInstanceOf(Date);

    // A late request cannot reopen a finished run.
    await recordRun(testDb.db, run, { status: 'running', attempt: 3 });
    expect(await rowOf(run)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('marks the last attempt failed with its error and keeps it failed', async () => {
    const run = identity();
    await recordRun(testDb.db, run, { status: 'failed', attempt: 3, error: new AppError('unavailable', 'The AI provider is unavailable.') });
    const row = await rowOf(run);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, error: 'unavailable: The AI provider is unavailable.', result: null });
    expect(row.finishedAt).toBeInstanceOf(Date);
    await recordRun(testDb.db, run, { status: 'succeeded', attempt: 3, result: 1 });
    expect((await rowOf(run)).status).toBe('failed');
  });
});
