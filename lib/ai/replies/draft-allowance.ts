import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { leadReplyDrafts, type Plan } from '@/db/schema';
import { getPlan } from '@/lib/billing/plans';
import { upgradeUrlFor } from '@/lib/billing/upgrade-url';
import { AppError } from '@/lib/errors';

/** The first instant of `now`'s calendar month, UTC (the month `ai_usage` counts in). */
export function monthStart(now: Date) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** Reply drafts (first responses and the assistant's) the workspace created this month, discarded ones included. */
export async function countDraftsThisMonth(db: Executor, { orgId, now }: { orgId: string; now: Date }) {
  const [row] = await db
    .select({ drafts: count() })
    .from(leadReplyDrafts)
    .where(and(eq(leadReplyDrafts.orgId, orgId), gte(leadReplyDrafts.createdAt, monthStart(now))));
  return row?.drafts ?? 0;
}

export async function hasDraftAllowance(db: Executor, { orgId, plan, now }: { orgId: string; plan: Plan; now: Date }) {
  return (await countDraftsThisMonth(db, { orgId, now })) < getPlan(plan).limits.aiEmailsPerMonth;
}

/**
 * Serialises draft creation per workspace for the rest of the transaction, so two drafts created at once
 * cannot both take the month's last allowance.
 */
export async function lockDraftAllowance(tx: Executor, orgId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`lead-reply-drafts:${orgId}`}, 0))`);
}

export function draftLimitError(org: { slug: string; plan: Plan }) {
  const limit = getPlan(org.plan).limits.aiEmailsPerMonth;
  return new AppError('limit_exceeded', `This workspace has used its ${limit} AI-drafted emails for this month. Upgrade for more, or write the reply yourself.`, {
    details: { upgradeUrl: upgradeUrlFor(org.slug), limit },
  });
}
