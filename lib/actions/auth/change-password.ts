'use server';

import { signOut } from '@/app/(auth)/auth';
import { changePassword } from '@/lib/auth/accounts';
import { changePasswordSchema } from '@/lib/auth/account-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { userAction } from '@/lib/server/safe-action';

export const changePasswordAction = userAction
  .metadata({ name: 'change-password' })
  .inputSchema(changePasswordSchema)
  .action(async ({ ctx, parsedInput }) => {
    // Checking the current password is a guess like a sign-in: it counts against the same account limit.
    await consumeLimit(ctx.db, 'sign-in-account', ctx.user.email);
    try {
      await changePassword(ctx.db, ctx.user.id, parsedInput);
    } catch (error) {
      // A wrong current password belongs next to that field, not in a banner.
      rethrowAsFieldError(changePasswordSchema, error);
    }
    // The change ended every session, this one included: clear its cookie and start again from sign-in.
    await signOut({ redirectTo: '/sign-in?reset=1' });
  });
