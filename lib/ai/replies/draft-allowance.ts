import { and, count, eq, gte } from 'drizzle-orm';
import type { Db, Executor, Tx } from '@/db';
import { leadReplyDrafts, type Plan } from '@/db/schema';
import { lockMonthlyQuota, monthStart, withinMonthlyQuota } from '@/lib/billing/monthly-quota';
import { getPlan } from '@/lib/billing/plans';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { AppError } from '@/lib/errors';

/** Shared with every writer of reply drafts (first responses and the assistant's): one lock per workspace. */
const DRAFTS_LOCK = 'lead-reply-drafts';

/** Reply drafts (first responses and the assistant's) the workspace created this month, discarded ones included. */
export async function countDraftsThisMonth(db: Executor, { orgId, now }: { orgId: string; now: Date }) {
  const [row] = await db
    .select({ drafts: count() })
    .from(leadReplyDrafts)
    .where(and(eq(leadReplyDrafts.orgId, orgId), gte(leadReplyDrafts.createdAt, monthStart(now))));
  return row?.drafts ?? 0;
}

/** A quick check before spending tokens; the write itself re-counts under the lock (withinDraftAllowance). */
export async function hasDraftAllowance(db: Executor, { orgId, plan, now }: { orgId: string; plan: Plan; now: Date }) {
  return (await countDraftsThisMonth(db, { orgId, now })) < getPlan(plan).limits.aiEmailsPerMonth;
}

/** Serialises draft creation per workspace for the rest of the transaction (for callers that count themselves). */
export async function lockDraftAllowance(tx: Executor, orgId: string) {
  await lockMonthlyQuota(tx, DRAFTS_LOCK, orgId);
}

/** Runs `write` only while the month's AI-drafted emails have room, else returns null; counted and written under the lock. */
export function withinDraftAllowance<T>(db: Db, { orgId, plan, now }: { orgId: string; plan: Plan; now: Date }, write: (tx: Tx) => Promise<T>) {
  return withinMonthlyQuota(
    db,
    { name: DRAFTS_LOCK, orgId, limit: getPlan(plan).limits.aiEmailsPerMonth, countUsed: (tx) => countDraftsThisMonth(tx, { orgId, now }) },
    write,
  );
}

export function draftLimitError(org: { slug: string; plan: Plan }) {
  const limit = getPlan(org.plan).limits.aiEmailsPerMonth;
  return new AppError('limit_exceeded', `This workspace has used its ${limit} AI-drafted emails for this month. Upgrade for more, or write the reply yourself.`, {
    details: { upgradeUrl: upgradeUrlFor(org.slug), limit },
  });
}
