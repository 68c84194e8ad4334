'use server';

import { getDb } from '@/db';
import { resendVerification } from '@/lib/auth/accounts';
import { resendVerificationSchema } from '@/lib/auth/sign-in-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { actionClient } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

/** Sends a fresh confirmation link; answers the same whether or not the address has an unverified account. */
export const resendVerificationAction = actionClient
  .metadata({ name: 'resend-verification' })
  .inputSchema(resendVerificationSchema)
  .action(async ({ parsedInput }) => {
    const db = getDb();
    await consumeLimit(db, 'verify-email', parsedInput.email);
    const { baseUrl } = await getRequestMeta();
    await resendVerification(db, parsedInput.email, baseUrl);
    return { email: parsedInput.email };
  });
