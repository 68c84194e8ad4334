import type { NextAuthConfig } from 'next-auth';
import type { EmailConfig } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { getDb } from '@/db';
import { authenticate } from '@/lib/auth/accounts';
import { emailSchema } from '@/lib/auth/password-policy';
import { recordAudit } from '@/lib/audit/record-audit';
import { magicLinkMessage } from '@/lib/email/account-emails';
import { sendEmail } from '@/lib/email/send-email';
import { isAppError } from '@/lib/errors';
import { consumeLimit, resetLimit } from '@/lib/rate-limit/limits';
import { clientIp } from '@/lib/server/request-meta';

/** Why a password sign-in failed, as a code safe to show (it never says whether the account exists). */
export class PasswordSignInError extends CredentialsSignin {
  constructor(code: 'invalid' | 'unverified' | 'rate_limited', readonly retryAfterSeconds?: number) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(128) });

const passwordProvider = Credentials({
  id: 'password',
  credentials: { email: {}, password: {} },
  async authorize(raw, request) {
    const parsed = credentialsSchema.safeParse(raw);
    if (!parsed.success) throw new PasswordSignInError('invalid');
    const { email, password } = parsed.data;
    const db = getDb();
    const ip = clientIp(request.headers);
    try {
      await consumeLimit(db, 'sign-in-ip', ip);
      await consumeLimit(db, 'sign-in-account', email);
    } catch (error) {
      if (isAppError(error) && error.code === 'rate_limited') {
        await recordAudit(db, { actorType: 'anonymous', action: 'user.sign_in_rate_limited', metadata: { email }, ip, userAgent: request.headers.get('user-agent') });
        throw new PasswordSignInError('rate_limited', Number(error.details?.retryAfterSeconds ?? 60));
      }
      throw error;
    }
    const result = await authenticate(db, email, password);
    if (!result.ok) {
      await recordAudit(db, { actorType: 'anonymous', action: 'user.sign_in_failed', metadata: { email, reason: result.reason }, ip, userAgent: request.headers.get('user-agent') });
      throw new PasswordSignInError(result.reason === 'unverified' ? 'unverified' : 'invalid');
    }
    await resetLimit(db, 'sign-in-account', email);
    return { id: result.user.id, email: result.user.email, name: result.user.name };
  },
});

// Magic links go through Beacon's own email pipeline (outbox by default, Resend when configured).
const magicLinkProvider: EmailConfig = {
  id: 'magic-link',
  type: 'email',
  name: 'Email link',
  maxAge: 10 * 60,
  normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
  async sendVerificationRequest({ identifier, url }) {
    const db = getDb();
    await consumeLimit(db, 'magic-link', identifier);
    await sendEmail(db, { to: identifier, ...magicLinkMessage(url) });
  },
};

const OAUTH_PROVIDERS = [
  { id: 'google', name: 'Google', provider: Google, idVar: 'AUTH_GOOGLE_ID', secretVar: 'AUTH_GOOGLE_SECRET' },
  { id: 'github', name: 'GitHub', provider: GitHub, idVar: 'AUTH_GITHUB_ID', secretVar: 'AUTH_GITHUB_SECRET' },
] as const;

/** The OAuth providers whose client id and secret are both configured. */
function configuredOAuth() {
  return OAUTH_PROVIDERS.filter((entry) => process.env[entry.idVar] && process.env[entry.secretVar]);
}

/** Providers in use: password and magic link always; Google and GitHub only when configured. */
export function buildProviders(): NextAuthConfig['providers'] {
  return [passwordProvider, magicLinkProvider, ...configuredOAuth().map((entry) => entry.provider)];
}

export function oauthProviderIds(): { id: 'google' | 'github'; name: string }[] {
  return configuredOAuth().map(({ id, name }) => ({ id, name }));
}
