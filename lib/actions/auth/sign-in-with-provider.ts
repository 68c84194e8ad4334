'use server';

import { signIn } from '@/app/(auth)/auth';
import { oauthProviderIds } from '@/app/(auth)/providers';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { oauthSignInSchema } from '@/lib/auth/sign-in-schemas';
import { AppError } from '@/lib/errors';
import { actionClient } from '@/lib/server/safe-action';

/** Starts an OAuth sign-in and returns the provider's authorization URL for the browser to open. */
export const signInWithProviderAction = actionClient
  .metadata({ name: 'sign-in-with-provider' })
  .inputSchema(oauthSignInSchema)
  .action(async ({ parsedInput }) => {
    if (!oauthProviderIds().some((provider) => provider.id === parsedInput.provider)) {
      throw new AppError('not_found', 'That sign-in method is not available.');
    }
    const url = await signIn(parsedInput.provider, { redirectTo: safeRedirect(parsedInput.callbackUrl), redirect: false });
    return { url };
  });
