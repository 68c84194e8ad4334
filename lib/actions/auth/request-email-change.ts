'use server';

import { requestEmailChange } from '@/lib/auth/accounts';
import { requestEmailChangeSchema } from '@/lib/auth/account-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { rethrowAsFieldError } from '@/lib/server/action-errors';
import { userAction } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

/** Answers the same whether or not the new address already has an account. */
export const requestEmailChangeAction = userAction
  .metadata({ name: 'request-email-change' })
  .inputSchema(requestEmailChangeSchema)
  .action(async ({ ctx, parsedInput }) => {
    await consumeLimit(ctx.db, 'verify-email', `user:${ctx.user.id}`);
    const { baseUrl } = await getRequestMeta();
    try {
      await requestEmailChange(ctx.db, ctx.user.id, parsedInput, baseUrl);
    } catch (error) {
      // A wrong current password belongs next to that field, not in a banner.
      rethrowAsFieldError(requestEmailChangeSchema, error);
    }
    return { newEmail: parsedInput.newEmail };
  });
