import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';

/**
 * Whether a session token issued at `issuedAtMs` is still honoured: the user exists, is not disabled,
 * and the token is not older than their sessions_valid_after ("sign out everywhere", password changes).
 */
export async function isSessionStillValid(db: Db, userId: string, issuedAtMs: number | undefined): Promise<boolean> {
  const [user] = await db
    .select({ validAfter: users.sessionsValidAfter, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt || issuedAtMs === undefined) return false;
  return issuedAtMs >= user.validAfter.getTime();
}
