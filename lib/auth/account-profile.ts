import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/** What the account page shows about the signed-in user; never the password hash itself. */
export async function getAccountProfile(db: Db, userId: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError('not_found', 'Account not found.');
  const { passwordHash, ...profile } = user;
  return { ...profile, hasPassword: Boolean(passwordHash) };
}
