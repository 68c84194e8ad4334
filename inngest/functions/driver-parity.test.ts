import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { JOBS } from '@/lib/jobs/registry';
import { MAINTENANCE_JOBS } from '@/lib/jobs/maintenance-jobs';
import { defineEventJob } from '@/lib/jobs/types';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { PARITY_SCENARIOS } from '../parity-scenarios';
import { runOnInngest, runOnLocalRunner } from '../test-parity';

// One database per driver, holding the same scenario; the Inngest function reaches its own through getDb().
const inngestDb = setupTestDatabase();
const localDb = setupTestDatabase();

beforeAll(() => {
  process.env.DATABASE_URL = inngestDb.url;
  // One clock for both runs: whatever a job derives from "now" comes out the same under either driver.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
});

afterAll(() => {
  vi.useRealTimers();
});

beforeEach(async () => {
  await truncateAll(inngestDb.db);
  await truncateAll(localDb.db);
});

describe('each Inngest function executes its steps with the same results as the local runner', () => {
  it('has a parity scenario for every job outside the maintenance list', () => {
    const maintenance = new Set(MAINTENANCE_JOBS.map((job) => job.id));
    const covered = new Set(PARITY_SCENARIOS.map((scenario) => scenario.job.id));
    expect(JOBS.filter((job) => !maintenance.has(job.id) && !covered.has(job.id)).map((job) => job.id)).toEqual([]);
  });

  it.each(PARITY_SCENARIOS.map((scenario) => [scenario.job.id, scenario.title, scenario] as const))('%s: %s', async (_id, _title, scenario) => {
    const a = await scenario.build(inngestDb.db);
    const b = await scenario.build(localDb.db);
    const viaInngest = await runOnInngest(inngestDb.db, scenario.job, a.trigger, a.labels);
    const viaLocal = await runOnLocalRunner(localDb.db, scenario.job, b.trigger, b.labels);

    expect(viaInngest.run).toMatchObject({ jobId: scenario.job.id, status: 'succeeded', attempts: 1 });
    expect(viaInngest.result).toEqual(viaLocal.result);
    expect(viaInngest.sent).toEqual(viaLocal.sent);
    expect(viaInngest.run).toEqual(viaLocal.run);
    expect(viaInngest.followUps).toEqual(viaLocal.followUps);
    expect(viaInngest.effects).toEqual(viaLocal.effects);
    // Not vacuous: each scenario's run did something visible.
    const visible = viaInngest.sent.length + viaInngest.followUps.length + Object.values(viaInngest.effects).flat().length;
    expect(viaInngest.result).not.toBeNull();
    expect(visible).toBeGreaterThan(0);
  });

  it('tells the drivers apart when a job behaves differently under them', async () => {
    // The run id is a uuid (job_runs.id) locally and a ULID under Inngest: a job leaking it must not pass.
    const leaky = defineEventJob({
      id: 'parity-leaky',
      description: 'Returns something only one driver would',
      event: 'task/created',
      retries: 0,
      handler: async ({ step, ctx }) => step.run('shape', () => ({ uuidRunId: ctx.runId?.includes('-') ?? false })),
    });
    const build = async (db: typeof inngestDb.db) => {
      const owner = await createTestUser(db, { email: 'owner@leaky.test' });
      const org = await createTestOrg(db, owner, { slug: 'leaky' });
      const data = { orgId: org.id, taskId: org.id, assigneeId: null, createdById: null };
      return { labels: { [org.id]: 'org', [owner.id]: 'owner' }, trigger: { event: { name: 'task/created' as const, data, id: 'leaky' } } };
    };
    const a = await build(inngestDb.db);
    const b = await build(localDb.db);
    const viaInngest = await runOnInngest(inngestDb.db, leaky, a.trigger, a.labels);
    const viaLocal = await runOnLocalRunner(localDb.db, leaky, b.trigger, b.labels);
    expect(viaInngest.result).not.toEqual(viaLocal.result);
  });
});
