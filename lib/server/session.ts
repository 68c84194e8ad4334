import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { auth } from '@/app/(auth)/auth';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import type { CtxUser } from '@/lib/ctx';

/** The signed-in user for this request (one lookup per request), or null. */
export const getSessionUser = cache(async (): Promise<(CtxUser & { lastOrgId: string | null }) | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, isStaff: users.isStaff, lastOrgId: users.lastOrgId, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff, lastOrgId: user.lastOrgId };
});
