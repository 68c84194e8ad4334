import { cache } from 'react';
import { auth } from '@/app/(auth)/auth';
import type { SessionUser } from '@/lib/auth/session-validity';

/**
 * The signed-in user for this request, or null. Auth.js's JWT callback has already re-read and re-checked
 * the account (findSessionUser) while resolving the session, so this costs no further query.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return session?.account ?? null;
});
