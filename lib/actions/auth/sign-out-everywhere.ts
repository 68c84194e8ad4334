'use server';

import { signOut } from '@/app/(auth)/auth';
import { revokeAllSessions } from '@/lib/auth/accounts';
import { userAction } from '@/lib/server/safe-action';

export const signOutEverywhereAction = userAction
  .metadata({ name: 'sign-out-everywhere' })
  .action(async ({ ctx }) => {
    await revokeAllSessions(ctx.db, ctx.user.id);
    await signOut({ redirectTo: '/sign-in' });
  });
