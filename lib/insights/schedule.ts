import { asc, lte, notExists, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { insightScans, orgs } from '@/db/schema';
import { PLANS } from '@/lib/billing/plans';
import { at } from './snapshot/params';

/** Rows claimed per step: one fan-out step sends at most this many scan events. */
export const CLAIM_BATCH = 1_000;

const HOURLY_PLANS = PLANS.filter((plan) => plan.insightScan === 'hourly').map((plan) => plan.id);

/** Gives every workspace without a scan schedule one, due at `dueAt`; returns how many were added. */
export async function ensureInsightSchedules(db: Executor, dueAt: Date): Promise<number> {
  const added = await db
    .insert(insightScans)
    .select(
      db
        .select({ orgId: orgs.id, nextRunAt: sql`${at(dueAt)}`.as('next_run_at'), claimedAt: sql`null`.as('claimed_at'), lastRunAt: sql`null`.as('last_run_at'), lastFindings: sql`null`.as('last_findings') })
        .from(orgs)
        .where(notExists(db.select({ one: sql`1` }).from(insightScans).where(sql`${insightScans.orgId} = ${orgs.id}`))),
    )
    .onConflictDoNothing()
    .returning({ orgId: insightScans.orgId });
  return added.length;
}

/**
 * Claims up to `limit` scans due at the tick `scheduledFor` and moves each to its next tick: an hour later
 * on plans with hourly scans, a day later otherwise. Moving next_run_at is the claim itself, so a second
 * fan-out for the same hour finds nothing due, and SKIP LOCKED lets two fan-outs share the rows.
 */
export async function claimDueScans(db: Executor, { scheduledFor, now, limit = CLAIM_BATCH }: { scheduledFor: Date; now: Date; limit?: number }) {
  const due = db
    .select({ orgId: insightScans.orgId })
    .from(insightScans)
    .where(lte(insightScans.nextRunAt, scheduledFor))
    .orderBy(asc(insightScans.nextRunAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db.execute<{ org_id: string }>(sql`
    with due as (${due})
    update ${insightScans} as s set
      next_run_at = ${at(scheduledFor)} + case when o.plan in ${HOURLY_PLANS} then interval '1 hour' else interval '1 day' end,
      claimed_at = ${at(now)}
    from due, ${orgs} as o
    where s.org_id = due.org_id and o.id = s.org_id
    returning s.org_id`);
  return rows.map((row) => row.org_id);
}
