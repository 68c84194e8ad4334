import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { insightScans } from '@/db/schema';
import { setupTestDatabase, truncateAll } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { HOUR } from '@/tests/helpers/insight-scan';
import { advanceInsightSchedule, claimDueScans, CLAIM_LEASE_MS, ensureInsightSchedules } from './schedule';

const testDb = setupTestDatabase();
const tick = new Date('2026-03-10T08:05:00.000Z');
const later = (ms: number) => new Date(tick.getTime() + ms);
const MINUTE = 60_000;

async function scheduledOrgs(count: number, plan: 'free' | 'pro' = 'free') {
  const owner = await createTestUser(testDb.db);
  const list = [];
  for (let i = 0; i < count; i++) list.push(await createTestOrg(testDb.db, owner, { plan }));
  await ensureInsightSchedules(testDb.db, tick);
  return list;
}

const rowOf = async (orgId: string) => (await testDb.db.select().from(insightScans).where(eq(insightScans.orgId, orgId)))[0]!;

describe('claimDueScans', () => {
  beforeEach(() => truncateAll(testDb.db));

  it('holds a claim for the lease, then hands the row out again', async () => {
    const [org] = await scheduledOrgs(1);
    expect(await claimDueScans(testDb.db, { scheduledFor: tick, now: later(MINUTE) })).toEqual([org!.id]);
    expect((await rowOf(org!.id)).claimedAt).toEqual(later(MINUTE));
    // Within the lease no second claimer gets it, so no second event is sent.
    expect(await claimDueScans(testDb.db, { scheduledFor: later(HOUR), now: later(MINUTE + CLAIM_LEASE_MS - 1) })).toEqual([]);
    expect(await claimDueScans(testDb.db, { scheduledFor: later(HOUR), now: later(MINUTE + CLAIM_LEASE_MS + 1) })).toEqual([org!.id]);
    // Claiming never moves the schedule.
    expect((await rowOf(org!.id)).nextRunAt).toEqual(tick);
  });

  it('claims only rows due at the tick', async () => {
    await scheduledOrgs(1);
    expect(await claimDueScans(testDb.db, { scheduledFor: later(-MINUTE), now: tick })).toEqual([]);
  });

  it('claims in batches without handing a row to two claimers', async () => {
    await scheduledOrgs(5);
    const [a, b] = await Promise.all([
      claimDueScans(testDb.db, { scheduledFor: tick, now: tick, limit: 3 }),
      claimDueScans(testDb.db, { scheduledFor: tick, now: tick, limit: 3 }),
    ]);
    expect(new Set([...a, ...b]).size).toBe(a.length + b.length);
    const rest = await claimDueScans(testDb.db, { scheduledFor: tick, now: tick, limit: 3 });
    expect(a.length + b.length + rest.length).toBe(5);
  });
});

describe('advanceInsightSchedule', () => {
  beforeEach(() => truncateAll(testDb.db));

  it('moves a scanned row a plan period past its tick and releases the claim', async () => {
    const [free] = await scheduledOrgs(1);
    const [pro] = await scheduledOrgs(1, 'pro');
    await claimDueScans(testDb.db, { scheduledFor: tick, now: tick });
    await advanceInsightSchedule(testDb.db, { orgId: free!.id, scheduledFor: tick });
    await advanceInsightSchedule(testDb.db, { orgId: pro!.id, scheduledFor: tick });
    expect(await rowOf(free!.id)).toMatchObject({ nextRunAt: later(24 * HOUR), claimedAt: null });
    expect(await rowOf(pro!.id)).toMatchObject({ nextRunAt: later(HOUR), claimedAt: null });
  });

  it('leaves a row not yet due alone (a "Scan now" between ticks), and keeps a late scan on the tick', async () => {
    const [pro] = await scheduledOrgs(1, 'pro');
    await advanceInsightSchedule(testDb.db, { orgId: pro!.id, scheduledFor: later(-10 * MINUTE) });
    expect((await rowOf(pro!.id)).nextRunAt).toEqual(tick);
    // Scanned 3 hours and 10 minutes late: the next run is the next :05, not 10 past.
    await advanceInsightSchedule(testDb.db, { orgId: pro!.id, scheduledFor: later(3 * HOUR + 10 * MINUTE) });
    expect((await rowOf(pro!.id)).nextRunAt).toEqual(later(4 * HOUR));
    // A replayed scan of the old tick changes nothing.
    await advanceInsightSchedule(testDb.db, { orgId: pro!.id, scheduledFor: tick });
    expect((await rowOf(pro!.id)).nextRunAt).toEqual(later(4 * HOUR));
  });
});
