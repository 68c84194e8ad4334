import { and, asc, isNull, lt, lte, notExists, or, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { insightScans, orgs } from '@/db/schema';
import { PLANS } from '@/lib/billing/plans';
import { at } from './snapshot/params';

/** Rows claimed per step: one fan-out step sends at most this many scan events. */
export const CLAIM_BATCH = 1_000;

/**
 * How long a claim holds. A fan-out that crashed after claiming (its events never sent) leaves rows claimed;
 * once the lease runs out the next fan-out claims and sends them again instead of skipping a scan period.
 */
export const CLAIM_LEASE_MS = 30 * 60_000;

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
 * Claims up to `limit` scans due at the tick `scheduledFor` that nobody holds (never claimed, or the claim's
 * lease ran out) by stamping `claimed_at`. next_run_at stays put: only a finished scan moves it
 * (`advanceInsightSchedule`), so a claim whose events were lost is retried after the lease, not skipped.
 * SKIP LOCKED lets two fan-outs share the rows without handing one to both.
 */
export async function claimDueScans(db: Executor, { scheduledFor, now, limit = CLAIM_BATCH }: { scheduledFor: Date; now: Date; limit?: number }) {
  const leaseStart = new Date(now.getTime() - CLAIM_LEASE_MS);
  const due = db
    .select({ orgId: insightScans.orgId })
    .from(insightScans)
    .where(and(lte(insightScans.nextRunAt, scheduledFor), or(isNull(insightScans.claimedAt), lt(insightScans.claimedAt, leaseStart))))
    .orderBy(asc(insightScans.nextRunAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db.execute<{ org_id: string }>(sql`
    with due as (${due})
    update ${insightScans} as s set claimed_at = ${at(now)}
    from due
    where s.org_id = due.org_id
    returning s.org_id`);
  return rows.map((row) => row.org_id);
}

/**
 * After a scan for the tick `scheduledFor`: moves next_run_at to the first slot of the workspace's cadence
 * (an hour on plans with hourly scans, a day otherwise) after `scheduledFor`, counted from the current
 * next_run_at so a late or manual scan keeps the schedule on its tick instead of drifting, and releases the
 * claim. Only a scan at or after the due time moves it: a "Scan now" between two ticks leaves the next one be.
 */
export async function advanceInsightSchedule(db: Executor, { orgId, scheduledFor }: { orgId: string; scheduledFor: Date }) {
  const step = sql`case when o.plan in ${HOURLY_PLANS} then interval '1 hour' else interval '1 day' end`;
  const elapsed = sql`extract(epoch from (${at(scheduledFor)} - s.next_run_at)) / extract(epoch from ${step})`;
  await db.execute(sql`
    update ${insightScans} as s set
      next_run_at = s.next_run_at + ${step} * (floor(${elapsed}) + 1),
      claimed_at = null
    from ${orgs} as o
    where s.org_id = ${orgId} and o.id = s.org_id and s.next_run_at <= ${at(scheduledFor)}`);
}
