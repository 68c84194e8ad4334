import { randomUUID } from 'node:crypto';
import { InngestTestEngine } from '@inngest/test';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobRuns, jobSchedules, orgs } from '@/db/schema';
import type { JobEvent } from '@/lib/jobs/events';
import { defineCronJob, defineEventJob } from '@/lib/jobs/types';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { createCaptureClient } from '../test-client';
import { createInngestFunction } from './create-inngest-function';

const testDb = setupTestDatabase();

let handlerCalls = 0;

const syntheticEventJob = defineEventJob({
  id: 'test-lead-welcome',
  description: 'Synthetic event job',
  event: 'lead/created',
  retries: 4,
  concurrency: { key: 'orgId', limit: 3 },
  handler: async ({ event, step, ctx }) => {
    handlerCalls += 1;
    const org = await step.run('load-org', async () => {
      const [row] = await ctx.db.select({ name: orgs.name, createdAt: orgs.createdAt }).from(orgs).where(eq(orgs.id, event.data.orgId));
      return row!;
    });
    if (event.data.source === 'explode') await step.run('explode', () => Promise.reject(new Error('provider timed out')));
    const events: JobEvent[] =
      event.data.source === 'bad-event'
        ? [{ name: 'task/created', data: { orgId: event.data.orgId, taskId: 'nope', assigneeId: null, createdById: null } }]
        : [{ name: 'task/created', data: { orgId: event.data.orgId, taskId: event.data.leadId, assigneeId: null, createdById: null }, id: `welcome:${event.data.leadId}` }];
    await step.sendEvent('announce', events);
    return { orgName: org.name, createdAtType: typeof org.createdAt, attempt: ctx.attempt, eventId: event.id };
  },
});

const syntheticCronJob = defineCronJob({
  id: 'test-cron-fan-out',
  description: 'Synthetic cron job',
  cron: '*/5 * * * *',
  retries: 1,
  handler: async ({ event, step }) => {
    const count = await step.run('count', () => 2_500);
    const events: JobEvent[] = Array.from({ length: count }, (_, i) => ({
      name: 'insights/org.scan',
      data: { orgId: randomUUID(), scheduledFor: event.data.scheduledFor },
      id: `scan:${i}`,
    }));
    await step.sendEvent('fan-out', events);
    return { scheduledFor: event.data.scheduledFor, id: event.id, sent: count };
  },
});

let orgId: string;

beforeAll(async () => {
  process.env.DATABASE_URL = testDb.url;
  const owner = await createTestUser(testDb.db);
  orgId = (await createTestOrg(testDb.db, owner, { name: 'Synthetic Org' })).id;
});

async function runRow(jobId: string, runId: string) {
  const [row] = await testDb.db.select().from(jobRuns).where(and(eq(jobRuns.jobId, jobId), eq(jobRuns.key, `inngest:${runId}`)));
  return row;
}

describe('createInngestFunction', () => {
  it('declares the trigger, retries and per-workspace concurrency the registry says', () => {
    const { client } = createCaptureClient();
    const fn = createInngestFunction(syntheticEventJob, client);
    expect(fn.opts).toMatchObject({
      id: 'test-lead-welcome',
      triggers: [{ event: 'lead/created' }],
      retries: 4,
      concurrency: { key: 'event.data.orgId', limit: 3 },
    });
    // The configuration Inngest receives when the app syncs.
    const [config] = fn['getConfig']({ baseUrl: new URL('http://127.0.0.1/api/inngest'), appPrefix: 'beacon' });
    expect(config).toMatchObject({ id: 'beacon-test-lead-welcome', triggers: [{ event: 'lead/created' }], concurrency: { key: 'event.data.orgId', limit: 3 } });
    expect(config!.steps.step!.retries).toEqual({ attempts: 4 });

    const cron = createInngestFunction(syntheticCronJob, client);
    expect(cron.opts).toMatchObject({ id: 'test-cron-fan-out', triggers: [{ cron: 'TZ=UTC */5 * * * *' }], retries: 1 });
    expect(cron.opts.concurrency).toBeUndefined();
  });

  it('runs the steps, passes their JSON results on, sends validated events and records the run', async () => {
    const { client, sent } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(syntheticEventJob, client) });
    const leadId = randomUUID();
    const { result, ctx, state } = await t.execute({ events: [{ name: 'lead/created', data: { orgId, leadId, source: 'form' }, id: 'evt-1' }] });

    // Dates cross Inngest's JSON boundary as strings, as they do under the local runner.
    expect(result).toEqual({ orgName: 'Synthetic Org', createdAtType: 'string', attempt: 1, eventId: 'event:evt-1' });
    expect(ctx.step.run).toHaveBeenCalledWith('load-org', expect.any(Function));
    await expect(Object.values(state)[0]).resolves.toMatchObject({ name: 'Synthetic Org' });
    expect(sent).toEqual([{ name: 'task/created', data: { orgId, taskId: leadId, assigneeId: null, createdById: null }, id: `welcome:${leadId}` }]);

    const row = await runRow('test-lead-welcome', ctx.runId);
    expect(row).toMatchObject({ status: 'succeeded', trigger: 'event', eventName: 'lead/created', orgId, attempts: 1, maxAttempts: 5, error: null });
    expect(row!.payload).toEqual({ orgId, leadId, source: 'form' });
    expect(row!.result).toEqual(result);
    expect(row!.finishedAt).toBeInstanceOf(Date);
  });

  it('ends a run with an invalid payload at once, without calling the handler', async () => {
    const { client, sent } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(syntheticEventJob, client) });
    const before = handlerCalls;
    const { error, ctx } = await t.execute({ events: [{ name: 'lead/created', data: { orgId, leadId: 'not-a-uuid' } }] });

    expect(error).toMatchObject({ name: 'NonRetriableError', message: expect.stringContaining('leadId') });
    expect(handlerCalls).toBe(before);
    expect(sent).toEqual([]);
    const row = await runRow('test-lead-welcome', ctx.runId);
    expect(row).toMatchObject({ status: 'failed', orgId });
    expect(row!.error).toMatch(/^Invalid payload: leadId: Invalid UUID/);
    expect(row!.finishedAt).toBeInstanceOf(Date);
  });

  it('refuses to send an event that fails its schema', async () => {
    const { client, sent } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(syntheticEventJob, client) });
    const { error } = await t.execute({ events: [{ name: 'lead/created', data: { orgId, leadId: randomUUID(), source: 'bad-event' } }] });
    expect(error).toMatchObject({ message: expect.stringContaining('taskId') });
    expect(sent).toEqual([]);
  });

  it('leaves a run whose step failed queued with the error, for Inngest to retry', async () => {
    const { client } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(syntheticEventJob, client) });
    const { error, ctx } = await t.execute({ events: [{ name: 'lead/created', data: { orgId, leadId: randomUUID(), source: 'explode' } }] });
    expect(error).toMatchObject({ message: 'provider timed out' });
    const row = await runRow('test-lead-welcome', ctx.runId);
    expect(row).toMatchObject({ status: 'queued', attempts: 1, finishedAt: null });
    expect(row!.error).toContain('provider timed out');
  });

  it('still runs the job when its run cannot be recorded', async () => {
    // A workspace deleted after its event was sent: the job_runs row (org_id references orgs) cannot be written.
    const goneOrgId = randomUUID();
    const job = defineEventJob({
      id: 'test-unrecorded',
      description: 'Synthetic event job for a deleted workspace',
      event: 'task/created',
      retries: 0,
      handler: async ({ event, step }) => step.run('echo', () => ({ taskId: event.data.taskId })),
    });
    const { client } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(job, client) });
    const taskId = randomUUID();
    const { result } = await t.execute({ events: [{ name: 'task/created', data: { orgId: goneOrgId, taskId, assigneeId: null, createdById: null } }] });
    expect(result).toEqual({ taskId });
    expect(await testDb.db.select().from(jobRuns).where(eq(jobRuns.jobId, 'test-unrecorded'))).toEqual([]);
  });

  it('gives a cron handler the tick minute and splits a large fan-out into request-sized sends', async () => {
    const { client, sent, requests } = createCaptureClient();
    const t = new InngestTestEngine({ function: createInngestFunction(syntheticCronJob, client) });
    const ts = Date.UTC(2026, 11, 2, 8, 5, 17);
    const { result, ctx } = await t.execute({ events: [{ name: 'inngest/scheduled.timer', data: { cron: 'TZ=UTC */5 * * * *' }, ts }] });

    expect(result).toEqual({ scheduledFor: '2026-12-02T08:05:00.000Z', id: 'tick:2026-12-02T08:05Z', sent: 2_500 });
    expect(sent).toHaveLength(2_500);
    expect(new Set(sent.map((event) => event.id)).size).toBe(2_500);
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('fan-out', expect.any(Array));
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('fan-out/part-2', expect.any(Array));

    const row = await runRow('test-cron-fan-out', ctx.runId);
    expect(row).toMatchObject({ status: 'succeeded', trigger: 'cron', eventName: null, orgId: null, payload: { scheduledFor: '2026-12-02T08:05:00.000Z' } });
    const [schedule] = await testDb.db.select().from(jobSchedules).where(eq(jobSchedules.jobId, 'test-cron-fan-out'));
    expect(schedule).toMatchObject({ cron: '*/5 * * * *', lastTickAt: new Date('2026-12-02T08:05:00.000Z') });
  });
});
