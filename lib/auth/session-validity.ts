import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';

export type SessionUser = { id: string; email: string; name: string | null; isStaff: boolean; lastOrgId: string | null };

/**
 * The user behind a session token issued at `issuedAtMs`, or null when the token is no longer honoured:
 * the user is gone or disabled, or the token predates their sessions_valid_after ("sign out everywhere",
 * password changes). One query serves both the check and the request's view of the user.
 */
export async function findSessionUser(db: Db, userId: string, issuedAtMs: number | undefined): Promise<SessionUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isStaff: users.isStaff,
      lastOrgId: users.lastOrgId,
      validAfter: users.sessionsValidAfter,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt || issuedAtMs === undefined || issuedAtMs < user.validAfter.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff, lastOrgId: user.lastOrgId };
}
