import { and, count, eq, gte } from 'drizzle-orm';
import type { Db, Executor } from '@/db';
import { contentPosts, type ContentPost, type Plan } from '@/db/schema';
import { monthStart, toMonthlyQuota, withinMonthlyQuota, type MonthlyQuota } from '@/lib/billing/monthly-quota';
import { getPlan } from '@/lib/billing/plans';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { AppError } from '@/lib/errors';

export type PostQuota = MonthlyQuota;

/** Shared with every writer of posts (the assistant's tool too): one lock per workspace. */
const POSTS_LOCK = 'content-posts';

/**
 * Posts the workspace created this month, of any status, written by hand or by a model, deleted ones
 * included: deleting a draft must not hand its post back (write, delete, write again would be unlimited).
 */
async function countPostsThisMonth(db: Executor, { orgId, now }: { orgId: string; now: Date }): Promise<number> {
  const [row] = await db
    .select({ used: count() })
    .from(contentPosts)
    .where(and(eq(contentPosts.orgId, orgId), gte(contentPosts.createdAt, monthStart(now))));
  return row?.used ?? 0;
}

export async function getPostQuota(db: Executor, { orgId, plan, now }: { orgId: string; plan: Plan; now: Date }): Promise<PostQuota> {
  return toMonthlyQuota(getPlan(plan).limits.postsPerMonth, await countPostsThisMonth(db, { orgId, now }));
}

export function postLimitError(org: { slug: string; plan: Plan }): AppError {
  const limit = getPlan(org.plan).limits.postsPerMonth;
  return new AppError('limit_exceeded', `This workspace has used its ${limit} posts for this month. Upgrade your plan for more.`, {
    details: { upgradeUrl: upgradeUrlFor(org.slug), limit },
  });
}

type NewDraft = Omit<typeof contentPosts.$inferInsert, 'id' | 'orgId' | 'status' | 'deletedAt' | 'createdAt' | 'updatedAt'>;

/** Saves a draft if the month's allowance has room, else returns null (counted and saved under the workspace's lock). */
export async function insertDraftWithinQuota(
  db: Db,
  { orgId, plan, now, values }: { orgId: string; plan: Plan; now: Date; values: NewDraft },
): Promise<ContentPost | null> {
  return withinMonthlyQuota(
    db,
    { name: POSTS_LOCK, orgId, limit: getPlan(plan).limits.postsPerMonth, countUsed: (tx) => countPostsThisMonth(tx, { orgId, now }) },
    async (tx) => {
      const [row] = await tx.insert(contentPosts).values({ ...values, orgId, status: 'draft' }).returning();
      return row!;
    },
  );
}
