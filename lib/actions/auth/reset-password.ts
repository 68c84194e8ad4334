'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { resetPassword } from '@/lib/auth/accounts';
import { resetPasswordSchema } from '@/lib/auth/account-schemas';
import { actionClient } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

export const resetPasswordAction = actionClient
  .metadata({ name: 'reset-password' })
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput }) => {
    const { ip, requestId } = await getRequestMeta();
    await resetPassword(getDb(), parsedInput, { ip, requestId });
    redirect('/sign-in?reset=1');
  });
