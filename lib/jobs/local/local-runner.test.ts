import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobRuns, jobSchedules } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { defineCronJob, defineEventJob } from '../types';
import { createLocalRunner, runJobsUntilIdle } from './local-runner';
import { enqueueEvents } from './queue';

const testDb = setupTestDatabase();
const tiny = { baseMs: 1, maxMs: 5 };
let orgId: string;

beforeAll(async () => {
  const owner = await createTestUser(testDb.db);
  orgId = (await createTestOrg(testDb.db, owner)).id;
});

beforeEach(async () => {
  await testDb.db.delete(jobRuns);
});

const leadCreated = (id: string = randomUUID(), org = orgId) => ({ name: 'lead/created' as const, data: { orgId: org, leadId: randomUUID(), source: null }, id });

async function runOf(jobId: string) {
  const rows = await testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, jobId));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('local runner', () => {
  it('retries a failing run with backoff until it succeeds, running a memoised step once', async () => {
    let sideEffects = 0;
    const job = defineEventJob({
      id: 'test-flaky',
      description: 'fails twice',
      event: 'lead/created',
      retries: 3,
      backoff: tiny,
      handler: async ({ event, step, ctx }) => {
        const first = await step.run('before-failure', () => ({ count: ++sideEffects, at: new Date(0) }));
        if (ctx.attempt < 3) throw new Error(`flaky attempt ${ctx.attempt}`);
        return { first, attempt: ctx.attempt, leadId: event.data.leadId };
      },
    });
    await enqueueEvents(testDb.db, [leadCreated()], { jobs: [job] });

    expect(await runJobsUntilIdle(testDb.db, { jobs: [job] })).toMatchObject({ succeeded: 1, retrying: 2, failed: 0, timedOut: false });

    const run = await runOf('test-flaky');
    expect(run).toMatchObject({ status: 'succeeded', attempts: 3, maxAttempts: 4, error: null, leaseExpiresAt: null });
    expect(sideEffects).toBe(1);
    // Step results cross JSON: the Date came back as a string, on the first attempt and on the replay alike.
    expect(run.result).toMatchObject({ first: { count: 1, at: '1970-01-01T00:00:00.000Z' }, attempt: 3 });
    expect(run.steps).toEqual({ 'before-failure': { count: 1, at: '1970-01-01T00:00:00.000Z' } });
    expect(run.finishedAt).toBeInstanceOf(Date);
  });

  it('fails a run after its last retry and keeps the error', async () => {
    const job = defineEventJob({
      id: 'test-broken',
      description: 'always throws',
      event: 'lead/created',
      retries: 4,
      backoff: tiny,
      handler: async () => {
        throw new Error('always broken');
      },
    });
    await enqueueEvents(testDb.db, [leadCreated()], { jobs: [job] });
    expect(await runJobsUntilIdle(testDb.db, { jobs: [job] })).toMatchObject({ succeeded: 0, retrying: 4, failed: 1 });
    const run = await runOf('test-broken');
    expect(run).toMatchObject({ status: 'failed', attempts: 5, maxAttempts: 5 });
    expect(run.error).toMatch(/^Error: always broken\n\s*at /);
    expect(run.finishedAt).toBeInstanceOf(Date);
  });

  it("stores an AppError's safe message without its stack", async () => {
    const job = defineEventJob({
      id: 'test-app-error',
      description: 'expected failure',
      event: 'lead/created',
      retries: 0,
      handler: async () => {
        throw new AppError('unavailable', 'The mail provider is down.', { cause: new Error('secret detail') });
      },
    });
    await enqueueEvents(testDb.db, [leadCreated()], { jobs: [job] });
    await runJobsUntilIdle(testDb.db, { jobs: [job] });
    expect(await runOf('test-app-error')).toMatchObject({ status: 'failed', attempts: 1, error: 'unavailable: The mail provider is down.' });
  });

  it('fails an invalid payload at once, naming the fields, and an unknown job', async () => {
    const handler = vi.fn(async () => null);
    const job = defineEventJob({ id: 'test-strict', description: 'x', event: 'lead/created', retries: 5, handler });
    await testDb.db.insert(jobRuns).values([
      { jobId: 'test-strict', key: 'event:bad', trigger: 'event', eventName: 'lead/created', payload: { orgId: 'nope', source: null }, maxAttempts: 6 },
      { jobId: 'test-gone', key: 'event:gone', trigger: 'event', eventName: 'lead/created', payload: {}, maxAttempts: 1 },
    ]);
    await runJobsUntilIdle(testDb.db, { jobs: [job] });
    const strict = await runOf('test-strict');
    expect(strict).toMatchObject({ status: 'failed', attempts: 1 });
    expect(strict.error).toMatch(/^Invalid payload: orgId: .+; leadId: .+/);
    expect(await runOf('test-gone')).toMatchObject({ status: 'failed', attempts: 1, error: 'Unknown job: test-gone' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('reclaims a run whose lease expired, and leaves a live lease alone', async () => {
    const handler = vi.fn(async () => 'done');
    const job = defineEventJob({ id: 'test-orphan', description: 'x', event: 'lead/created', retries: 2, handler });
    const payload = leadCreated().data;
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 600_000);
    await testDb.db.insert(jobRuns).values([
      { jobId: 'test-orphan', key: 'event:dead', trigger: 'event', payload, orgId, status: 'running', attempts: 1, maxAttempts: 3, startedAt: past, leaseExpiresAt: past },
      { jobId: 'test-orphan', key: 'event:live', trigger: 'event', payload, orgId, status: 'running', attempts: 1, maxAttempts: 3, startedAt: past, leaseExpiresAt: future },
      { jobId: 'test-orphan', key: 'event:last', trigger: 'event', payload, orgId, status: 'running', attempts: 3, maxAttempts: 3, startedAt: past, leaseExpiresAt: past },
    ]);
    await runJobsUntilIdle(testDb.db, { jobs: [job] });
    const rows = await testDb.db.select().from(jobRuns);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey['event:dead']).toMatchObject({ status: 'succeeded', attempts: 2, result: 'done', startedAt: past });
    expect(byKey['event:live']).toMatchObject({ status: 'running', attempts: 1 });
    // The process died during the last attempt: no attempt is left, so it fails instead of running again.
    expect(byKey['event:last']).toMatchObject({ status: 'failed', attempts: 3, error: expect.stringContaining('lease expired') });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("runs at most `limit` of one workspace's runs at once, other workspaces alongside", async () => {
    const owner = await createTestUser(testDb.db);
    const otherOrgId = (await createTestOrg(testDb.db, owner)).id;
    const running = new Map<string, number>();
    const most = new Map<string, number>();
    const job = defineEventJob({
      id: 'test-capped',
      description: 'x',
      event: 'lead/created',
      retries: 0,
      concurrency: { key: 'orgId', limit: 1 },
      handler: async ({ event }) => {
        const org = event.data.orgId;
        running.set(org, (running.get(org) ?? 0) + 1);
        most.set(org, Math.max(most.get(org) ?? 0, running.get(org)!));
        await new Promise((resolve) => setTimeout(resolve, 20));
        running.set(org, running.get(org)! - 1);
      },
    });
    const events = [...Array.from({ length: 5 }, () => leadCreated()), ...Array.from({ length: 3 }, () => leadCreated(randomUUID(), otherOrgId))];
    await enqueueEvents(testDb.db, events, { jobs: [job] });
    expect(await runJobsUntilIdle(testDb.db, { jobs: [job], concurrency: 4 })).toMatchObject({ succeeded: 8, failed: 0 });
    expect(Object.fromEntries(most)).toEqual({ [orgId]: 1, [otherOrgId]: 1 });
    const rows = await testDb.db.select().from(jobRuns);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });

  it('queues the events a handler sends for the jobs that subscribe to them, once per step', async () => {
    const updates: string[] = [];
    const sender = defineEventJob({
      id: 'test-sender',
      description: 'x',
      event: 'lead/created',
      retries: 1,
      backoff: tiny,
      handler: async ({ event, step, ctx }) => {
        await step.sendEvent('announce', { name: 'lead/updated', data: { ...event.data, source: 'sent' } });
        if (ctx.attempt === 1) throw new Error('fails after sending');
      },
    });
    const receiver = defineEventJob({
      id: 'test-receiver',
      description: 'x',
      event: 'lead/updated',
      retries: 0,
      handler: async ({ event }) => void updates.push(event.data.source ?? ''),
    });
    await enqueueEvents(testDb.db, [leadCreated()], { jobs: [sender, receiver] });
    expect(await runJobsUntilIdle(testDb.db, { jobs: [sender, receiver] })).toMatchObject({ succeeded: 2, retrying: 1 });
    expect(updates).toEqual(['sent']);
    expect((await runOf('test-receiver')).key).toMatch(/^event:.+\/announce\/0$/);
  });

  it('runs a cron tick queued twice by two processes exactly once', async () => {
    const { createDb } = await import('@/db');
    const first = createDb(testDb.url, { max: 3 });
    const second = createDb(testDb.url, { max: 3 });
    const ticks: string[] = [];
    const job = defineCronJob({
      id: 'test-cron',
      description: 'x',
      cron: '* * * * *',
      retries: 0,
      handler: async ({ event, step }) => {
        await step.run('record', async () => {
          ticks.push(event.data.scheduledFor);
          await new Promise((resolve) => setTimeout(resolve, 20));
        });
      },
    });
    const { enqueueCronTick } = await import('./queue');
    try {
      const minutes = Array.from({ length: 6 }, (_, i) => new Date(Date.UTC(2026, 11, 2, 8, i, 0, 250)));
      const queued = await Promise.all(minutes.flatMap((at) => [enqueueCronTick(first.db, job, at), enqueueCronTick(second.db, job, at)]));
      expect(queued.filter(Boolean)).toHaveLength(6);
      await Promise.all([runJobsUntilIdle(first.db, { jobs: [job] }), runJobsUntilIdle(second.db, { jobs: [job] })]);
      expect(ticks.sort()).toEqual(minutes.map((at) => new Date(Math.floor(at.getTime() / 60_000) * 60_000).toISOString()));
      const runs = await testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, 'test-cron'));
      expect(runs.map((run) => run.key).sort()).toEqual(['tick:2026-12-02T08:00Z', 'tick:2026-12-02T08:01Z', 'tick:2026-12-02T08:02Z', 'tick:2026-12-02T08:03Z', 'tick:2026-12-02T08:04Z', 'tick:2026-12-02T08:05Z']);
      expect(runs.every((run) => run.status === 'succeeded' && run.attempts === 1)).toBe(true);
      const [schedule] = await testDb.db.select().from(jobSchedules).where(eq(jobSchedules.jobId, 'test-cron'));
      expect(schedule?.lastTickAt?.toISOString()).toBe('2026-12-02T08:05:00.000Z');
    } finally {
      await Promise.all([first.client.end(), second.client.end()]);
    }
  });

  it('once started, registers its schedules and runs newly queued work without waiting for a poll', async () => {
    const seen: string[] = [];
    const cron = defineCronJob({ id: 'test-started-cron', description: 'x', cron: '0 0 1 1 *', retries: 0, handler: async () => null });
    const job = defineEventJob({ id: 'test-woken', description: 'x', event: 'lead/created', retries: 0, handler: async ({ event }) => void seen.push(event.id) });
    const runner = createLocalRunner({ db: testDb.db, jobs: [cron, job], pollMs: 60_000 });
    await runner.start();
    try {
      const [schedule] = await testDb.db.select().from(jobSchedules).where(eq(jobSchedules.jobId, 'test-started-cron'));
      expect(schedule).toMatchObject({ cron: '0 0 1 1 *', lastTickAt: null });
      await enqueueEvents(testDb.db, [leadCreated('woken-1')], { jobs: [job] });
      await vi.waitFor(() => expect(seen).toEqual(['event:woken-1']), { timeout: 5_000 });
    } finally {
      await runner.stop();
    }
    expect(await runOf('test-woken')).toMatchObject({ status: 'succeeded' });
  });
});
