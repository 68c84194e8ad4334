'use server';

import { getDb } from '@/db';
import { requestPasswordReset } from '@/lib/auth/accounts';
import { requestPasswordResetSchema } from '@/lib/auth/account-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { actionClient } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

const ANSWER = 'If an account exists for that email, we sent a reset link.';

/** Same answer for every address, so the form cannot be used to find out who has an account. */
export const requestPasswordResetAction = actionClient
  .metadata({ name: 'request-password-reset' })
  .inputSchema(requestPasswordResetSchema)
  .action(async ({ parsedInput }) => {
    const db = getDb();
    const meta = await getRequestMeta();
    await consumeLimit(db, 'password-reset', `ip:${meta.ip}`);
    await consumeLimit(db, 'password-reset', `email:${parsedInput.email}`);
    await requestPasswordReset(db, parsedInput.email, meta);
    return { message: ANSWER };
  });
