import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insightScans, orgs } from '@/db/schema';
import type { JobEvent } from '@/lib/jobs/events';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { HOUR } from '@/tests/helpers/insight-scan';
import { runCronJob, runEventJob } from '@/tests/helpers/jobs';
import { INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB } from './jobs';
import { loadInsightSnapshot } from './snapshot';

// The real snapshot, replaceable per test by one that fails (a scan that dies half-way).
vi.mock('./snapshot', async (importOriginal) => {
  const original = await importOriginal<typeof import('./snapshot')>();
  return { ...original, loadInsightSnapshot: vi.fn(original.loadInsightSnapshot) };
});

const testDb = setupTestDatabase();
const tick = new Date('2026-03-10T08:05:00.000Z');
const later = (ms: number) => new Date(tick.getTime() + ms);
const MINUTE = 60_000;

async function twoWorkspaces() {
  const owner = await createTestUser(testDb.db);
  const free = await createTestOrg(testDb.db, owner, { name: 'Free' });
  const pro = await createTestOrg(testDb.db, owner, { name: 'Pro', plan: 'pro' });
  return { free, pro };
}

const scannedOrgs = (sent: { name: string; data: unknown }[]) =>
  sent.map((event) => (event.name === 'insights/org.scan' ? (event.data as { orgId: string }).orgId : event.name)).sort();

/** A fan-out for `at`, with the clock (which stamps the claims) a minute after it. */
async function fanOut(at: Date) {
  vi.setSystemTime(new Date(at.getTime() + MINUTE));
  return runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, at);
}

/** Delivers the fan-out's scan events to the scan job, as a driver would. */
async function runScans(sent: JobEvent[]) {
  for (const event of sent) {
    if (event.name === 'insights/org.scan') await runEventJob(testDb.db, INSIGHTS_ORG_SCAN_JOB, event.data);
  }
}

const schedules = async () =>
  Object.fromEntries((await testDb.db.select().from(insightScans)).map((row) => [row.orgId, { next: row.nextRunAt.toISOString(), claimed: row.claimedAt !== null }]));

describe('insight scan fan-out', () => {
  beforeEach(async () => {
    await truncateAll(testDb.db);
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('scans free workspaces daily and paid ones hourly, once per tick', async () => {
    const { free, pro } = await twoWorkspaces();
    const first = await fanOut(tick);
    expect(first.result).toEqual({ workspaces: 2 });
    expect(scannedOrgs(first.sent)).toEqual([free.id, pro.id].sort());
    expect(first.sent[0]).toMatchObject({ data: { scheduledFor: tick.toISOString() }, id: expect.stringContaining(tick.toISOString()) });
    // Claimed, not yet moved: only the scan moves next_run_at.
    expect(await schedules()).toEqual({ [free.id]: { next: tick.toISOString(), claimed: true }, [pro.id]: { next: tick.toISOString(), claimed: true } });

    // A second fan-out for the same hour (a duplicate tick, or a late one) finds everything claimed.
    expect((await fanOut(tick)).sent).toEqual([]);
    expect((await fanOut(later(20 * MINUTE))).sent).toEqual([]);

    await runScans(first.sent);
    expect(await schedules()).toEqual({
      [free.id]: { next: later(24 * HOUR).toISOString(), claimed: false },
      [pro.id]: { next: later(HOUR).toISOString(), claimed: false },
    });
    const hourly = await fanOut(later(HOUR));
    expect(scannedOrgs(hourly.sent)).toEqual([pro.id]);
    await runScans(hourly.sent);
    expect(scannedOrgs((await fanOut(later(24 * HOUR))).sent)).toEqual([free.id, pro.id].sort());
  });

  it('sends a crashed fan-out\'s workspaces again once the lease runs out, under the new tick', async () => {
    const { free, pro } = await twoWorkspaces();
    // The claim committed but its events never left (the fan-out died): nothing is scanned.
    await fanOut(tick);
    const next = later(HOUR);
    const again = await fanOut(next);
    expect(scannedOrgs(again.sent)).toEqual([free.id, pro.id].sort());
    expect(again.sent.map((event) => event.id).sort()).toEqual([`insights-org-scan:${free.id}:${next.toISOString()}`, `insights-org-scan:${pro.id}:${next.toISOString()}`].sort());
    await runScans(again.sent);
    // Each keeps its slot: the free workspace's daily scan stays at 08:05.
    expect(await schedules()).toEqual({
      [free.id]: { next: later(24 * HOUR).toISOString(), claimed: false },
      [pro.id]: { next: later(2 * HOUR).toISOString(), claimed: false },
    });
  });

  it('moves next_run_at only when the scan finishes: a failed scan is claimed again after the lease', async () => {
    const { pro } = await twoWorkspaces();
    const first = await fanOut(tick);
    vi.mocked(loadInsightSnapshot).mockRejectedValueOnce(new Error('connection lost'));
    const proScan = first.sent.find((event) => event.name === 'insights/org.scan' && event.data.orgId === pro.id)!;
    await expect(runEventJob(testDb.db, INSIGHTS_ORG_SCAN_JOB, proScan.data as { orgId: string; scheduledFor: string })).rejects.toThrow('connection lost');
    expect((await schedules())[pro.id]).toEqual({ next: tick.toISOString(), claimed: true });

    // A retry of the same event succeeds and moves the schedule on.
    await runEventJob(testDb.db, INSIGHTS_ORG_SCAN_JOB, proScan.data as { orgId: string; scheduledFor: string });
    expect((await schedules())[pro.id]).toEqual({ next: later(HOUR).toISOString(), claimed: false });
  });

  it('follows a plan change at the next scan', async () => {
    const { free } = await twoWorkspaces();
    await runScans((await fanOut(tick)).sent);
    await testDb.db.update(orgs).set({ plan: 'enterprise' }).where(eq(orgs.id, free.id));
    await runScans((await fanOut(later(24 * HOUR))).sent);
    const [row] = await testDb.db.select().from(insightScans).where(eq(insightScans.orgId, free.id));
    expect(row!.nextRunAt.toISOString()).toBe(later(25 * HOUR).toISOString());
  });

  it('sends more than one batch when over a thousand workspaces are due', async () => {
    await testDb.db.execute(sql`insert into orgs (name, slug) select 'Bulk ' || n, 'bulk-' || n from generate_series(1, 1001) as n`);
    const { result, sent } = await fanOut(tick);
    expect(result).toEqual({ workspaces: 1001 });
    expect(new Set(scannedOrgs(sent)).size).toBe(1001);
  });
});

describe('insight org scan job', () => {
  it('scans the workspace in one step, and skips one that was deleted', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);
    const { result } = await runEventJob(testDb.db, INSIGHTS_ORG_SCAN_JOB, { orgId: org.id, scheduledFor: tick.toISOString() });
    expect(result).toEqual({ findings: 0, acted: 0, tasksCreated: 0 });
    await testDb.db.delete(orgs).where(eq(orgs.id, org.id));
    const gone = await runEventJob(testDb.db, INSIGHTS_ORG_SCAN_JOB, { orgId: org.id, scheduledFor: tick.toISOString() });
    expect(gone.result).toEqual({ skipped: 'The workspace no longer exists.' });
  });

  it('runs one scan at a time per workspace', () => {
    expect(INSIGHTS_ORG_SCAN_JOB).toMatchObject({ event: 'insights/org.scan', concurrency: { key: 'orgId', limit: 1 }, retries: 3 });
  });
});
