'use server';

import { getDb } from '@/db';
import { signUp } from '@/lib/auth/accounts';
import { signUpSchema } from '@/lib/auth/account-schemas';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { actionClient } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

export const signUpAction = actionClient
  .metadata({ name: 'sign-up' })
  .inputSchema(signUpSchema)
  .action(async ({ parsedInput }) => {
    const db = getDb();
    const meta = await getRequestMeta();
    await consumeLimit(db, 'sign-up-ip', meta.ip);
    return signUp(db, parsedInput, meta);
  });
