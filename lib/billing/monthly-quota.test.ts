import { and, count, eq, gte } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contentPosts } from '@/db/schema';
import { setupTestDatabase } from '@/tests/db';
import { createTestOrg, createTestUser } from '@/tests/helpers/factories';
import { monthStart, toMonthlyQuota, withinMonthlyQuota } from './monthly-quota';

const testDb = setupTestDatabase();

describe('monthStart and toMonthlyQuota', () => {
  it('start the month in UTC and never report a negative remainder', () => {
    expect(monthStart(new Date('2030-03-31T23:59:59-05:00')).toISOString()).toBe('2030-04-01T00:00:00.000Z');
    expect(toMonthlyQuota(5, 7)).toEqual({ limit: 5, used: 7, remaining: 0 });
  });
});

describe('withinMonthlyQuota', () => {
  it('lets exactly `limit` of many simultaneous writers through', async () => {
    const owner = await createTestUser(testDb.db);
    const org = await createTestOrg(testDb.db, owner);
    const now = new Date();
    const countUsed = async (tx: Parameters<Parameters<typeof withinMonthlyQuota>[2]>[0]) =>
      (await tx.select({ n: count() }).from(contentPosts).where(and(eq(contentPosts.orgId, org.id), gte(contentPosts.createdAt, monthStart(now)))))[0]!.n;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        withinMonthlyQuota(testDb.db, { name: 'content-posts', orgId: org.id, limit: 3, countUsed }, async (tx) => {
          const [row] = await tx.insert(contentPosts).values({ orgId: org.id, platform: 'x', body: `Post ${i}` }).returning({ id: contentPosts.id });
          return row!.id;
        }),
      ),
    );
    expect(results.filter((id) => id !== null)).toHaveLength(3);
    expect(await testDb.db.$count(contentPosts, eq(contentPosts.orgId, org.id))).toBe(3);
  });
});
