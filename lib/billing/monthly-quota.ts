import { sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '@/db';

/** The first instant of `now`'s calendar month, UTC (the month plan limits and `ai_usage` count in). */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export type MonthlyQuota = { limit: number; used: number; remaining: number };

export function toMonthlyQuota(limit: number, used: number): MonthlyQuota {
  return { limit, used, remaining: Math.max(0, limit - used) };
}

/**
 * Serialises one kind of counted write (`name`, e.g. 'content-posts') per workspace until the transaction
 * ends. The key strings are shared with every writer of that kind, so keep them stable.
 */
export async function lockMonthlyQuota(tx: Executor, name: string, orgId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${name}:${orgId}`}, 0))`);
}

type QuotaCheck = {
  /** The lock's name: one per kind of counted row. */
  name: string;
  orgId: string;
  limit: number;
  /** Rows of this kind the workspace used this month, counted inside the locked transaction. */
  countUsed: (tx: Tx) => Promise<number>;
};

/**
 * Runs `write` only while the month's allowance has room, else returns null. The count and the write share
 * the workspace's lock, so two writers at once cannot both take the last one (count-then-insert alone races).
 */
export async function withinMonthlyQuota<T>(db: Db, { name, orgId, limit, countUsed }: QuotaCheck, write: (tx: Tx) => Promise<T>): Promise<T | null> {
  return db.transaction(async (tx) => {
    await lockMonthlyQuota(tx, name, orgId);
    if ((await countUsed(tx)) >= limit) return null;
    return write(tx);
  });
}
