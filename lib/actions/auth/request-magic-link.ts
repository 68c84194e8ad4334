'use server';

import { signIn } from '@/app/(auth)/auth';
import { getDb } from '@/db';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { magicLinkSchema } from '@/lib/auth/sign-in-schemas';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { consumeLimit } from '@/lib/rate-limit/limits';
import { actionClient } from '@/lib/server/safe-action';
import { getRequestMeta } from '@/lib/server/request-meta';

/** True when Auth.js sent the link; false when it answered with its error page or threw. */
async function sendMagicLink(email: string, redirectTo: string): Promise<boolean> {
  try {
    const landedOn = await signIn('magic-link', { email, redirectTo, redirect: false });
    return !new URL(landedOn, 'http://beacon.invalid').searchParams.has('error');
  } catch (error) {
    log.error({ err: error }, 'magic link sign-in failed');
    return false;
  }
}

export const requestMagicLinkAction = actionClient
  .metadata({ name: 'request-magic-link' })
  .inputSchema(magicLinkSchema)
  .action(async ({ parsedInput }) => {
    const db = getDb();
    const { ip } = await getRequestMeta();
    // Per network here; the provider itself counts links per address ('magic-link').
    await consumeLimit(db, 'sign-in-ip', ip);
    if (!(await sendMagicLink(parsedInput.email, safeRedirect(parsedInput.callbackUrl)))) {
      // Auth.js reduces any failure of the provider, its per-address limit included, to "?error=Configuration".
      // A zero-point consume re-reads that counter and throws the real limit message when it is exceeded.
      await consumeLimit(db, 'magic-link', parsedInput.email, 0);
      throw new AppError('unavailable', 'We could not send a sign-in link right now. Try again in a few minutes.');
    }
    return { email: parsedInput.email };
  });
