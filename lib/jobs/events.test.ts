import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { jobRuns } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { emit, emitEvents, type JobEvent } from './events';
import { jobsForEvent } from './registry';

const driver = vi.hoisted(() => ({ current: 'local' as 'local' | 'inngest' }));
const sendInngestEvents = vi.hoisted(() => vi.fn(async (_events: JobEvent[]) => {}));
vi.mock('./driver', () => ({ getJobDriver: () => driver.current }));
vi.mock('@/inngest/send', () => ({ sendInngestEvents }));

const testDb = setupTestDatabase();
let orgId: string;

beforeAll(async () => {
  const owner = await createTestUser(testDb.db);
  orgId = (await createTestOrg(testDb.db, owner)).id;
});

beforeEach(async () => {
  driver.current = 'local';
  sendInngestEvents.mockClear();
  await testDb.db.delete(jobRuns);
});

describe('emit', () => {
  it('queues a run of every job subscribed to the event, with the validated payload', async () => {
    const payload = { orgId, leadId: randomUUID(), source: 'form' };
    await emit(testDb.db, 'lead/created', { ...payload, extra: 'dropped' } as typeof payload);
    const rows = await testDb.db.select().from(jobRuns);
    const subscribed = jobsForEvent('lead/created').map((job) => job.id);
    expect(subscribed.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.jobId).sort()).toEqual([...subscribed].sort());
    expect(rows.every((row) => row.eventName === 'lead/created' && row.orgId === orgId && row.status === 'queued')).toBe(true);
    expect(rows[0]!.payload).toEqual(payload);
  });

  it('refuses a malformed payload and queues nothing', async () => {
    const error = await emit(testDb.db, 'lead/created', { orgId: 'nope', leadId: randomUUID(), source: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path.join('.'))).toEqual(['orgId']);
    expect(await testDb.db.select().from(jobRuns)).toEqual([]);
  });

  it('queues an event once however often it is emitted with the same id', async () => {
    const event: JobEvent = { name: 'lead/created', data: { orgId, leadId: randomUUID(), source: null }, id: 'same-id' };
    await emitEvents(testDb.db, [event]);
    await emitEvents(testDb.db, [event]);
    const rows = await testDb.db.select().from(jobRuns);
    expect(rows).toHaveLength(jobsForEvent('lead/created').length);
    expect(new Set(rows.map((row) => row.key))).toEqual(new Set(['event:same-id']));
  });

  it('sends to Inngest instead of queueing when Inngest drives the jobs', async () => {
    driver.current = 'inngest';
    const event: JobEvent = { name: 'task/created', data: { orgId, taskId: randomUUID(), assigneeId: null, createdById: null }, id: 'task-1' };
    await emitEvents(testDb.db, [event]);
    expect(sendInngestEvents).toHaveBeenCalledExactlyOnceWith([event]);
    expect(await testDb.db.select().from(jobRuns)).toEqual([]);
  });
});
