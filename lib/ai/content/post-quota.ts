import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Db, Executor } from '@/db';
import { contentPosts, type ContentPost, type Plan } from '@/db/schema';
import { getPlan } from '@/lib/billing/plans';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { AppError } from '@/lib/errors';

/** The first instant of `now`'s calendar month, UTC (the month plan limits count in). */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export type PostQuota = { limit: number; used: number; remaining: number };

/** Posts the workspace created this month (any status, written by hand or by a model) against its plan. */
export async function getPostQuota(db: Executor, { orgId, plan, now }: { orgId: string; plan: Plan; now: Date }): Promise<PostQuota> {
  const [row] = await db
    .select({ used: count() })
    .from(contentPosts)
    .where(and(eq(contentPosts.orgId, orgId), gte(contentPosts.createdAt, monthStart(now))));
  const limit = getPlan(plan).limits.postsPerMonth;
  const used = row?.used ?? 0;
  return { limit, used, remaining: Math.max(0, limit - used) };
}

export function postLimitError(org: { slug: string; plan: Plan }): AppError {
  const limit = getPlan(org.plan).limits.postsPerMonth;
  return new AppError('limit_exceeded', `This workspace has used its ${limit} posts for this month. Upgrade your plan for more.`, {
    details: { upgradeUrl: upgradeUrlFor(org.slug), limit },
  });
}

type NewDraft = Omit<typeof contentPosts.$inferInsert, 'id' | 'orgId' | 'status' | 'createdAt' | 'updatedAt'>;

/**
 * Saves a draft if the month's allowance has room, else returns null. The count and the insert share a
 * per-workspace lock, so two batches running at once cannot both take the last post.
 */
export async function insertDraftWithinQuota(
  db: Db,
  { orgId, plan, now, values }: { orgId: string; plan: Plan; now: Date; values: NewDraft },
): Promise<ContentPost | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`content-posts:${orgId}`}, 0))`);
    const quota = await getPostQuota(tx, { orgId, plan, now });
    if (quota.remaining <= 0) return null;
    const [row] = await tx.insert(contentPosts).values({ ...values, orgId, status: 'draft' }).returning();
    return row!;
  });
}
