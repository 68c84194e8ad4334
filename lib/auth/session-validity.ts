import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';

/**
 * Whether a session token issued at `issuedAtSeconds` is still honoured: the user exists, is not disabled,
 * and the token is not older than their sessions_valid_after ("sign out everywhere", password changes).
 */
export async function isSessionStillValid(db: Db, userId: string, issuedAtSeconds: number | undefined): Promise<boolean> {
  const [user] = await db
    .select({ validAfter: users.sessionsValidAfter, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt || issuedAtSeconds === undefined) return false;
  // JWT times have second resolution: compare in whole seconds so a sign-in right after a revocation counts.
  return issuedAtSeconds >= Math.floor(user.validAfter.getTime() / 1000);
}
