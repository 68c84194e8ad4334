import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/** Whether the user gets the daily email digest (a per-person setting, the same in every workspace). */
export async function getNotificationDigest(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ enabled: users.notificationDigest }).from(users).where(eq(users.id, userId));
  if (!row) throw new AppError('not_found', 'Account not found.');
  return row.enabled;
}

export async function setNotificationDigest(db: Db, { userId, enabled }: { userId: string; enabled: boolean }): Promise<boolean> {
  const [row] = await db
    .update(users)
    .set({ notificationDigest: enabled, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ enabled: users.notificationDigest });
  if (!row) throw new AppError('not_found', 'Account not found.');
  return row.enabled;
}
