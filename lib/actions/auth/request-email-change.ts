'use server';

import { requestEmailChange } from '@/lib/auth/accounts';
import { requestEmailChangeSchema } from '@/lib/auth/account-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { userAction } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

export const requestEmailChangeAction = userAction
  .metadata({ name: 'request-email-change' })
  .inputSchema(requestEmailChangeSchema)
  .action(async ({ ctx, parsedInput }) => {
    await consumeLimit(ctx.db, 'verify-email', `user:${ctx.user.id}`);
    const { baseUrl } = await getRequestMeta();
    await requestEmailChange(ctx.db, ctx.user.id, parsedInput.newEmail, baseUrl);
    return { newEmail: parsedInput.newEmail };
  });
