import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { jobRuns, type JobRun } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { defineCronJob } from '../types';
import { claimRuns } from './claim-runs';
import { executeRun } from './execute-run';
import { RunSupersededError } from './own-run';
import { createRunStep } from './run-step';

const testDb = setupTestDatabase();
const noSend = async () => 0;

beforeEach(async () => {
  await truncateAll(testDb.db);
});

async function claimOne(): Promise<JobRun> {
  const [run] = await claimRuns(testDb.db, { limit: 1, leaseMs: 60_000 });
  return run!;
}

/** What another process does once this one's lease ran out: claims the run again, as attempt + 1. */
async function reclaimElsewhere(runId: string) {
  await testDb.db.update(jobRuns).set({ attempts: sql`${jobRuns.attempts} + 1` }).where(eq(jobRuns.id, runId));
}

async function stepsOf(runId: string) {
  const [row] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.id, runId));
  return row!.steps;
}

describe('createRunStep', () => {
  it('stores each step result on the run this attempt owns', async () => {
    await insertJobRun(testDb.db);
    const run = await claimOne();
    const step = createRunStep({ db: testDb.db, run, sendEvents: noSend });
    expect(await step.run('first', () => ({ at: new Date(0) }))).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    expect(await stepsOf(run.id)).toEqual({ first: { at: '1970-01-01T00:00:00.000Z' } });
  });

  it('writes nothing into a run another process re-claimed, and stops the stale attempt', async () => {
    await insertJobRun(testDb.db);
    const run = await claimOne();
    const step = createRunStep({ db: testDb.db, run, sendEvents: noSend });
    await step.run('first', () => 1);
    await reclaimElsewhere(run.id);

    await expect(step.run('second', () => 2)).rejects.toBeInstanceOf(RunSupersededError);
    await expect(step.sendEvent('announce', [])).rejects.toBeInstanceOf(RunSupersededError);
    expect(await stepsOf(run.id)).toEqual({ first: 1 });
  });
});

describe('executeRun', () => {
  it('drops a stale attempt: no later step runs, and the live attempt keeps the row', async () => {
    const ran: string[] = [];
    const job = defineCronJob({
      id: 'test-stalled',
      description: 'x',
      cron: '* * * * *',
      retries: 2,
      handler: async ({ step }) => {
        await step.run('first', async () => {
          ran.push('first');
          // The process stalls here past its lease; another one claims the run meanwhile.
          await reclaimElsewhere(stale.id);
        });
        await step.run('second', () => void ran.push('second'));
        return 'done';
      },
    });
    await insertJobRun(testDb.db, { jobId: job.id, trigger: 'cron', payload: { scheduledFor: '2026-12-02T08:00:00.000Z' } });
    const stale = await claimOne();

    expect(await executeRun(stale, { db: testDb.db, jobs: [job], leaseMs: 60_000, sendEvents: noSend })).toBe('superseded');
    expect(ran).toEqual(['first']);
    const [row] = await testDb.db.select().from(jobRuns).where(eq(jobRuns.id, stale.id));
    expect(row).toMatchObject({ status: 'running', attempts: 2, steps: {}, result: null, error: null, finishedAt: null });
  });
});
