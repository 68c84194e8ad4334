import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { insightScans, orgs } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { HOUR } from '@/tests/helpers/insight-scan';
import { runCronJob, runEventJob } from '@/tests/helpers/jobs';
import { INSIGHTS_FAN_OUT_JOB, INSIGHTS_ORG_SCAN_JOB } from './jobs';
import { claimDueScans } from './schedule';

const testDb = setupTestDatabase();
const tick = new Date('2026-03-10T08:05:00.000Z');
const later = (ms: number) => new Date(tick.getTime() + ms);

async function twoWorkspaces() {
  const owner = await createTestUser(testDb.db);
  const free = await createTestOrg(testDb.db, owner, { name: 'Free' });
  const pro = await createTestOrg(testDb.db, owner, { name: 'Pro', plan: 'pro' });
  return { free, pro };
}

const scannedOrgs = (sent: { name: string; data: unknown }[]) =>
  sent.map((event) => (event.name === 'insights/org.scan' ? (event.data as { orgId: string }).orgId : event.name)).sort();

describe('insight scan fan-out', () => {
  beforeEach(() => truncateAll(testDb.db));

  it('scans free workspaces daily and paid ones hourly, once per tick', async () => {
    const { free, pro } = await twoWorkspaces();
    const first = await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, tick);
    expect(first.result).toEqual({ workspaces: 2 });
    expect(scannedOrgs(first.sent)).toEqual([free.id, pro.id].sort());
    expect(first.sent[0]).toMatchObject({ data: { scheduledFor: tick.toISOString() }, id: expect.stringContaining(tick.toISOString()) });
    const schedule = Object.fromEntries((await testDb.db.select().from(insightScans)).map((row) => [row.orgId, row.nextRunAt.toISOString()]));
    expect(schedule).toEqual({ [free.id]: later(24 * HOUR).toISOString(), [pro.id]: later(HOUR).toISOString() });

    // A second fan-out for the same hour (a duplicate tick, or a late one) finds nothing due.
    expect((await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, tick)).sent).toEqual([]);
    expect((await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, later(20 * 60_000))).sent).toEqual([]);

    expect(scannedOrgs((await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, later(HOUR))).sent)).toEqual([pro.id]);
    expect(scannedOrgs((await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, later(24 * HOUR))).sent)).toEqual([free.id, pro.id].sort());
  });

  it('follows a plan change at the next claim', async () => {
    const { free } = await twoWorkspaces();
    await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, tick);
    await testDb.db.update(orgs).set({ plan: 'enterprise' }).where(eq(orgs.id, free.id));
    await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, later(24 * HOUR));
    const [row] = await testDb.db.select().from(insightScans).where(eq(insightScans.orgId, free.id));
    expect(row!.nextRunAt.toISOString()).toBe(later(25 * HOUR).toISOString());
  });

  it('claims in batches without handing a row to two claimers', async () => {
    const owner = await createTestUser(testDb.db);
    for (let i = 0; i < 5; i++) await createTestOrg(testDb.db, owner);
    await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, tick);
    const next = later(24 * HOUR);
    const [a, b] = await Promise.all([
      claimDueScans(testDb.db, { scheduledFor: next, now: next, limit: 3 }),
      claimDueScans(testDb.db, { scheduledFor: next, now: next, limit: 3 }),
    ]);
    expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
    const rest = await claimDueScans(testDb.db, { scheduledFor: next, now: next, limit: 3 });
    expect(a.length + b.length + rest.length).toBe(5);
  });

  it('sends more than one batch when over a thousand workspaces are due', async () => {
    await testDb.db.execute(sql`insert into orgs (name, slug) select 'Bulk ' || n, 'bulk-' || n from generate_series(1, 1001) as n`);
    const { result, sent } = await runCronJob(testDb.db, INSIGHTS_FAN_OUT_JOB, tick);
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
