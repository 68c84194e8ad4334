import { beforeAll, describe, expect, it } from 'vitest';
import type { JobRun } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { expectAppError } from '@/tests/helpers/app-error';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { insertJobRun } from '@/tests/helpers/job-runs';
import { getJobRun, listJobRuns, serializeJobRunListItem } from './list-runs';

const testDb = setupTestDatabase();
const minute = (n: number) => new Date(Date.UTC(2026, 2, 4, 10, n));
let acme: { id: string; slug: string; name: string };
let globex: { id: string; slug: string; name: string };
let runs: Record<string, JobRun>;

beforeAll(async () => {
  const db = testDb.db;
  const owner = await createTestUser(db);
  acme = await createTestOrg(db, owner, { name: 'Acme', slug: 'acme-jobs' });
  globex = await createTestOrg(db, owner, { name: 'Globex', slug: 'globex-jobs' });
  const tie = minute(3);
  runs = {
    tick: await insertJobRun(db, { jobId: 'insights-fan-out', trigger: 'cron', key: 'tick:2026-03-04T10:00Z', status: 'succeeded', createdAt: minute(0), payload: { scheduledFor: 'x' } }),
    acmeFailed: await insertJobRun(db, { jobId: 'lead-pipeline', orgId: acme.id, status: 'failed', error: 'Boom\n  at step', createdAt: minute(1), attempts: 3 }),
    acmeRetry: await insertJobRun(db, { jobId: 'lead-pipeline', orgId: acme.id, trigger: 'retry', status: 'queued', createdAt: minute(2) }),
    globexA: await insertJobRun(db, { jobId: 'insights-org-scan', orgId: globex.id, status: 'running', createdAt: tie }),
    globexB: await insertJobRun(db, { jobId: 'insights-org-scan', orgId: globex.id, status: 'succeeded', createdAt: tie }),
  };
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('listJobRuns', () => {
  it('lists every workspace’s runs newest first with the workspace joined, and pages by keyset without gaps on ties', async () => {
    const all = await listJobRuns(testDb.db, {});
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).toBeNull();
    const ordered = all.items.map((item) => item.id);
    const [tieFirst, tieSecond] = [runs.globexA!.id, runs.globexB!.id].sort().reverse();
    expect(ordered).toEqual([tieFirst, tieSecond, runs.acmeRetry!.id, runs.acmeFailed!.id, runs.tick!.id]);
    expect(all.items[2]).toMatchObject({ orgName: 'Acme', orgSlug: 'acme-jobs', trigger: 'retry' });
    expect(all.items[4]).toMatchObject({ orgId: null, orgName: null, orgSlug: null, trigger: 'cron' });
    expect(all.items[0]).not.toHaveProperty('payload');

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listJobRuns(testDb.db, { limit: 1, cursor });
      seen.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ordered);
  });

  it('filters by job, status, trigger and workspace (slug, any case, or id), combined', async () => {
    expect(ids((await listJobRuns(testDb.db, { jobId: 'lead-pipeline' })).items)).toEqual([runs.acmeRetry!.id, runs.acmeFailed!.id]);
    expect(ids((await listJobRuns(testDb.db, { status: 'failed' })).items)).toEqual([runs.acmeFailed!.id]);
    expect(ids((await listJobRuns(testDb.db, { trigger: 'cron' })).items)).toEqual([runs.tick!.id]);
    expect(ids((await listJobRuns(testDb.db, { org: 'ACME-jobs' })).items)).toEqual([runs.acmeRetry!.id, runs.acmeFailed!.id]);
    expect((await listJobRuns(testDb.db, { org: globex.id })).items).toHaveLength(2);
    expect(ids((await listJobRuns(testDb.db, { org: 'globex-jobs', status: 'succeeded' })).items)).toEqual([runs.globexB!.id]);
    expect((await listJobRuns(testDb.db, { org: 'nobody', jobId: 'lead-pipeline' })).items).toEqual([]);
    expect((await listJobRuns(testDb.db, { jobId: 'insights-org-scan', status: 'failed' })).items).toEqual([]);
  });

  it('keeps the filter across pages', async () => {
    const first = await listJobRuns(testDb.db, { jobId: 'lead-pipeline', limit: 1 });
    expect(ids(first.items)).toEqual([runs.acmeRetry!.id]);
    const second = await listJobRuns(testDb.db, { jobId: 'lead-pipeline', limit: 1, cursor: first.nextCursor! });
    expect(ids(second.items)).toEqual([runs.acmeFailed!.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('rejects a malformed cursor and invalid filters', async () => {
    await expectAppError(listJobRuns(testDb.db, { cursor: 'not-a-cursor' }), 'bad_request');
    await expect(listJobRuns(testDb.db, { status: 'done' as 'failed' })).rejects.toThrow();
  });

  it('serializes dates for the client list', async () => {
    const [item] = (await listJobRuns(testDb.db, { status: 'failed' })).items;
    expect(serializeJobRunListItem(item!)).toMatchObject({ createdAt: minute(1).toISOString(), finishedAt: null, error: 'Boom\n  at step' });
  });
});

describe('getJobRun', () => {
  it('returns the run with payload, steps, result and its workspace', async () => {
    const run = await getJobRun(testDb.db, runs.acmeFailed!.id);
    expect(run).toMatchObject({ id: runs.acmeFailed!.id, orgName: 'Acme', payload: {}, steps: {}, result: null, attempts: 3 });
    expect(await getJobRun(testDb.db, runs.tick!.id)).toMatchObject({ payload: { scheduledFor: 'x' }, orgName: null });
  });

  it('answers not_found for an unknown or malformed id', async () => {
    await expectAppError(getJobRun(testDb.db, '00000000-0000-4000-8000-000000000000'), 'not_found');
    await expectAppError(getJobRun(testDb.db, 'nope'), 'not_found');
  });
});
