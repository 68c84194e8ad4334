import { and, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Db } from '@/db';
import { aiCache } from '@/db/schema';

export const CACHE_TTL_MS = 24 * 60 * 60 * 1000;
// Expired rows removed per write: enough to keep up with writes, small enough to never slow one down.
const PRUNE_BATCH = 100;

/** The cached answer for a key in this workspace, unless it has expired. */
export async function readCachedAnswer(db: Db, { orgId, key, now }: { orgId: string; key: string; now: Date }): Promise<unknown> {
  const [row] = await db
    .select({ value: aiCache.value })
    .from(aiCache)
    .where(and(eq(aiCache.key, key), eq(aiCache.orgId, orgId), gt(aiCache.expiresAt, now)));
  return row?.value;
}

/** Stores an answer for 24 hours (replacing an expired one) and prunes a batch of expired rows. */
export async function writeCachedAnswer(db: Db, { orgId, key, value, now }: { orgId: string; key: string; value: unknown; now: Date }) {
  const expiresAt = new Date(now.getTime() + CACHE_TTL_MS);
  await db
    .insert(aiCache)
    .values({ key, orgId, value, createdAt: now, expiresAt })
    .onConflictDoUpdate({
      target: aiCache.key,
      set: { value, createdAt: now, expiresAt },
      // The key hashes the workspace id, so a row of another workspace cannot match; the guard makes sure.
      setWhere: eq(aiCache.orgId, orgId),
    });
  // Pruning spans workspaces on purpose: expired rows hold nothing anyone may read, and a workspace that
  // stopped using AI would otherwise keep its rows forever. It only ever deletes, and only expired rows.
  const expired = db.select({ key: aiCache.key }).from(aiCache).where(lte(aiCache.expiresAt, now)).limit(PRUNE_BATCH);
  await db.delete(aiCache).where(and(inArray(aiCache.key, expired), lte(aiCache.expiresAt, now)));
}
