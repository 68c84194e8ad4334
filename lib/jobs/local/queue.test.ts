import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobRuns } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import type { JobEvent } from '../events';
import { defineEventJob } from '../types';
import { enqueueEvents } from './queue';

const testDb = setupTestDatabase();
let orgId: string;

const noop = async () => null;
const JOBS = [
  defineEventJob({ id: 'test-score', description: 'x', event: 'lead/created', retries: 2, handler: noop }),
  defineEventJob({ id: 'test-route', description: 'x', event: 'lead/created', retries: 0, handler: noop }),
  defineEventJob({ id: 'test-digest', description: 'x', event: 'notifications/digest.send', retries: 1, handler: noop }),
];

beforeAll(async () => {
  const owner = await createTestUser(testDb.db);
  orgId = (await createTestOrg(testDb.db, owner)).id;
});

beforeEach(async () => {
  await testDb.db.delete(jobRuns);
});

const leadCreated = (id?: string, org = orgId): JobEvent<'lead/created'> => ({ name: 'lead/created', data: { orgId: org, leadId: randomUUID(), source: 'form' }, id });

describe('enqueueEvents', () => {
  it('queues one run per job subscribed to the event, with its payload, workspace and attempts', async () => {
    const event = leadCreated('evt-1');
    const digest: JobEvent = { name: 'notifications/digest.send', data: { userId: randomUUID(), day: '2026-12-02' } };
    const unsubscribed: JobEvent = { name: 'task/created', data: { orgId, taskId: randomUUID(), assigneeId: null, createdById: null } };
    expect(await enqueueEvents(testDb.db, [event, digest, unsubscribed], { jobs: JOBS })).toBe(3);

    const rows = await testDb.db.select().from(jobRuns);
    const byJob = Object.fromEntries(rows.map((row) => [row.jobId, row]));
    expect(Object.keys(byJob).sort()).toEqual(['test-digest', 'test-route', 'test-score']);
    expect(byJob['test-score']).toMatchObject({ key: 'event:evt-1', trigger: 'event', eventName: 'lead/created', payload: event.data, orgId, status: 'queued', attempts: 0, maxAttempts: 3 });
    expect(byJob['test-route']).toMatchObject({ key: 'event:evt-1', maxAttempts: 1 });
    // No workspace in the payload: the run has none either. An event without an id gets a fresh key.
    expect(byJob['test-digest']).toMatchObject({ orgId: null, maxAttempts: 2, payload: digest.data });
    expect(byJob['test-digest']!.key).toMatch(/^event:[0-9a-f-]{36}$/);
  });

  it('queues nothing new when an event id is replayed', async () => {
    const event = leadCreated('evt-replayed');
    expect(await enqueueEvents(testDb.db, [event], { jobs: JOBS })).toBe(2);
    expect(await enqueueEvents(testDb.db, [event, { ...event, data: { ...event.data, source: 'changed' } }], { jobs: JOBS })).toBe(0);
    const rows = await testDb.db.select().from(jobRuns);
    expect(rows.map((row) => row.payload)).toEqual([event.data, event.data]);
  });

  it("drops runs for a workspace that no longer exists, and still queues the batch's others", async () => {
    expect(await enqueueEvents(testDb.db, [leadCreated('gone', randomUUID()), leadCreated('here')], { jobs: JOBS })).toBe(2);
    const rows = await testDb.db.select().from(jobRuns);
    expect(rows.map((row) => row.key)).toEqual(['event:here', 'event:here']);
  });

  it('queues a 10,000-event fan-out in one call', async () => {
    const scoreOnly = [JOBS[0]!];
    const events = Array.from({ length: 10_000 }, (_, i) => leadCreated(`fan-${i}`));
    expect(await enqueueEvents(testDb.db, events, { jobs: scoreOnly })).toBe(10_000);
    const rows = await testDb.db.select({ id: jobRuns.id }).from(jobRuns).where(eq(jobRuns.jobId, 'test-score'));
    expect(rows).toHaveLength(10_000);
  });
});
