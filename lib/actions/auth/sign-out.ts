'use server';

import { z } from 'zod';
import { signOut } from '@/app/(auth)/auth';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { actionClient } from '@/lib/server/safe-action';

// The input may be left out (`execute()`): most callers just sign out; the invite page asks to come back.
const signOutSchema = z.union([z.object({ redirectTo: z.string().max(2048).optional() }), z.void()]);

// Public on purpose: signing out with an already expired session must still clear the cookie.
export const signOutAction = actionClient
  .metadata({ name: 'sign-out' })
  .inputSchema(signOutSchema)
  .action(async ({ parsedInput }) => {
    await signOut({ redirectTo: safeRedirect(parsedInput?.redirectTo, '/sign-in') });
  });
